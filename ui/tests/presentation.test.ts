import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { presentation } from '../src/lib/presentation.svelte';
import { button, PROFILE_A, renderApp, text, unlocked } from './backend';
import { clientsBackend } from './clients';
import { message } from './fixtures';

afterEach(() => {
  document.body.classList.remove('presentation');
});

function pressF9(target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'F9', code: 'F9', bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

/** The text a person looking at the screen can see: without hidden parts, with the values of fields. */
function visibleText(): string {
  const root = document.body.cloneNode(true) as HTMLElement;
  for (const hidden of Array.from(root.querySelectorAll('[hidden]'))) hidden.remove();
  // A clone does not keep what was typed: read it from the live fields that are shown.
  const typed = Array.from(document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input'))
    .filter((field) => field.closest('[hidden]') === null)
    .map((field) => field.value);
  return [root.textContent ?? '', ...typed].join('\n');
}

const PRIVATE = [
  'Client note: prefers mornings',
  'Sudan',
  'Newest summary',
  'Older summary',
  'Call the lawyer together',
  'Z8-LUNE',
  'Other client secret',
];

async function overview() {
  const backend = clientsBackend();
  const calls = await renderApp(unlocked(PROFILE_A), 'client-list', backend.overrides);
  await fireEvent.click(await screen.findByTestId('client-row-1'));
  await screen.findByTestId('overview-notes');
  return { calls, model: backend.model };
}

describe('presentation-safe mode', () => {
  it('the button turns it on and off, with a banner and a class on the body', async () => {
    await overview();
    const toggle = button('presentation-toggle');
    expect(toggle.textContent?.trim()).toBe(message('en', 'clients-presentation-toggle'));
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByTestId('presentation-banner')).toBeNull();
    await fireEvent.click(toggle);
    expect(text('presentation-banner')).toBe(message('en', 'clients-presentation-banner'));
    expect(document.body.classList.contains('presentation')).toBe(true);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(toggle);
    expect(screen.queryByTestId('presentation-banner')).toBeNull();
    expect(document.body.classList.contains('presentation')).toBe(false);
  });

  it('shows only the code, the heading and the pathways; hides notes, private facts and other clients', async () => {
    await overview();
    const before = visibleText();
    for (const secret of PRIVATE.filter((s) => !s.startsWith('Z8') && !s.startsWith('Other'))) {
      expect(before).toContain(secret);
    }
    await fireEvent.click(button('presentation-toggle'));
    expect(text('overview-code')).toBe('B3-SOL');
    expect(screen.getByTestId('client-overview').querySelector('h3')?.textContent).toBe(message('en', 'clients-overview-heading'));
    expect(screen.getByTestId('pathways-list')).toBeTruthy();
    const shown = visibleText();
    for (const secret of PRIVATE) expect(shown, secret).not.toContain(secret);
    for (const gone of ['overview-notes', 'overview-facts', 'open-steps', 'session-timeline', 'client-delete', 'client-edit', 'home-settings']) {
      expect(screen.queryByTestId(gone), gone).toBeNull();
    }
  });

  it('hides the client list and the search', async () => {
    const backend = clientsBackend();
    await renderApp(unlocked(PROFILE_A), 'client-list', backend.overrides);
    await screen.findByTestId('client-row-2');
    await fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'summary' } });
    await screen.findByTestId('search-results');
    pressF9();
    await waitFor(() => expect(screen.queryByTestId('client-list')).toBeNull());
    expect(screen.queryByTestId('search-input')).toBeNull();
    expect(screen.queryByTestId('search-results')).toBeNull();
    expect(text('presentation-empty')).toBe(message('en', 'clients-presentation-empty'));
    const shown = visibleText();
    expect(shown).not.toContain('B3-SOL');
    expect(shown).not.toContain('Z8-LUNE');
    pressF9();
    await screen.findByTestId('client-row-2');
  });

  it('F9 works from a text area, hides the session notes, and brings them back untouched', async () => {
    const { calls } = await overview();
    await fireEvent.click(button('session-open-12'));
    const notes = (await screen.findByTestId('session-notes-input')) as HTMLTextAreaElement;
    notes.focus();
    await fireEvent.input(notes, { target: { value: 'Newest private notes, and a worry about the hearing' } });
    const event = pressF9(notes);
    expect(event.defaultPrevented).toBe(true);
    await waitFor(() => expect(document.body.classList.contains('presentation')).toBe(true));
    expect(screen.getByTestId('presentation-banner')).toBeTruthy();
    // The editor is kept (nothing typed is lost) but hidden and inert.
    const wrapper = notes.closest<HTMLElement & { inert?: boolean }>('[hidden]');
    expect(wrapper).not.toBeNull();
    // Svelte sets the inert property (jsdom does not reflect it to the attribute).
    expect(wrapper?.inert).toBe(true);
    expect(document.activeElement).not.toBe(notes);
    const shown = visibleText();
    expect(shown).not.toContain('worry about the hearing');
    expect(shown).not.toContain('Newest summary');
    expect(text('overview-code')).toBe('B3-SOL');
    expect(screen.getAllByTestId('overview-code')).toHaveLength(1);
    // Leaving the text area saved what was typed.
    await waitFor(() =>
      expect(calls.filter((c) => c.cmd === 'save_session_text').at(-1)?.args).toEqual({
        sessionId: 12,
        field: 'privateNotes',
        text: 'Newest private notes, and a worry about the hearing',
      }),
    );

    pressF9(document.activeElement ?? document.body);
    await waitFor(() => expect(document.body.classList.contains('presentation')).toBe(false));
    expect(notes.closest('[hidden]')).toBeNull();
    expect(notes.value).toBe('Newest private notes, and a worry about the hearing');
    expect(screen.queryByTestId('client-overview')).toBeNull();
  });

  it('ends with the lock', async () => {
    await overview();
    await fireEvent.click(button('presentation-toggle'));
    expect(document.body.classList.contains('presentation')).toBe(true);
    await fireEvent.click(button('lock-button'));
    // The Lock button asks first whether a backup is running (none is here), then locks.
    await waitFor(() => expect(document.body.classList.contains('presentation')).toBe(false));
    // The ambient state goes with the open vault: the next unlock starts with the mode off.
    expect(presentation.on).toBe(false);
  });
});
