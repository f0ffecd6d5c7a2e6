// The autosave status line shared by the session form, the exercise and the decision journal:
// each state says its own translated message, a failure says why, loading says so instead.
import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import SaveStatus, { type SaveState } from '../src/components/SaveStatus.svelte';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import { AvenirError } from '../src/ipc/errors';
import { catalogue, message } from './fixtures';

const JOURNAL = {
  idle: 'journal-status-idle',
  saving: 'journal-status-saving',
  saved: 'journal-status-saved',
  failed: 'journal-status-failed',
} as const;

const SESSION = {
  saving: 'clients-autosave-saving',
  saved: 'clients-autosave-saved',
  failed: 'clients-autosave-failed',
} as const;

const line = () => screen.getByTestId('save-line');
const said = () => line().textContent?.replace(/\s+/g, ' ').trim();

describe('SaveStatus', () => {
  beforeEach(() => {
    applyCatalogue(catalogue('en'));
  });

  it.each<SaveState>(['idle', 'saving', 'saved', 'failed'])('says the message of %s, with the state on the line', (state) => {
    render(SaveStatus, { props: { state, messages: JOURNAL, testid: 'save-line' } });
    expect(said()).toBe(message('en', JOURNAL[state]));
    expect(line().getAttribute('role')).toBe('status');
    expect(line().dataset['state']).toBe(state);
    expect(line().classList.contains('status')).toBe(true);
    expect(line().classList.contains('failed')).toBe(state === 'failed');
  });

  it('in the language of the catalogue', () => {
    applyCatalogue(catalogue('nl'));
    render(SaveStatus, { props: { state: 'saving', messages: SESSION, testid: 'save-line' } });
    expect(said()).toBe(message('nl', 'clients-autosave-saving'));
  });

  it('says why a save failed', () => {
    const error = new AvenirError({ code: 'io', messageId: 'error-vault-io', args: {} });
    render(SaveStatus, { props: { state: 'failed', messages: SESSION, error, testid: 'save-line' } });
    expect(said()).toBe(`${message('en', 'clients-autosave-failed')} ${message('en', 'error-vault-io')}`);
  });

  it('says nothing when idle without an idle message', () => {
    render(SaveStatus, { props: { state: 'idle', messages: SESSION, testid: 'save-line' } });
    expect(said()).toBe('');
  });

  it('says the loading message instead of the state while loading', () => {
    render(SaveStatus, { props: { state: 'idle', messages: JOURNAL, loadingMessage: 'journal-loading', testid: 'save-line' } });
    expect(said()).toBe(message('en', 'journal-loading'));
    expect(line().dataset['state']).toBe('idle');
  });
});
