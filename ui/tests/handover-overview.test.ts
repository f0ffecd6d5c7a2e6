// Handing a client over from its overview (copy or transfer, to a colleague), the mark of the
// last handover, and a transfer's end: erased here only with the receipt code and after asking.
// None of it is on screen in presentation-safe mode: it names colleagues.
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { HandoverMarkDto } from '../src/ipc/generated/handover';
import { formatDateTime } from '../src/lib/dates';
import { argsOf, button, count, failure, input, PROFILE_A, renderApp, text, unlocked, type Handler } from './backend';
import { clientsBackend } from './clients';
import { message } from './fixtures';
import { BEA, CHLOE, handoverBackend } from './handover-fixtures';

const FILE = '/media/stick/avenir-2025-03-04.avenir-case';
const WHEN = '2025-03-04T14:05';
const RECEIPT = '4821 0937';

/** Client B3-SOL's overview, with `mark` as its last handover and `contacts` in the book. */
async function overview(mark: HandoverMarkDto | null = null, overrides: Record<string, Handler> = {}, contacts = [BEA, CHLOE]) {
  const clients = clientsBackend();
  if (mark) clients.model.handovers.set(1, mark);
  const handover = handoverBackend(contacts);
  const model = clients.model;
  const calls = await renderApp(unlocked(PROFILE_A), 'client-list', {
    ...clients.overrides,
    ...handover.overrides,
    hand_over_client: (_cmd, args) => {
      const { clientId, to, mode } = args as { clientId: number; to: string; mode: 'copy' | 'transfer' };
      model.handovers.set(clientId, { mode, contact: to, createdAt: WHEN });
      return { path: FILE };
    },
    confirm_case_transfer: (_cmd, args) => {
      const { clientId, receipt } = args as { clientId: number; receipt: string };
      if (receipt.replace(/\D/g, '') !== RECEIPT.replace(/\D/g, '')) failure('error-case-wrong-receipt');
      model.clients.delete(clientId);
      return null;
    },
    cancel_case_transfer: (_cmd, args) => {
      model.handovers.delete((args as { clientId: number }).clientId);
      return null;
    },
    ...overrides,
  });
  await fireEvent.click(await screen.findByTestId('client-row-1'));
  await screen.findByTestId('client-overview');
  return { calls, model };
}

const TRANSFER: HandoverMarkDto = { mode: 'transfer', contact: 'Bea', createdAt: WHEN };
const when = formatDateTime(WHEN, 'en');

