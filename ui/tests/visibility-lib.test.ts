// Who may meet an exercise, and where (the back end's rule, src-tauri/core/src/content/visibility.rs,
// mirrored), and the decision that holds in a session: the latest one recorded up to it.
import { describe, expect, it } from 'vitest';
import type { Decision } from '../src/ipc/types';
import type { Visibility } from '../src/ipc/worksheet-types';
import {
  decisionAsOf,
  everShared,
  inCourse,
  offered,
  returnChosenAsOf,
  withSession,
  type DecidedSession,
  type Setting,
} from '../src/lib/visibility';

const ONE_TO_ONE: Setting = { shared: false, wholeGroup: false, returnChosen: false };
const ALL: Visibility[] = ['always', 'when_raised', 'after_return_chosen', 'counsellor_only'];

/** Every setting: shared or not, whole group or not, return chosen or not. */
const SETTINGS: Setting[] = [false, true].flatMap((shared) =>
  [false, true].flatMap((wholeGroup) => [false, true].map((returnChosen) => ({ shared, wholeGroup, returnChosen }))),
);

describe('offered', () => {
  it('the reintegration plan waits for the person’s own choice of return, and never goes to a whole group', () => {
    const v = 'after_return_chosen';
    expect(offered(v, ONE_TO_ONE)).toBe(false);
    const chosen = { ...ONE_TO_ONE, returnChosen: true };
    expect(offered(v, chosen)).toBe(true);
    expect(offered(v, { ...chosen, shared: true })).toBe(true);
    expect(offered(v, { ...chosen, wholeGroup: true })).toBe(false);
  });

  it('the counsellor’s own sheets are offered one to one only, never where anyone else can see them', () => {
    for (const setting of SETTINGS) {
      expect(offered('counsellor_only', setting), JSON.stringify(setting)).toBe(!setting.shared && !setting.wholeGroup);
    }
  });

  it('the older values keep their meaning', () => {
    for (const setting of SETTINGS) {
      expect(offered('always', setting)).toBe(true);
      expect(offered('when_raised', setting)).toBe(!setting.wholeGroup);
    }
  });

  it('everShared leaves out only the counsellor’s own sheets', () => {
    expect(ALL.filter(everShared)).toEqual(['always', 'when_raised', 'after_return_chosen']);
  });
});

describe('inCourse', () => {
  it('a whole-group block takes only what is for everyone; paper alone also what some raised or chose; no block the counsellor’s own', () => {
    expect(ALL.filter((v) => inCourse(v, true))).toEqual(['always']);
    expect(ALL.filter((v) => inCourse(v, false))).toEqual(['always', 'when_raised', 'after_return_chosen']);
  });
});

describe('the decision that holds in a session', () => {
  const session = (id: number, startedAt: string, decision: Decision | null, clientId = 1): DecidedSession => ({
    id,
    clientId,
    startedAt,
    decision,
  });

  const MARCH = session(1, '2025-03-03T10:00', null);
  const APRIL = session(2, '2025-04-07T10:00', 'return');
  const MAY = session(3, '2025-05-05T10:00', null);

  it('is the latest one recorded up to it, not one recorded later', () => {
    const sessions = [MAY, APRIL, MARCH];
    expect(decisionAsOf(sessions, MARCH.id)).toBeNull();
    expect(decisionAsOf(sessions, APRIL.id)).toBe('return');
    expect(decisionAsOf(sessions, MAY.id)).toBe('return');
    expect(returnChosenAsOf(sessions, MARCH.id)).toBe(false);
    expect(returnChosenAsOf(sessions, MAY.id)).toBe(true);
  });

  it('a later “open” (weighing again) undoes an earlier choice, from then on only', () => {
    const sessions = [{ ...MAY, decision: 'open' as const }, APRIL, MARCH];
    expect(decisionAsOf(sessions, MAY.id)).toBe('open');
    expect(returnChosenAsOf(sessions, MAY.id)).toBe(false);
    expect(returnChosenAsOf(sessions, APRIL.id)).toBe(true);
    // Then return again.
    const again = [session(4, '2025-06-02T10:00', 'return'), ...sessions];
    expect(returnChosenAsOf(again, 4)).toBe(true);
  });

  it('orders by start, not by the order of the list or the ids; the same start by id', () => {
    const late = session(9, '2025-02-01T09:00', 'onward');
    const sessions = [MARCH, late, APRIL];
    expect(decisionAsOf(sessions, MARCH.id)).toBe('onward');
    // Two sessions starting at the same minute: the later-created one comes after.
    const first = session(20, '2025-07-01T10:00', 'return');
    const second = session(21, '2025-07-01T10:00', 'legalise');
    expect(decisionAsOf([second, first], 20)).toBe('return');
    expect(decisionAsOf([first, second], 21)).toBe('legalise');
  });

  it('never takes another person’s decision, and knows none for a session it does not have', () => {
    const other = session(50, '2025-03-01T10:00', 'return', 2);
    expect(decisionAsOf([other, MARCH], MARCH.id)).toBeNull();
    expect(decisionAsOf([APRIL], 999)).toBeNull();
    expect(decisionAsOf([], 1)).toBeNull();
  });

  it('withSession puts a session’s new state in place, or adds a new one, newest first', () => {
    const sessions = [MAY, APRIL, MARCH];
    expect(withSession(sessions, { ...MARCH, decision: 'return' })).toEqual([MAY, APRIL, { ...MARCH, decision: 'return' }]);
    const created = session(7, '2025-06-01T10:00', null);
    expect(withSession(sessions, created).map((s) => s.id)).toEqual([7, 3, 2, 1]);
    // A session moved to another date takes its place by it.
    expect(withSession(sessions, { ...MAY, startedAt: '2025-01-01T10:00' }).map((s) => s.id)).toEqual([2, 1, 3]);
  });
});
