// The referral directory's commands: one function each, with the argument names the Rust
// commands take (src-tauri/app/src/commands_directory.rs).
import type { InvokeArgs } from '@tauri-apps/api/core';
import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it } from 'vitest';
import {
  addDirectoryEntry,
  answerDirectoryOffer,
  AvenirError,
  chooseDirectoryFile,
  deleteDirectoryEntry,
  directoryOffer,
  directorySearch,
  exportDirectory,
  importDirectory,
  previewDirectoryImport,
  updateDirectoryEntry,
} from '../src/ipc';
import { emptyDraft, simpleFilter, toServiceInput } from '../src/lib/directory';
import { DESK } from './directory-fixtures';

type Call = { cmd: string; args: InvokeArgs | undefined };

function record(answer: unknown): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    return answer;
  });
  return calls;
}

const FILE = '/media/stick/directory.csv';
const INPUT = toServiceInput({ ...emptyDraft(), name: 'Desk' });
const REPORT = { added: ['Desk'], changed: [], unchanged: 0, keptNewer: [], bad: [], ignoredColumns: [], applied: false };

describe('directory commands', () => {
  const cases: [string, () => Promise<unknown>, string, Record<string, unknown>, unknown][] = [
    ['directorySearch', () => directorySearch(simpleFilter('x', 'return')), 'directory_search', { filter: simpleFilter('x', 'return') }, { entries: [DESK], more: false }],
    ['addDirectoryEntry', () => addDirectoryEntry(INPUT), 'add_directory_entry', { entry: INPUT }, DESK],
    ['updateDirectoryEntry', () => updateDirectoryEntry(1, INPUT), 'update_directory_entry', { id: 1, entry: INPUT }, DESK],
    ['deleteDirectoryEntry', () => deleteDirectoryEntry(1), 'delete_directory_entry', { id: 1 }, null],
    ['chooseDirectoryFile', () => chooseDirectoryFile(), 'choose_directory_file', {}, { path: FILE }],
    ['previewDirectoryImport', () => previewDirectoryImport(FILE), 'preview_directory_import', { file: FILE }, REPORT],
    ['importDirectory', () => importDirectory(FILE), 'import_directory', { file: FILE }, { ...REPORT, applied: true }],
    ['exportDirectory', () => exportDirectory('toml'), 'export_directory', { format: 'toml' }, { path: FILE }],
    ['directoryOffer', () => directoryOffer(), 'directory_offer', {}, { file: FILE }],
    ['answerDirectoryOffer', () => answerDirectoryOffer(false), 'answer_directory_offer', { apply: false }, null],
  ];

  it.each(cases)('%s calls %s with the right arguments and returns its answer', async (_, run, cmd, args, answer) => {
    const calls = record(answer);
    await expect(run()).resolves.toEqual(answer);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.cmd).toBe(cmd);
    expect(calls[0]?.args ?? {}).toEqual(args);
  });

  it('turns a directory error into an AvenirError with its arguments', async () => {
    mockIPC(() => {
      throw { code: 'directory_file_syntax', messageId: 'error-directory-file-syntax', args: { line: 4 } };
    });
    const error = await previewDirectoryImport(FILE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AvenirError);
    expect((error as AvenirError).messageId).toBe('error-directory-file-syntax');
    expect((error as AvenirError).args).toEqual({ line: 4 });
  });
});