describe('the hand-over dialog', () => {
  it('sends the chosen mode to the chosen colleague, then shows the new mark', async () => {
    const { calls } = await overview();
    expect(screen.queryByTestId('handover-mark')).toBeNull();
    await fireEvent.click(button('client-hand-over'));
    const dialog = await screen.findByTestId('handover-dialog');
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.textContent).toContain('B3-SOL');
    expect(dialog.textContent).toContain(message('en', 'handover-mode-copy-explain'));
    expect(dialog.textContent).toContain(message('en', 'handover-mode-transfer-explain'));
    const to = (await screen.findByTestId('handover-to')) as HTMLSelectElement;
    expect(Array.from(to.options, (o) => o.value)).toEqual(['Bea', 'Chloé']);
    expect(input('handover-mode-copy').checked).toBe(true);

    await fireEvent.click(input('handover-mode-transfer'));
    await fireEvent.change(to, { target: { value: 'Chloé' } });
    expect(count(calls, 'hand_over_client')).toBe(0);
    await fireEvent.click(button('handover-send'));
    await waitFor(() => expect(screen.queryByTestId('handover-dialog')).toBeNull());
    expect(argsOf(calls, 'hand_over_client')).toEqual([{ clientId: 1, to: 'Chloé', mode: 'transfer' }]);
    expect(text('handover-sent')).toBe(message('en', 'handover-sent', { file: FILE, contact: 'Chloé' }));
    await waitFor(() =>
      expect(screen.getByTestId('handover-mark').textContent).toContain(
        message('en', 'handover-mark-transfer', { contact: 'Chloé', date: when }),
      ),
    );
    expect(document.activeElement).toBe(button('client-hand-over'));
  });

  it('sends a copy by default', async () => {
    const { calls } = await overview();
    await fireEvent.click(button('client-hand-over'));
    await screen.findByTestId('handover-to');
    await fireEvent.click(button('handover-send'));
    await waitFor(() => expect(argsOf(calls, 'hand_over_client')).toEqual([{ clientId: 1, to: 'Bea', mode: 'copy' }]));
    await waitFor(() => expect(text('handover-mark')).toBe(message('en', 'handover-mark-copy', { contact: 'Bea', date: when })));
  });

  it('a cancelled save chooser marks nothing and leaves the dialog open', async () => {
    const { calls } = await overview(null, { hand_over_client: () => ({ path: null }) });
    await fireEvent.click(button('client-hand-over'));
    await screen.findByTestId('handover-to');
    await fireEvent.click(button('handover-send'));
    await waitFor(() => expect(count(calls, 'hand_over_client')).toBe(1));
    await waitFor(() => expect(button('handover-send').disabled).toBe(false));
    expect(screen.getByTestId('handover-dialog')).toBeTruthy();
    expect(screen.queryByTestId('handover-mark')).toBeNull();
    expect(screen.queryByTestId('handover-sent')).toBeNull();
    await fireEvent.click(button('handover-dialog-cancel'));
    expect(screen.queryByTestId('handover-dialog')).toBeNull();
  });

  it('shows a failure translated, in the dialog', async () => {
    await overview(null, { hand_over_client: () => failure('error-case-write-failed', 'case_write_failed', { file: FILE }) });
    await fireEvent.click(button('client-hand-over'));
    await screen.findByTestId('handover-to');
    await fireEvent.click(button('handover-send'));
    expect((await screen.findByTestId('handover-dialog-error')).textContent).toBe(message('en', 'error-case-write-failed', { file: FILE }));
    expect(screen.queryByTestId('handover-mark')).toBeNull();
  });

  it('without colleagues, says where to add one instead of the form', async () => {
    await overview(null, {}, []);
    await fireEvent.click(button('client-hand-over'));
    expect((await screen.findByTestId('handover-no-contacts')).textContent).toBe(message('en', 'handover-no-contacts'));
    expect(screen.queryByTestId('handover-send')).toBeNull();
    expect(screen.queryByTestId('handover-to')).toBeNull();
    await fireEvent.keyDown(screen.getByTestId('handover-dialog'), { key: 'Escape' });
    expect(screen.queryByTestId('handover-dialog')).toBeNull();
  });
});

