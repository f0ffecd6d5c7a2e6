import type { InvokeArgs } from '@tauri-apps/api/core';
import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it } from 'vitest';
import {
  addNextStep,
  AvenirError,
  checkIdentifiers,
  clientOverview,
  createClient,
  createSession,
  deleteClient,
  listClients,
  saveSessionText,
  search,
  setNextStepDone,
  setSessionDecision,
  suggestCode,
  updateClient,
  updateSession,
} from '../src/ipc';
import { clientInput, sessionInput } from './clients';

type Call = { cmd: string; args: InvokeArgs | undefined };

function record(answer: unknown): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    return answer;
  });
  return calls;
}

const CLIENT = { ...clientInput({ code: 'K7-MIRA', languages: ['Tigrinya'], arrivalYear: 2021 }), id: 4, createdAt: '2025-03-01' };
const SESSION = { ...sessionInput({ summary: 'ملخص' }), id: 9, clientId: 4, decision: null, nextSteps: [] };
const STEP = { id: 3, sessionId: 9, text: 'Visit the library', done: false };

describe('client commands', () => {
  const cases: [string, () => Promise<unknown>, string, Record<string, unknown>, unknown][] = [
    [
      'listClients',
      () => listClients('due_this_week', 'next_follow_up'),
      'list_clients',
      { filter: 'due_this_week', sort: 'next_follow_up' },
      [{ id: 4, code: 'K7-MIRA', lastSession: null, nextFollowUp: '2025-03-12', reviewOn: null }],
    ],
    ['suggestCode', () => suggestCode(), 'suggest_code', {}, { code: 'K7-MIRA' }],
    ['createClient', () => createClient(clientInput({ code: 'K7-MIRA' })), 'create_client', { client: clientInput({ code: 'K7-MIRA' }) }, CLIENT],
    ['updateClient', () => updateClient(4, clientInput({ code: 'K7-MIRA' })), 'update_client', { id: 4, client: clientInput({ code: 'K7-MIRA' }) }, CLIENT],
    ['deleteClient', () => deleteClient(4), 'delete_client', { id: 4 }, null],
    ['clientOverview', () => clientOverview(4), 'client_overview', { id: 4 }, { client: CLIENT, sessions: [SESSION], openSteps: [] }],
    ['createSession', () => createSession(4, sessionInput()), 'create_session', { clientId: 4, session: sessionInput() }, SESSION],
    ['updateSession', () => updateSession(9, sessionInput({ kind: 'phone' })), 'update_session', { sessionId: 9, session: sessionInput({ kind: 'phone' }) }, SESSION],
    ['saveSessionText (summary)', () => saveSessionText(9, 'summary', 'ملخص'), 'save_session_text', { sessionId: 9, field: 'summary', text: 'ملخص' }, null],
    [
      'saveSessionText (privateNotes)',
      () => saveSessionText(9, 'privateNotes', 'notes'),
      'save_session_text',
      { sessionId: 9, field: 'privateNotes', text: 'notes' },
      null,
    ],
    ['setSessionDecision (return)', () => setSessionDecision(9, 'return'), 'set_session_decision', { sessionId: 9, decision: 'return' }, null],
    ['setSessionDecision (cleared)', () => setSessionDecision(9, null), 'set_session_decision', { sessionId: 9, decision: null }, null],
    ['addNextStep', () => addNextStep(9, 'Visit the library'), 'add_next_step', { sessionId: 9, text: 'Visit the library' }, STEP],
    ['setNextStepDone', () => setNextStepDone(3, true), 'set_next_step_done', { id: 3, done: true }, null],
    [
      'search',
      () => search('lib'),
      'search',
      { query: 'lib' },
      [{ clientId: 4, code: 'K7-MIRA', sessionId: 9, field: 'summary', snippet: '…library…', startedAt: '2025-03-03T10:00' }],
    ],
    ['checkIdentifiers', () => checkIdentifiers('call +32 470 12 34 56'), 'check_identifiers', { text: 'call +32 470 12 34 56' }, { kinds: ['phone'] }],
  ];

  it.each(cases)('%s calls %s with the right arguments and returns its answer', async (_, run, cmd, args, answer) => {
    const calls = record(answer);
    await expect(run()).resolves.toEqual(answer);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.cmd).toBe(cmd);
    expect(calls[0]?.args ?? {}).toEqual(args);
  });

  it('turns a refused code into an AvenirError with its message id', async () => {
    mockIPC(() => {
      throw { code: 'code_taken', messageId: 'error-code-taken', args: {} };
    });
    const error = await createClient(clientInput()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AvenirError);
    expect((error as AvenirError).code).toBe('code_taken');
    expect((error as AvenirError).messageId).toBe('error-code-taken');
  });

  it('keeps the field argument of field_invalid', async () => {
    mockIPC(() => {
      throw { code: 'field_invalid', messageId: 'error-field-invalid', args: { field: 'arrivalYear' } };
    });
    const error = (await updateClient(1, clientInput()).catch((e: unknown) => e)) as AvenirError;
    expect(error.args).toEqual({ field: 'arrivalYear' });
  });
});
