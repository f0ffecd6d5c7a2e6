import { Channel, type InvokeArgs } from '@tauri-apps/api/core';
import { emit } from '@tauri-apps/api/event';
import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it, vi } from 'vitest';
import {
  AvenirError,
  backupNow,
  backupStatus,
  beginVaultCreation,
  chooseBackupFile,
  chooseBackupFolder,
  cancelVaultCreation,
  changePassphrase,
  postponePassphraseReset,
  rekey,
  rotateRecovery,
  finishVaultCreation,
  generatePassphrase,
  lock,
  onVaultLocked,
  passphraseStrength,
  restoreBackup,
  setIdleMinutes,
  touch,
  unlock,
  vaultStatus,
} from '../src/ipc';
import { locked, NO_BACKUP, PROFILE_A, RECOVERY_KEY, unlocked } from './backend';

type Call = { cmd: string; args: InvokeArgs | undefined };

function record(answer: unknown): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    return answer;
  });
  return calls;
}

/** Args as the command received them; a command without args gets {}. */
const argsOf = (call: Call | undefined) => call?.args ?? {};

describe('vault commands', () => {
  const cases: [string, () => Promise<unknown>, string, Record<string, unknown>, unknown][] = [
    ['vaultStatus', () => vaultStatus(), 'vault_status', {}, locked(PROFILE_A)],
    [
      'passphraseStrength',
      () => passphraseStrength('blue kettle'),
      'passphrase_strength',
      { passphrase: 'blue kettle' },
      { score: 1, acceptable: false, feedback: ['strength-feedback-add-words'] },
    ],
    ['generatePassphrase', () => generatePassphrase(), 'generate_passphrase', {}, { passphrase: 'a b c d e' }],
    ['beginVaultCreation', () => beginVaultCreation(), 'begin_vault_creation', {}, { recoveryKey: RECOVERY_KEY, groups: 8 }],
    [
      'finishVaultCreation',
      () => finishVaultCreation('Counsellor A', 'pass words', [{ index: 2, text: 'B2CD' }, { index: 6, text: 'MN9P' }]),
      'finish_vault_creation',
      { label: 'Counsellor A', passphrase: 'pass words', recoveryCheck: [{ index: 2, text: 'B2CD' }, { index: 6, text: 'MN9P' }] },
      unlocked(PROFILE_A),
    ],
    ['cancelVaultCreation', () => cancelVaultCreation(), 'cancel_vault_creation', {}, null],
    [
      'unlock (passphrase)',
      () => unlock('p-a', 'secret words', 'passphrase'),
      'unlock',
      { profileId: 'p-a', secret: 'secret words', method: 'passphrase' },
      unlocked(PROFILE_A),
    ],
    [
      'unlock (recovery)',
      () => unlock('p-b', RECOVERY_KEY, 'recovery'),
      'unlock',
      { profileId: 'p-b', secret: RECOVERY_KEY, method: 'recovery' },
      unlocked(PROFILE_A),
    ],
    ['lock', () => lock(), 'lock', {}, locked(PROFILE_A)],
    [
      'changePassphrase',
      () => changePassphrase('old one', 'passphrase', 'new one'),
      'change_passphrase',
      { current: 'old one', method: 'passphrase', next: 'new one' },
      unlocked(PROFILE_A),
    ],
    [
      'changePassphrase (with the recovery key)',
      () => changePassphrase(RECOVERY_KEY, 'recovery', 'new one'),
      'change_passphrase',
      { current: RECOVERY_KEY, method: 'recovery', next: 'new one' },
      unlocked(PROFILE_A),
    ],
    ['postponePassphraseReset', () => postponePassphraseReset(), 'postpone_passphrase_reset', {}, unlocked(PROFILE_A)],
    [
      'rotateRecovery',
      () => rotateRecovery(RECOVERY_KEY, 'recovery'),
      'rotate_recovery',
      { current: RECOVERY_KEY, method: 'recovery' },
      { recoveryKey: RECOVERY_KEY },
    ],
    ['setIdleMinutes', () => setIdleMinutes(12), 'set_idle_minutes', { minutes: 12 }, unlocked(PROFILE_A, 12)],
    ['touch', () => touch(), 'touch', {}, null],
  ];

  it.each(cases)('%s calls %s with the right arguments and returns its answer', async (_, run, cmd, args, answer) => {
    const calls = record(answer);
    await expect(run()).resolves.toEqual(answer);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.cmd).toBe(cmd);
    expect(argsOf(calls[0])).toEqual(args);
  });

  it('rekey sends the secrets and a channel, and reports what the channel carries', async () => {
    const answer = { recoveryKey: RECOVERY_KEY, offerBackup: true, notice: 'vault-rekey-old-backups' };
    let sent: Record<string, unknown> = {};
    mockIPC((cmd, args) => {
      expect(cmd).toBe('rekey');
      sent = args as Record<string, unknown>;
      const channel = sent.progress as Channel<number>;
      channel.onmessage(0.25);
      channel.onmessage(1);
      return answer;
    });
    const reported: number[] = [];
    await expect(rekey(RECOVERY_KEY, 'recovery', 'new words', (f) => reported.push(f))).resolves.toEqual(answer);
    expect(sent).toMatchObject({ current: RECOVERY_KEY, method: 'recovery', newPassphrase: 'new words' });
    expect(sent.progress).toBeInstanceOf(Channel);
    expect(reported).toEqual([0.25, 1]);

    mockIPC((_cmd, args) => {
      sent = args as Record<string, unknown>;
      return answer;
    });
    await rekey('pass words', 'passphrase', null, () => undefined);
    expect(sent).toMatchObject({ current: 'pass words', method: 'passphrase', newPassphrase: null });
  });

  it('turns a vault error into an AvenirError', async () => {
    mockIPC(() => {
      throw { code: 'wrong_secret', messageId: 'error-wrong-secret', args: {} };
    });
    const error = await unlock('p-a', 'nope', 'passphrase').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AvenirError);
    expect((error as AvenirError).messageId).toBe('error-wrong-secret');
  });
});

