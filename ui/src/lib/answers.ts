// Answers to the fields of an exercise: which one is current, their history,
// and small pure edits. No Svelte, no DOM.
import type { Answer, AnswerRecord, Field, MatrixCell, TimelineEvent } from '../ipc/worksheet-types';
import type { Translate } from './content-language';
import { formatDate, todayIso } from './dates';

export type AnswerKind = Answer['kind'];

/** The kind of answer a field gives (short and long text both give 'text'). */
export function answerKind(field: Field): AnswerKind {
  return field.kind === 'short_text' || field.kind === 'long_text' ? 'text' : field.kind;
}

/** The answer of a field nobody has answered yet. */
export function emptyAnswer(field: Field): Answer {
  switch (field.kind) {
    case 'short_text':
    case 'long_text':
      return { kind: 'text', value: '' };
    case 'choice':
      return { kind: 'choice', value: null };
    case 'scale':
      return { kind: 'scale', value: null };
    case 'checklist':
    case 'list':
      return { kind: field.kind, value: [] };
    case 'matrix':
      return { kind: 'matrix', value: [] };
    case 'timeline':
      return { kind: 'timeline', value: [] };
    case 'photos':
      return { kind: 'photos', value: [] };
  }
}

/** True when `answer` can be shown in `field` (a definition may have changed since). */
export function answerFits(field: Field, answer: Answer): boolean {
  return answer.kind === answerKind(field);
}

/** The answer says nothing (no text, no choice, no item…). */
export function isEmpty(answer: Answer): boolean {
  switch (answer.kind) {
    case 'text':
      return answer.value.trim() === '';
    case 'choice':
    case 'scale':
      return answer.value === null;
    case 'checklist':
    case 'list':
    case 'photos':
      return answer.value.length === 0;
    case 'matrix':
      return answer.value.every((cell) => typeof cell.value === 'string' && cell.value.trim() === '');
    case 'timeline':
      return answer.value.every((event) => isBlankEvent(event));
  }
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => same(item, b[i]));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return (
      same(ka, kb) && ka.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
    );
  }
  return false;
}

/** The two answers say the same thing. */
export function sameAnswer(a: Answer, b: Answer): boolean {
  return same(a, b);
}

/** The newest answer of each field (records come oldest session first: the last one wins). */
export function latestAnswers(records: readonly AnswerRecord[]): Map<string, AnswerRecord> {
  const latest = new Map<string, AnswerRecord>();
  for (const record of records) latest.set(record.field, record);
  return latest;
}

export interface HistoryEntry {
  sessionId: number;
  /** The session's start, as the back end sends it. */
  startedAt: string;
  answer: Answer;
}

/**
 * What a field's answer was in each session, oldest first. A session that gave
 * the same answer as the one before is left out: the list shows what changed when.
 */
export function historyOf(records: readonly AnswerRecord[], fieldId: string): HistoryEntry[] {
  // One answer per session (a later record of the same session replaces an earlier one)…
  const perSession: HistoryEntry[] = [];
  for (const record of records) {
    if (record.field !== fieldId) continue;
    const entry = { sessionId: record.sessionId, startedAt: record.startedAt, answer: record.answer };
    if (perSession.at(-1)?.sessionId === record.sessionId) perSession[perSession.length - 1] = entry;
    else perSession.push(entry);
  }
  // …and only when it changed.
  const history: HistoryEntry[] = [];
  for (const entry of perSession) {
    const before = history.at(-1);
    if (!before || !sameAnswer(before.answer, entry.answer)) history.push(entry);
  }
  return history;
}

/** The day a session started, for reading in `locale` (UTC times are shown as local dates). */
export function sessionDate(startedAt: string, locale: string): string {
  const moment = new Date(startedAt);
  if (Number.isNaN(moment.getTime())) return formatDate(startedAt.slice(0, 10), locale);
  return formatDate(todayIso(moment), locale);
}

