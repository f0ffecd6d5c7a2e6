import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { argsOf, button, count, failure, PROFILE_A, renderApp, text, unlocked } from './backend';
import { clientsBackend } from './clients';
import { message } from './fixtures';

async function overview() {
  const backend = clientsBackend();
  const calls = await renderApp(unlocked(PROFILE_A), 'client-list', backend.overrides);
  await fireEvent.click(await screen.findByTestId('client-row-1'));
  await screen.findByTestId('client-overview');
  return { calls, model: backend.model };
}

describe('client overview', () => {
  it('shows the code, the key facts and the follow-up due', async () => {
    await overview();
    expect(text('overview-code')).toBe('B3-SOL');
    expect(screen.getByTestId('overview-code').tagName).toBe('BDI');
    const facts = screen.getByTestId('overview-facts');
    expect(Array.from(screen.getByTestId('fact-languages').querySelectorAll('bdi'), (b) => b.textContent)).toEqual([
      'Arabic',
      'French',
    ]);
    expect(facts.textContent).toContain('Sudan');
    expect(Array.from(screen.getByTestId('fact-residence').querySelectorAll('li'), (li) => li.textContent)).toEqual([
      message('en', 'clients-residence-asylum-refused'),
      message('en', 'clients-residence-order-to-leave'),
    ]);
    expect(facts.textContent).toContain('Français');
    expect(text('overview-notes')).toBe('Client note: prefers mornings');
    expect(screen.getByTestId('overview-notes').getAttribute('dir')).toBe('auto');
    expect(text('overview-follow-up')).toBe(message('en', 'clients-follow-up-due', { date: 'Mar 17, 2025' }));
  });

  it('says "not recorded" for a client without any residence situation', async () => {
    const backend = clientsBackend();
    await renderApp(unlocked(PROFILE_A), 'client-list', backend.overrides);
    await fireEvent.click(await screen.findByTestId('client-row-2'));
    await screen.findByTestId('client-overview');
    expect(text('fact-residence')).toBe(message('en', 'clients-not-recorded'));
    expect(screen.getByTestId('fact-residence').querySelector('li')).toBeNull();
  });

  it('lists the sessions newest first, with kind, pathways and summary', async () => {
    await overview();
    const items = Array.from(screen.getByTestId('session-timeline').querySelectorAll('[data-testid^="session-item-"]'));
    expect(items.map((item) => item.getAttribute('data-testid'))).toEqual(['session-item-12', 'session-item-11']);
    const newest = screen.getByTestId('session-item-12');
    expect(newest.textContent).toContain(message('en', 'clients-kind-individual'));
    expect(newest.textContent).toContain(message('en', 'clients-pathway-legalise'));
    expect(newest.textContent).toContain(message('en', 'clients-pathway-return'));
    expect(newest.textContent).toContain('Newest summary');
    expect(newest.querySelector('time')?.getAttribute('datetime')).toBe('2025-03-03T10:00');
    expect(screen.getByTestId('session-item-11').textContent).toContain(message('en', 'clients-kind-interpreter'));
    // Private notes are not part of the overview.
    expect(screen.getByTestId('client-overview').textContent).not.toContain('private notes');
  });

  it('marks an open next step done with set_next_step_done', async () => {
    const { calls } = await overview();
    const steps = screen.getByTestId('open-steps');
    expect(steps.querySelectorAll('li')).toHaveLength(2);
    expect(text('open-step-21')).toBe('Call the lawyer together');
    const box = screen.getByLabelText('Call the lawyer together') as HTMLInputElement;
    expect(box.checked).toBe(false);
    await fireEvent.click(box);
    await waitFor(() => expect(argsOf(calls, 'set_next_step_done')).toEqual([{ id: 21, done: true }]));
    await waitFor(() => expect(box.checked).toBe(true));
    await fireEvent.click(box);
    await waitFor(() => expect(argsOf(calls, 'set_next_step_done').at(-1)).toEqual({ id: 21, done: false }));
  });

  it('no longer shows the placeholder for worksheets and the album: both exist', async () => {
    await overview();
    expect(screen.queryByTestId('overview-later')).toBeNull();
    expect(screen.getByTestId('overview-album')).toBeTruthy();
  });

  it('shows the four pathways', async () => {
    await overview();
    const list = screen.getByTestId('pathways-list');
    expect(Array.from(list.querySelectorAll('li strong'), (s) => s.textContent)).toEqual([
      message('en', 'clients-pathway-legalise'),
      message('en', 'clients-pathway-onward'),
      message('en', 'clients-pathway-return'),
      message('en', 'clients-pathway-undocumented'),
    ]);
  });

  it('goes back to the list', async () => {
    await overview();
    await fireEvent.click(button('client-back'));
    await screen.findByTestId('client-list');
  });
});

describe('deleting a client', () => {
  it('asks first, says plainly what is lost, and can be called off', async () => {
    const { calls } = await overview();
    await fireEvent.click(button('client-delete'));
    const dialog = screen.getByTestId('client-delete-confirm');
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain(message('en', 'clients-delete-warning'));
    expect(dialog.querySelector('bdi')?.textContent).toBe('B3-SOL');
    // The safe choice has the focus.
    expect(document.activeElement).toBe(button('client-delete-no'));
    expect(count(calls, 'delete_client')).toBe(0);
    await fireEvent.click(button('client-delete-no'));
    expect(screen.queryByTestId('client-delete-confirm')).toBeNull();
    expect(document.activeElement).toBe(button('client-delete'));

    await fireEvent.click(button('client-delete'));
    await fireEvent.keyDown(screen.getByTestId('client-delete-confirm'), { key: 'Escape' });
    expect(screen.queryByTestId('client-delete-confirm')).toBeNull();
    expect(count(calls, 'delete_client')).toBe(0);
  });

  it('keeps Tab inside the dialog', async () => {
    await overview();
    await fireEvent.click(button('client-delete'));
    const dialog = screen.getByTestId('client-delete-confirm');
    button('client-delete-yes').focus();
    await fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(button('client-delete-no'));
    await fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(button('client-delete-yes'));
  });

  it('calls delete_client only after the confirmation, then shows the list', async () => {
    const { calls, model } = await overview();
    await fireEvent.click(button('client-delete'));
    expect(count(calls, 'delete_client')).toBe(0);
    await fireEvent.click(button('client-delete-yes'));
    await waitFor(() => expect(argsOf(calls, 'delete_client')).toEqual([{ id: 1 }]));
    await screen.findByTestId('client-list');
    await waitFor(() => expect(screen.queryByTestId('client-row-1')).toBeNull());
    expect(screen.getByTestId('client-row-2')).toBeTruthy();
    expect(model.clients.has(1)).toBe(false);
  });
});

describe('a client that cannot be opened', () => {
  it('shows the error and the way back to the list', async () => {
    const backend = clientsBackend();
    await renderApp(unlocked(PROFILE_A), 'client-list', {
      ...backend.overrides,
      client_overview: () => failure('error-client-missing'),
    });
    await fireEvent.click(await screen.findByTestId('client-row-2'));
    expect((await screen.findByTestId('client-error')).textContent).toBe(message('en', 'error-client-missing'));
    expect(screen.queryByTestId('client-overview')).toBeNull();
    await fireEvent.click(button('client-back'));
    await screen.findByTestId('client-list');
    expect(screen.queryByTestId('client-error')).toBeNull();
  });
});