describe('the mark of a handover', () => {
  it('a copy: shared with whom, and when', async () => {
    await overview({ mode: 'copy', contact: 'Bea', createdAt: WHEN });
    expect(text('handover-mark')).toBe(message('en', 'handover-mark-copy', { contact: 'Bea', date: when }));
    expect(screen.queryByTestId('handover-receipt-input')).toBeNull();
  });

  it('a transfer: erased with the typed receipt code, only after the confirm dialog, then back to the list', async () => {
    const { calls, model } = await overview(TRANSFER);
    expect(screen.getByTestId('handover-mark').textContent).toContain(
      message('en', 'handover-mark-transfer', { contact: 'Bea', date: when }),
    );
    expect(button('handover-receipt-confirm').disabled).toBe(true);
    await fireEvent.input(input('handover-receipt-input'), { target: { value: RECEIPT } });
    await fireEvent.click(button('handover-receipt-confirm'));
    const dialog = await screen.findByTestId('handover-erase-confirm');
    expect(dialog.textContent).toContain(message('en', 'handover-erase-warning'));
    expect(dialog.querySelector('bdi')?.textContent).toBe('B3-SOL');
    expect(count(calls, 'confirm_case_transfer')).toBe(0);

    await fireEvent.click(button('handover-erase-no'));
    expect(screen.queryByTestId('handover-erase-confirm')).toBeNull();
    expect(count(calls, 'confirm_case_transfer')).toBe(0);

    await fireEvent.click(button('handover-receipt-confirm'));
    await fireEvent.click(await screen.findByTestId('handover-erase-yes'));
    await waitFor(() => expect(argsOf(calls, 'confirm_case_transfer')).toEqual([{ clientId: 1, receipt: RECEIPT }]));
    await screen.findByTestId('client-list');
    await waitFor(() => expect(screen.queryByTestId('client-row-1')).toBeNull());
    expect(screen.getByTestId('client-row-2')).toBeTruthy();
    expect(model.clients.has(1)).toBe(false);
  });

  it('a wrong receipt code erases nothing and says why', async () => {
    const { model } = await overview(TRANSFER);
    await fireEvent.input(input('handover-receipt-input'), { target: { value: '1111 2222' } });
    await fireEvent.click(button('handover-receipt-confirm'));
    await fireEvent.click(await screen.findByTestId('handover-erase-yes'));
    expect((await screen.findByTestId('handover-mark-error')).textContent).toBe(message('en', 'error-case-wrong-receipt'));
    expect(screen.queryByTestId('handover-erase-confirm')).toBeNull();
    expect(screen.getByTestId('client-overview')).toBeTruthy();
    expect(model.clients.has(1)).toBe(true);
    expect(document.activeElement).toBe(input('handover-receipt-input'));
  });

  it('keeping the file cancels the transfer and the mark goes', async () => {
    const { calls } = await overview(TRANSFER);
    await fireEvent.click(button('handover-cancel-transfer'));
    await waitFor(() => expect(argsOf(calls, 'cancel_case_transfer')).toEqual([{ clientId: 1 }]));
    await waitFor(() => expect(screen.queryByTestId('handover-mark')).toBeNull());
    expect(count(calls, 'confirm_case_transfer')).toBe(0);
    expect(screen.getByTestId('client-overview')).toBeTruthy();
  });
});

describe('presentation-safe mode', () => {
  it('shows no hand-over button, no mark and no dialog, and no colleague’s name', async () => {
    await overview(TRANSFER);
    await fireEvent.click(button('client-hand-over'));
    await screen.findByTestId('handover-to');
    await fireEvent.click(button('presentation-toggle'));
    expect(screen.getByTestId('client-overview')).toBeTruthy();
    for (const gone of ['client-hand-over', 'handover-dialog', 'handover-mark', 'handover-receipt-input', 'handover-card']) {
      expect(screen.queryByTestId(gone), gone).toBeNull();
    }
    expect(document.body.textContent).not.toContain('Bea');
    expect(document.body.textContent).not.toContain('Chloé');
    await fireEvent.click(button('presentation-toggle'));
    await screen.findByTestId('handover-mark');
  });
});

describe('a client received from a colleague', () => {
  it('keeps the receipt code on the overview, and hides it while presenting', async () => {
    const clients = clientsBackend();
    clients.model.received.set(1, { mode: 'transfer', sender: 'Ann', receivedAt: WHEN, receipt: RECEIPT });
    const handover = handoverBackend([BEA]);
    await renderApp(unlocked(PROFILE_A), 'client-list', { ...clients.overrides, ...handover.overrides });
    await fireEvent.click(await screen.findByTestId('client-row-1'));
    const mark = await screen.findByTestId('handover-received-mark');
    expect(mark.textContent).toContain('Ann');
    expect(mark.textContent).toContain(RECEIPT);
    expect(mark.textContent).toContain(when);
    await fireEvent.click(button('presentation-toggle'));
    expect(screen.queryByTestId('handover-received-mark')).toBeNull();
    expect(document.body.textContent).not.toContain(RECEIPT);
  });
});
