// The handover card of the vault home: the profile's handover id, the colleagues (added only
// with the fingerprint she reads out), receiving a case file (a preview first, nothing added
// before the counsellor says so, then the receipt code), and the organisation's escrow.
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CasePreviewDto, CaseReceivedDto } from '../src/ipc/generated/handover';
import { formatDateTime } from '../src/lib/dates';
import { argsOf, button, count, failure, input, loadHomeChunk, PROFILE_A, renderApp, text, unlocked, type Handler } from './backend';
import { clientInput, clientsBackend } from './clients';
import { message } from './fixtures';
import { BEA, CHLOE, handoverBackend, handoverId, MINE } from './handover-fixtures';

beforeAll(loadHomeChunk, 30_000);

const FILE = '/media/stick/avenir-2025-03-04.avenir-case';

const PREVIEW: CasePreviewDto = {
  code: 'B3-SOL',
  codeHere: 'B3-SOL-2',
  sessions: 12,
  photos: 30,
  journalEntries: 4,
  albumPages: 3,
  sender: BEA.name,
  senderFingerprint: BEA.fingerprint,
  createdAt: '2025-03-04T14:05',
  mode: 'transfer',
};

const RECEIVED: CaseReceivedDto = { clientId: 3, code: 'B3-SOL-2', receipt: '4821 0937' };

/** The vault home, with two client files, two colleagues and `overrides`. */
async function card(overrides: Record<string, Handler> = {}, contacts = [BEA, CHLOE]) {
  const clients = clientsBackend();
  const handover = handoverBackend(contacts);
  const calls = await renderApp(unlocked(PROFILE_A), 'vault-home', { ...clients.overrides, ...handover.overrides, ...overrides });
  const box = await screen.findByTestId('handover-card');
  return { calls, box, clients: clients.model, handover: handover.model };
}

const rows = () => screen.queryAllByTestId('handover-contact');

async function type(testId: string, value: string): Promise<void> {
  await fireEvent.input(screen.getByTestId(testId), { target: { value } });
}

