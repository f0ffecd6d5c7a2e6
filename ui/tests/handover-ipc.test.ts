// The handover commands: one function each, with the argument names the Rust commands take.
import type { InvokeArgs } from '@tauri-apps/api/core';
import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it } from 'vitest';
import {
  addHandoverContact,
  AvenirError,
  cancelCaseTransfer,
  chooseCaseFile,
  clearHandoverEscrow,
  confirmCaseTransfer,
  handOverClient,
  handoverBook,
  handoverIdentity,
  importCase,
  previewCase,
  removeHandoverContact,
  setHandoverEscrow,
} from '../src/ipc';
import { BEA, handoverId, MINE } from './handover-fixtures';

type Call = { cmd: string; args: InvokeArgs | undefined };

function record(answer: unknown): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    return answer;
  });
  return calls;
}

const FILE = '/media/stick/case-2025-03-04.avenir-case';
const BOOK = { contacts: [BEA], escrow: null };
const PREVIEW = {
  code: 'B3-SOL',
  codeHere: 'B3-SOL',
  sessions: 2,
  photos: 0,
  journalEntries: 1,
  albumPages: 0,
  sender: 'Bea',
  senderFingerprint: BEA.fingerprint,
  createdAt: '2025-03-04T14:05',
  mode: 'copy',
};

describe('handover commands', () => {
  const cases: [string, () => Promise<unknown>, string, Record<string, unknown>, unknown][] = [
    ['handoverIdentity', () => handoverIdentity(), 'handover_identity', {}, MINE],
    ['handoverBook', () => handoverBook(), 'handover_book', {}, BOOK],
    [
      'addHandoverContact',
      () => addHandoverContact('Bea', handoverId(2), '2222 0000 1111 2222 3333'),
      'add_handover_contact',
      { name: 'Bea', id: handoverId(2), fingerprint: '2222 0000 1111 2222 3333' },
      BOOK,
    ],
    ['removeHandoverContact', () => removeHandoverContact('Bea'), 'remove_handover_contact', { name: 'Bea' }, BOOK],
    [
      'setHandoverEscrow',
      () => setHandoverEscrow(handoverId(3), '3333 0000 1111 2222 3333'),
      'set_handover_escrow',
      { id: handoverId(3), fingerprint: '3333 0000 1111 2222 3333' },
      BOOK,
    ],
    ['clearHandoverEscrow', () => clearHandoverEscrow(), 'clear_handover_escrow', {}, BOOK],
    ['handOverClient', () => handOverClient(7, 'Bea', 'transfer'), 'hand_over_client', { clientId: 7, to: 'Bea', mode: 'transfer' }, { path: FILE }],
    ['chooseCaseFile', () => chooseCaseFile(), 'choose_case_file', {}, { path: FILE }],
    ['previewCase', () => previewCase(FILE), 'preview_case', { file: FILE }, PREVIEW],
    ['importCase', () => importCase(FILE), 'import_case', { file: FILE }, { clientId: 9, code: 'B3-SOL', receipt: '1234 5678' }],
    ['confirmCaseTransfer', () => confirmCaseTransfer(7, '1234 5678'), 'confirm_case_transfer', { clientId: 7, receipt: '1234 5678' }, null],
    ['cancelCaseTransfer', () => cancelCaseTransfer(7), 'cancel_case_transfer', { clientId: 7 }, null],
  ];

  it.each(cases)('%s calls %s with the right arguments and returns its answer', async (_, run, cmd, args, answer) => {
    const calls = record(answer);
    await expect(run()).resolves.toEqual(answer);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.cmd).toBe(cmd);
    expect(calls[0]?.args ?? {}).toEqual(args);
  });

  it('turns a handover error into an AvenirError with its arguments', async () => {
    mockIPC(() => {
      throw { code: 'case_unknown_sender', messageId: 'error-case-unknown-sender', args: { fingerprint: BEA.fingerprint } };
    });
    const error = await previewCase(FILE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AvenirError);
    expect((error as AvenirError).messageId).toBe('error-case-unknown-sender');
    expect((error as AvenirError).args).toEqual({ fingerprint: BEA.fingerprint });
  });
});
