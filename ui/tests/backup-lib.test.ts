import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupStatusDto } from '../src/ipc/generated/backup';
import { BACKUP_POLL_MS, backupRunning, LOCK_CHECK_TIMEOUT_MS, restoredProfile, watchBackup } from '../src/lib/backup';
import { NO_BACKUP, PROFILE_A, PROFILE_B } from './backend';

afterEach(() => {
  vi.useRealTimers();
});

const status = (running: boolean): BackupStatusDto => ({ ...NO_BACKUP, folder: '/media/stick', running });

describe('watchBackup', () => {
  it('asks once a second while running, reports each answer, and stops when done', async () => {
    vi.useFakeTimers();
    const answers = [true, true, false, true];
    const fetch = vi.fn(() => Promise.resolve(status(answers.shift() ?? false)));
    const seen: boolean[] = [];
    const onerror = vi.fn();
    watchBackup(fetch, (s) => seen.push(s.running), onerror);
    expect(BACKUP_POLL_MS).toBe(1000);
    await vi.advanceTimersByTimeAsync(999);
    expect(fetch).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(seen).toEqual([true, true, false]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(onerror).not.toHaveBeenCalled();
  });

  it('reports nothing once stopped, not even an answer already on its way', async () => {
    vi.useFakeTimers();
    let answer: (s: BackupStatusDto) => void = () => undefined;
    const fetch = vi.fn(() => new Promise<BackupStatusDto>((resolve) => (answer = resolve)));
    const onstatus = vi.fn();
    const stop = watchBackup(fetch, onstatus, vi.fn());
    await vi.advanceTimersByTimeAsync(1000);
    stop();
    answer(status(false));
    await vi.advanceTimersByTimeAsync(3000);
    expect(onstatus).not.toHaveBeenCalled();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('ends at the first failure and reports it', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(() => Promise.reject(new Error('locked')));
    const onerror = vi.fn();
    watchBackup(fetch, vi.fn(), onerror);
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(onerror).toHaveBeenCalledTimes(1);
  });
});

describe('backupRunning', () => {
  it('is what the status says', async () => {
    await expect(backupRunning(() => Promise.resolve(status(true)))).resolves.toBe(true);
    await expect(backupRunning(() => Promise.resolve(status(false)))).resolves.toBe(false);
  });

  it('is false when the status fails or does not come in time', async () => {
    await expect(backupRunning(() => Promise.reject(new Error('locked')))).resolves.toBe(false);
    vi.useFakeTimers();
    let answered: boolean | undefined;
    void backupRunning(() => new Promise(() => undefined)).then((running) => (answered = running));
    await vi.advanceTimersByTimeAsync(LOCK_CHECK_TIMEOUT_MS - 1);
    expect(answered).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(answered).toBe(false);
  });
});

describe('restoredProfile', () => {
  const restored = { id: 'p-r', label: 'Counsellor A (restored)' };

  it('is the profile that was not there before', () => {
    expect(restoredProfile([PROFILE_A], [PROFILE_A, restored], 'typed')).toEqual(restored);
    expect(restoredProfile([], [restored], restored.label)).toEqual(restored);
  });

  it('prefers the new one with the label given, else finds it by label, else null', () => {
    expect(restoredProfile([], [PROFILE_B, restored], restored.label)).toEqual(restored);
    expect(restoredProfile([PROFILE_A, restored], [PROFILE_A, restored], restored.label)).toEqual(restored);
    expect(restoredProfile([PROFILE_A], [PROFILE_A], 'nobody')).toBeNull();
  });
});