describe('the handover card', () => {
  it('sits with the settings, under its heading', async () => {
    const { box } = await card();
    expect(screen.getByTestId('home-settings').contains(box)).toBe(true);
    expect(box.querySelector('h3')?.textContent).toBe(message('en', 'handover-heading'));
  });

  it('shows the handover id only when asked, read-only, with its fingerprint and what to do with them', async () => {
    const { calls } = await card();
    expect(count(calls, 'handover_identity')).toBe(0);
    expect(screen.queryByTestId('handover-my-id')).toBeNull();
    expect(text('handover-show-id')).toBe(message('en', 'handover-show-id'));
    await fireEvent.click(button('handover-show-id'));
    const line = (await screen.findByTestId('handover-my-id')) as HTMLTextAreaElement;
    expect(line.value).toBe(MINE.id);
    expect(line.readOnly).toBe(true);
    expect(text('handover-my-fingerprint')).toBe(MINE.fingerprint);
    expect(screen.getByTestId('handover-identity').textContent).toContain(message('en', 'handover-my-id-explain'));
    expect(count(calls, 'handover_identity')).toBe(1);
  });

  it('lists the colleagues with their fingerprints, and removes one only after asking', async () => {
    const { calls } = await card();
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[0]?.textContent).toContain('Bea');
    expect(rows()[0]?.textContent).toContain(BEA.fingerprint);
    expect(rows()[1]?.textContent).toContain('Chloé');
    expect(rows()[1]?.textContent).toContain(CHLOE.fingerprint);

    await fireEvent.click(within(rows()[0] as HTMLElement).getByTestId('handover-contact-remove'));
    expect(screen.getByTestId('handover-remove-confirm').textContent).toContain('Bea');
    await fireEvent.click(button('handover-remove-no'));
    expect(screen.queryByTestId('handover-remove-confirm')).toBeNull();
    expect(count(calls, 'remove_handover_contact')).toBe(0);
    expect(rows()).toHaveLength(2);

    await fireEvent.click(within(rows()[0] as HTMLElement).getByTestId('handover-contact-remove'));
    await fireEvent.click(button('handover-remove-yes'));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(argsOf(calls, 'remove_handover_contact')).toEqual([{ name: 'Bea' }]);
    expect(rows()[0]?.textContent).toContain('Chloé');
  });

  it('without colleagues, says so', async () => {
    await card({}, []);
    expect((await screen.findByTestId('handover-contacts-empty')).textContent).toBe(message('en', 'handover-contacts-none'));
    expect(rows()).toHaveLength(0);
  });

  it('adds a colleague with the fingerprint typed, then empties the form', async () => {
    const { calls } = await card();
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByTestId('handover-add').textContent).toContain(message('en', 'handover-add-explain'));
    expect(button('handover-contact-add').disabled).toBe(true);
    await type('handover-contact-name', ' Dana ');
    await type('handover-contact-id', handoverId(2));
    await type('handover-contact-fingerprint', '2222-0000-1111-2222-3333');
    expect(button('handover-contact-add').disabled).toBe(false);
    await fireEvent.click(button('handover-contact-add'));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(argsOf(calls, 'add_handover_contact')).toEqual([
      { name: 'Dana', id: handoverId(2), fingerprint: '2222-0000-1111-2222-3333' },
    ]);
    expect(rows()[2]?.textContent).toContain('Dana');
    expect(rows()[2]?.textContent).toContain('2222 0000 1111 2222 3333');
    expect(text('handover-contact-added')).toBe(message('en', 'handover-contact-added', { name: 'Dana' }));
    expect(input('handover-contact-name').value).toBe('');
    expect((screen.getByTestId('handover-contact-id') as HTMLTextAreaElement).value).toBe('');
    expect(input('handover-contact-fingerprint').value).toBe('');
    expect(screen.queryByTestId('handover-error')).toBeNull();
  });

  it('refuses a fingerprint that does not match, with the translated reason, and keeps what was typed', async () => {
    const { calls } = await card();
    await waitFor(() => expect(rows()).toHaveLength(2));
    await type('handover-contact-name', 'Dana');
    await type('handover-contact-id', handoverId(2));
    await type('handover-contact-fingerprint', '2222 0000 1111 2222 3334');
    await fireEvent.click(button('handover-contact-add'));
    const error = await screen.findByTestId('handover-error');
    expect(error.textContent).toBe(message('en', 'error-handover-fingerprint-mismatch'));
    expect(error.getAttribute('role')).toBe('alert');
    expect(count(calls, 'add_handover_contact')).toBe(1);
    expect(rows()).toHaveLength(2);
    expect(screen.queryByTestId('handover-contact-added')).toBeNull();
    expect(input('handover-contact-name').value).toBe('Dana');
    expect(input('handover-contact-fingerprint').value).toBe('2222 0000 1111 2222 3334');
  });

  it('sets the escrow with its fingerprint, shows it, and removes it', async () => {
    const { calls } = await card();
    expect(text('handover-escrow-current')).toBe(message('en', 'handover-escrow-none'));
    expect(screen.getByTestId('handover-escrow').textContent).toContain(message('en', 'handover-escrow-explain'));
    expect(screen.queryByTestId('handover-escrow-clear')).toBeNull();
    await type('handover-escrow-id', handoverId(3));
    await type('handover-escrow-fingerprint', '3333 0000 1111 2222 3333');
    await fireEvent.click(button('handover-escrow-set'));
    await waitFor(() => expect(text('handover-escrow-current')).toBe('3333 0000 1111 2222 3333'));
    expect(argsOf(calls, 'set_handover_escrow')).toEqual([{ id: handoverId(3), fingerprint: '3333 0000 1111 2222 3333' }]);
    await fireEvent.click(button('handover-escrow-clear'));
    await waitFor(() => expect(text('handover-escrow-current')).toBe(message('en', 'handover-escrow-none')));
    expect(count(calls, 'clear_handover_escrow')).toBe(1);
  });

  it('is not shown in presentation-safe mode', async () => {
    await card();
    await fireEvent.click(screen.getByTestId('presentation-toggle'));
    expect(screen.queryByTestId('handover-card')).toBeNull();
    expect(document.body.textContent).not.toContain(BEA.fingerprint);
  });
});

