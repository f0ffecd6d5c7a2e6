import { describe, expect, it, vi } from 'vitest';
import { passphraseProblems } from '../src/lib/passphrase';
import { canonicalRecoveryKey, compactRecovery, pickCheckIndices, recoveryGroups, secureRandomInt } from '../src/lib/recovery';
import { PanicKeys, Throttle, unlockWaitSeconds, type HotkeyEvent } from '../src/lib/timing';

const key = (over: Partial<HotkeyEvent>): HotkeyEvent => ({
  key: 'a',
  code: 'KeyA',
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  metaKey: false,
  repeat: false,
  ...over,
});
const ESC = key({ key: 'Escape', code: 'Escape' });

describe('unlock waits', () => {
  it('doubles from 1 s after each wrong secret, up to 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 50].map(unlockWaitSeconds)).toEqual([0, 1, 2, 4, 8, 16, 30, 30, 30]);
  });
});

describe('Throttle', () => {
  it('runs at once, then at most once per interval', () => {
    let now = 1000;
    const action = vi.fn();
    const throttle = new Throttle(action, 20_000, () => now);
    throttle.run();
    throttle.run();
    expect(action).toHaveBeenCalledTimes(1);
    now += 19_999;
    throttle.run();
    expect(action).toHaveBeenCalledTimes(1);
    now += 1;
    throttle.run();
    expect(action).toHaveBeenCalledTimes(2);
    throttle.reset();
    throttle.run();
    expect(action).toHaveBeenCalledTimes(3);
  });
});

describe('PanicKeys', () => {
  it('recognises Ctrl+Shift+L by key or by physical key', () => {
    const keys = new PanicKeys(() => 0);
    expect(keys.isPanic(key({ key: 'L', code: 'KeyL', ctrlKey: true, shiftKey: true }))).toBe(true);
    // Another keyboard layout: the key under the L position.
    expect(keys.isPanic(key({ key: 'ل', code: 'KeyL', ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(keys.isPanic(key({ key: 'L', code: 'KeyL', shiftKey: true }))).toBe(false);
    expect(keys.isPanic(key({ key: 'l', code: 'KeyL', ctrlKey: true }))).toBe(false);
    expect(keys.isPanic(key({ key: 'L', code: 'KeyL', ctrlKey: true, shiftKey: true, altKey: true }))).toBe(false);
  });

  it('recognises Escape twice within 800 ms, and nothing else', () => {
    let now = 0;
    const keys = new PanicKeys(() => now);
    expect(keys.isPanic(ESC)).toBe(false);
    now = 800;
    expect(keys.isPanic(ESC)).toBe(true);
    // A third press starts again.
    now = 900;
    expect(keys.isPanic(ESC)).toBe(false);
    now = 1701;
    expect(keys.isPanic(ESC)).toBe(false);
    now = 1800;
    expect(keys.isPanic(key({ key: 'x' }))).toBe(false);
    expect(keys.isPanic(ESC)).toBe(false);
    now = 1900;
    expect(keys.isPanic({ ...ESC, repeat: true })).toBe(false);
    expect(keys.isPanic(ESC)).toBe(true);
  });
});

describe('recovery keys', () => {
  it('splits a key into its groups', () => {
    expect(recoveryGroups('7K3M-Q9XA-B2CD')).toEqual(['7K3M', 'Q9XA', 'B2CD']);
  });

  it('compares typed text without case, spaces or dashes', () => {
    expect(compactRecovery(' q9 xa ')).toBe('Q9XA');
    expect(canonicalRecoveryKey('7k3m q9xa-b2cd\tef34')).toBe('7K3M-Q9XA-B2CD-EF34');
  });

  it('picks two different groups, in order, covering every pair', () => {
    const seen = new Set<string>();
    for (let a = 0; a < 8; a++) {
      for (let b = 0; b < 7; b++) {
        const answers = [a, b];
        const [first, second] = pickCheckIndices(8, () => answers.shift() ?? 0);
        expect(first).toBeLessThan(second);
        expect(second).toBeLessThan(8);
        seen.add(`${first},${second}`);
      }
    }
    expect(seen.size).toBe(28);
  });

  it('draws from the secure generator, within range', () => {
    const spy = vi.spyOn(crypto, 'getRandomValues');
    for (let i = 0; i < 50; i++) {
      const n = secureRandomInt(8);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(8);
    }
    expect(spy).toHaveBeenCalled();
  });
});

describe('passphraseProblems', () => {
  const strong = { score: 4 as const, acceptable: true, feedback: [] };
  const weak = { score: 1 as const, acceptable: false, feedback: [] };

  it('lists every reason the passphrase cannot be used yet', () => {
    expect(passphraseProblems('', '', null)).toEqual(['vault-problem-empty']);
    expect(passphraseProblems('a b', '', null)).toEqual(['vault-problem-checking', 'vault-problem-mismatch']);
    expect(passphraseProblems('a b', 'a b', weak)).toEqual(['vault-problem-weak']);
    expect(passphraseProblems('a b c d e', 'a b c d', strong)).toEqual(['vault-problem-mismatch']);
    expect(passphraseProblems('a b c d e', 'a b c d e', strong)).toEqual([]);
  });
});