describe('backup commands', () => {
  const FOLDER = '/media/stick';
  const status = { ...NO_BACKUP, folder: FOLDER, lastVerifiedAt: '2025-03-04T14:05', lastVerifiedFile: 'a.avb' };
  const cases: [string, () => Promise<unknown>, string, Record<string, unknown>, unknown][] = [
    ['backupStatus', () => backupStatus(), 'backup_status', {}, status],
    ['chooseBackupFolder', () => chooseBackupFolder(), 'choose_backup_folder', {}, status],
    ['backupNow', () => backupNow(), 'backup_now', {}, status],
    ['chooseBackupFile', () => chooseBackupFile(), 'choose_backup_file', {}, { path: `${FOLDER}/a.avb` }],
    [
      'restoreBackup',
      () => restoreBackup(`${FOLDER}/a.avb`, RECOVERY_KEY, 'recovery', 'Counsellor A (restored)'),
      'restore_backup',
      { file: `${FOLDER}/a.avb`, secret: RECOVERY_KEY, method: 'recovery', label: 'Counsellor A (restored)' },
      locked(PROFILE_A),
    ],
  ];

  it.each(cases)('%s calls %s with the right arguments and returns its answer', async (_, run, cmd, args, answer) => {
    const calls = record(answer);
    await expect(run()).resolves.toEqual(answer);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.cmd).toBe(cmd);
    expect(argsOf(calls[0])).toEqual(args);
  });

  it('turns a backup error into an AvenirError with its arguments', async () => {
    mockIPC(() => {
      throw { code: 'backup_folder_missing', messageId: 'error-backup-folder-missing', args: { folder: '/media/stick' } };
    });
    const error = await backupNow().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AvenirError);
    expect((error as AvenirError).args).toEqual({ folder: '/media/stick' });
  });
});

describe('onVaultLocked', () => {
  it('calls back on each vault-locked event until stopped', async () => {
    mockIPC(() => null, { shouldMockEvents: true });
    const callback = vi.fn();
    const stop = await onVaultLocked(callback);
    await emit('vault-locked');
    expect(callback).toHaveBeenCalledTimes(1);
    await emit('something-else');
    expect(callback).toHaveBeenCalledTimes(1);
    stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await emit('vault-locked');
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('rejects with an AvenirError when the event system refuses', async () => {
    mockIPC(() => {
      throw 'no event plugin';
    });
    await expect(onVaultLocked(() => undefined)).rejects.toBeInstanceOf(AvenirError);
  });
});