/** One line of an answer for reading: an optional label (an option, a row…) and the text. */
export interface AnswerLine {
  label: string | null;
  text: string;
}

function labelOf(items: readonly { id: string; labelId: string }[], id: string, t: Translate): string {
  const item = items.find((candidate) => candidate.id === id);
  return item ? t(item.labelId) : id;
}

/** An answer as lines to read (history, summaries). Empty for an empty answer or photos. */
export function answerLines(field: Field, answer: Answer, t: Translate): AnswerLine[] {
  if (isEmpty(answer)) return [];
  switch (answer.kind) {
    case 'text':
      return [{ label: null, text: answer.value }];
    case 'choice':
      if (answer.value === null) return [];
      return [{ label: null, text: field.kind === 'choice' ? labelOf(field.options, answer.value, t) : answer.value }];
    case 'checklist':
      return answer.value.map((id) => ({ label: null, text: field.kind === 'checklist' ? labelOf(field.options, id, t) : id }));
    case 'scale':
      return answer.value === null ? [] : [{ label: null, text: String(answer.value) }];
    case 'list':
      return answer.value.map((text) => ({ label: null, text }));
    case 'matrix': {
      if (field.kind !== 'matrix') return answer.value.map((cell) => ({ label: `${cell.row} · ${cell.column}`, text: String(cell.value) }));
      return answer.value
        .filter((cell) => String(cell.value).trim() !== '')
        .map((cell) => ({
          label: `${labelOf(field.rows, cell.row, t)} · ${labelOf(field.columns, cell.column, t)}`,
          text: String(cell.value),
        }));
    }
    case 'timeline':
      return answer.value
        .filter((event) => !isBlankEvent(event))
        .map((event) => {
          const tag = event.tag !== null && field.kind === 'timeline' ? labelOf(field.tags, event.tag, t) : event.tag;
          return { label: [event.when, tag].filter((part) => part !== null && part.trim() !== '').join(' · ') || null, text: event.text };
        });
    case 'photos':
      return [];
  }
}

// ---- Edits -----------------------------------------------------------------

/** `items` with the item at `index` moved by `delta` places (unchanged at the ends). */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  const copy = [...items];
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return copy;
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

/** The items worth saving: trimmed of surrounding spaces, without empty ones. */
export function cleanList(items: readonly string[]): string[] {
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** An event with nothing in it yet. */
export function isBlankEvent(event: TimelineEvent): boolean {
  return event.when.trim() === '' && event.text.trim() === '' && event.tag === null;
}

/** The events worth saving: blank ones (just added) are left out. */
export function cleanTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.filter((event) => !isBlankEvent(event)).map(({ when, text, tag }) => ({ when, text, tag }));
}

/** The value of one matrix cell, or null when it is empty. */
export function cellValue(cells: readonly MatrixCell[], row: string, column: string): string | number | null {
  return cells.find((cell) => cell.row === row && cell.column === column)?.value ?? null;
}

/**
 * The cells of a matrix with one cell set (`null` or '' empties it), in the
 * order of the definition's rows then columns. Cells of rows or columns the
 * definition no longer has are kept, after the others.
 */
export function setCell(
  cells: readonly MatrixCell[],
  rows: readonly string[],
  columns: readonly string[],
  row: string,
  column: string,
  value: string | number | null,
): MatrixCell[] {
  const others = cells.filter((cell) => !(cell.row === row && cell.column === column));
  const next = value === null || value === '' ? others : [...others, { row, column, value }];
  const position = (cell: MatrixCell) => {
    const r = rows.indexOf(cell.row);
    const c = columns.indexOf(cell.column);
    return r < 0 || c < 0 ? Number.MAX_SAFE_INTEGER : r * columns.length + c;
  };
  return next.map((cell, i) => ({ cell, i })).sort((a, b) => position(a.cell) - position(b.cell) || a.i - b.i).map(({ cell }) => cell);
}
