// Who may meet an exercise, and where: the same rule as the back end's
// (src-tauri/core/src/content/visibility.rs, `Visibility::offered` and `in_course`), asked by
// every screen that lists exercises, and the decision that holds in a session. Pure: no Svelte.
import type { Decision, Session } from '../ipc/types';
import type { Visibility } from '../ipc/worksheet-types';

/** Where an exercise would be shown. */
export interface Setting {
  /**
   * A screen or paper the person or a group can see: presentation-safe mode, the second screen,
   * the wall, a booklet, a print.
   */
  shared: boolean;
  /** Done together by a whole group. */
  wholeGroup: boolean;
  /** The latest decision recorded for the person, up to this session, is return. */
  returnChosen: boolean;
}

/**
 * Whether an exercise of `visibility` may be offered in `setting`. `when_raised` is offered to one
 * person (the counsellor judges whether the subject was raised); `after_return_chosen` once the
 * person chose return; `counsellor_only` never where anyone else can see it.
 */
export function offered(visibility: Visibility, setting: Setting): boolean {
  switch (visibility) {
    case 'always':
      return true;
    case 'when_raised':
      return !setting.wholeGroup;
    case 'after_return_chosen':
      return !setting.wholeGroup && setting.returnChosen;
    case 'counsellor_only':
      return !setting.shared && !setting.wholeGroup;
  }
}

/** May a course block done by the whole group (`wholeGroup`), or by each person alone on paper, use it? */
export function inCourse(visibility: Visibility, wholeGroup: boolean): boolean {
  switch (visibility) {
    case 'always':
      return true;
    case 'when_raised':
    case 'after_return_chosen':
      return !wholeGroup;
    case 'counsellor_only':
      return false;
  }
}

/**
 * Whether an exercise of `visibility` may ever reach a shared screen, the wall, a booklet or
 * paper: every one but the counsellor's own (one-to-one, with the person's choice made).
 */
export function everShared(visibility: Visibility): boolean {
  return offered(visibility, { shared: true, wholeGroup: false, returnChosen: true });
}

/** What `decisionAsOf` needs of a session. */
export type DecidedSession = Pick<Session, 'id' | 'clientId' | 'startedAt' | 'decision'>;

/** Whether session `a` comes before `b` or is `b`: by start, then by id (as the back end orders them). */
const upTo = (a: DecidedSession, b: DecidedSession): boolean =>
  a.startedAt < b.startedAt || (a.startedAt === b.startedAt && a.id <= b.id);

/**
 * The decision that holds in session `sessionId`: the one recorded in it or, failing that, in the
 * latest earlier session of the same person (by start, then by id). A later "open" (weighing
 * again) undoes an earlier choice. Null when none was recorded, or the session is not in the list.
 */
export function decisionAsOf(sessions: readonly DecidedSession[], sessionId: number): Decision | null {
  const here = sessions.find((s) => s.id === sessionId);
  if (!here) return null;
  let latest: DecidedSession | null = null;
  for (const s of sessions) {
    if (s.clientId !== here.clientId || s.decision === null || !upTo(s, here)) continue;
    if (latest === null || upTo(latest, s)) latest = s;
  }
  return latest?.decision ?? null;
}

/** Whether the person's own decision, as it holds in session `sessionId`, is return. */
export function returnChosenAsOf(sessions: readonly DecidedSession[], sessionId: number): boolean {
  return decisionAsOf(sessions, sessionId) === 'return';
}

/**
 * `sessions` with `session` in place of the one with its id, or added (a session just created),
 * newest first as the back end sends them (by start, then by id).
 */
export function withSession<S extends DecidedSession>(sessions: readonly S[], session: S): S[] {
  const others = sessions.filter((s) => s.id !== session.id);
  return [...others, session].sort((a, b) => (a.id === b.id ? 0 : upTo(a, b) ? 1 : -1));
}