describe('receiving a client file', () => {
  /** The card with a chooser answering FILE, and an import that adds the client to the model. */
  async function receiving(overrides: Record<string, Handler> = {}) {
    const setup = await card({
      choose_case_file: () => ({ path: FILE }),
      preview_case: () => PREVIEW,
      import_case: () => {
        setup.clients.clients.set(3, { id: 3, createdAt: '2025-03-10', ...clientInput({ code: 'B3-SOL-2' }) });
        return RECEIVED;
      },
      ...overrides,
    });
    return setup;
  }

  it('shows what the case file holds, and adds nothing before the counsellor confirms', async () => {
    const { calls } = await receiving();
    await fireEvent.click(button('handover-receive'));
    const preview = await screen.findByTestId('handover-preview');
    expect(argsOf(calls, 'preview_case')).toEqual([{ file: FILE }]);
    expect(text('handover-preview-sender')).toBe('Bea');
    expect(text('handover-preview-fingerprint')).toBe(BEA.fingerprint);
    expect(text('handover-preview-created')).toBe(formatDateTime('2025-03-04T14:05', 'en'));
    expect(text('handover-preview-code')).toBe('B3-SOL');
    expect(text('handover-preview-code-here')).toBe(message('en', 'handover-preview-code-here', { code: 'B3-SOL', here: 'B3-SOL-2' }));
    for (const [label, value] of [
      ['handover-preview-sessions', '12'],
      ['handover-preview-photos', '30'],
      ['handover-preview-journal', '4'],
      ['handover-preview-album', '3'],
    ]) {
      const term = Array.from(preview.querySelectorAll('dt')).find((dt) => dt.textContent === message('en', label ?? ''));
      expect(term?.nextElementSibling?.textContent, label).toBe(value);
    }
    expect(text('handover-preview-mode')).toBe(message('en', 'handover-preview-transfer'));
    expect(count(calls, 'import_case')).toBe(0);

    await fireEvent.click(button('handover-import-cancel'));
    expect(screen.queryByTestId('handover-preview')).toBeNull();
    expect(screen.queryByTestId('handover-received')).toBeNull();
    expect(count(calls, 'import_case')).toBe(0);
    expect(screen.queryByTestId('client-row-3')).toBeNull();
  });

  it('after the confirmation, adds the client and shows the receipt code to read to the colleague', async () => {
    const { calls } = await receiving();
    await fireEvent.click(button('handover-receive'));
    await screen.findByTestId('handover-preview');
    await fireEvent.click(button('handover-import-confirm'));
    const received = await screen.findByTestId('handover-received');
    expect(argsOf(calls, 'import_case')).toEqual([{ file: FILE }]);
    expect(text('handover-receipt')).toBe('4821 0937');
    expect(received.textContent).toContain(message('en', 'handover-receipt-explain'));
    expect(received.textContent).toContain(message('en', 'handover-received-heading', { code: 'B3-SOL-2' }));
    expect(screen.queryByTestId('handover-preview')).toBeNull();
    // The client list shows the new client at once.
    expect(await screen.findByTestId('client-row-3')).toBeTruthy();

    await fireEvent.click(button('handover-open-client'));
    await screen.findByTestId('client-overview');
    expect(text('overview-code')).toBe('B3-SOL-2');
    // The receipt code stays until the counsellor is done with it.
    expect(text('handover-receipt')).toBe('4821 0937');
    await fireEvent.click(button('handover-received-done'));
    expect(screen.queryByTestId('handover-receipt')).toBeNull();
  });

  it('a cancelled chooser checks nothing', async () => {
    const { calls } = await receiving({ choose_case_file: () => ({ path: null }) });
    await fireEvent.click(button('handover-receive'));
    await waitFor(() => expect(count(calls, 'choose_case_file')).toBe(1));
    await waitFor(() => expect(button('handover-receive').disabled).toBe(false));
    expect(count(calls, 'preview_case')).toBe(0);
    expect(screen.queryByTestId('handover-preview')).toBeNull();
    expect(screen.queryByTestId('handover-error')).toBeNull();
  });

  it('from an unknown sender: says so with the fingerprint to check, and shows no preview', async () => {
    const { calls } = await receiving({
      preview_case: () => failure('error-case-unknown-sender', 'case_unknown_sender', { fingerprint: '5555 6666 7777 8888 9999' }),
    });
    await fireEvent.click(button('handover-receive'));
    const error = await screen.findByTestId('handover-error');
    expect(error.textContent).toBe(message('en', 'error-case-unknown-sender', { fingerprint: '5555 6666 7777 8888 9999' }));
    expect(error.textContent).toContain('5555 6666 7777 8888 9999');
    expect(screen.queryByTestId('handover-preview')).toBeNull();
    expect(count(calls, 'import_case')).toBe(0);
  });

  it('a refused import keeps the preview with the reason, and adds nothing', async () => {
    await receiving({ import_case: () => failure('error-case-already-here', 'case_already_here', { code: 'B3-SOL' }) });
    await fireEvent.click(button('handover-receive'));
    await screen.findByTestId('handover-preview');
    await fireEvent.click(button('handover-import-confirm'));
    const error = await screen.findByTestId('handover-error');
    expect(error.textContent).toBe(message('en', 'error-case-already-here', { code: 'B3-SOL' }));
    expect(screen.getByTestId('handover-preview').contains(error)).toBe(true);
    expect(screen.queryByTestId('handover-received')).toBeNull();
  });
});
