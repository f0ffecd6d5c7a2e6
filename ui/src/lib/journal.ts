// The decision journal's small rules, pure so they can be tested alone: which entry is "last
// time", the latest answer of a matrix field, and the dates of sessions.
import type { Pathway } from '../ipc/types';
import type { AnswerRecord, JournalEntry, MatrixCell } from '../ipc/worksheet-types';
import { parseDate, parseDateTime } from './dates';

/** The longest "word of why" the back end accepts (characters). */
export { MAX_WHY_CHARS as JOURNAL_WHY_MAX_CHARS } from '../ipc/generated/limits';

/** The two questions of each pathway, and their message ids. */
export const JOURNAL_SCALES = ['possible', 'wanted'] as const;
export type JournalScale = (typeof JOURNAL_SCALES)[number];

export const JOURNAL_SCALE_IDS: Record<JournalScale, { question: string; low: string; high: string; last: string }> = {
  possible: {
    question: 'journal-possible-question',
    low: 'journal-possible-low',
    high: 'journal-possible-high',
    last: 'journal-last-possible',
  },
  wanted: {
    question: 'journal-wanted-question',
    low: 'journal-wanted-low',
    high: 'journal-wanted-high',
    last: 'journal-last-wanted',
  },
};

/** 0, 1, …, 10. */
export const SCALE_STEPS: readonly number[] = Array.from({ length: 11 }, (_, n) => n);

/**
 * The Date of a session start: UTC `YYYY-MM-DDTHH:MM:SSZ` (or with an offset), local
 * `YYYY-MM-DDTHH:MM`, or a plain `YYYY-MM-DD`; null when it is none of those.
 */
export function sessionDate(startedAt: string): Date | null {
  if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(startedAt)) {
    const date = new Date(startedAt);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return parseDateTime(startedAt) ?? parseDate(startedAt.slice(0, 10));
}

/** A session's date for reading ("3 Mar 2025"); the raw text if it is not a date. */
export function formatSessionDate(startedAt: string, locale: string): string {
  const date = sessionDate(startedAt);
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date) : startedAt;
}

/**
 * A short formatter for the chart's date labels: day and month, with a two-digit year when
 * the sessions fall in more than one year.
 */
export function shortDateFormatter(startedAts: readonly string[], locale: string): (startedAt: string) => string {
  const years = new Set(startedAts.map((s) => sessionDate(s)?.getFullYear()).filter((y) => y !== undefined));
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(years.size > 1 ? { year: '2-digit' as const } : {}),
  });
  return (startedAt) => {
    const date = sessionDate(startedAt);
    return date ? format.format(date) : startedAt;
  };
}

/** This session's entries, by pathway. */
export function entriesOfSession(entries: readonly JournalEntry[], sessionId: number): Partial<Record<Pathway, JournalEntry>> {
  const found: Partial<Record<Pathway, JournalEntry>> = {};
  for (const entry of entries) if (entry.sessionId === sessionId) found[entry.pathway] = entry;
  return found;
}

/**
 * What the person said last time about each pathway: the newest entry of another session that
 * came before this one. Entries are oldest session first; when this session has entries, only
 * the sessions before its first entry count.
 */
export function lastTime(entries: readonly JournalEntry[], sessionId: number): Partial<Record<Pathway, JournalEntry>> {
  const own = entries.findIndex((entry) => entry.sessionId === sessionId);
  const earlier = own === -1 ? entries : entries.slice(0, own);
  const found: Partial<Record<Pathway, JournalEntry>> = {};
  for (const entry of earlier) if (entry.sessionId !== sessionId) found[entry.pathway] = entry;
  return found;
}

/** The latest matrix answer of `field` (records oldest session first: the last one wins). */
export function latestMatrix(records: readonly AnswerRecord[], field: string): { record: AnswerRecord; cells: MatrixCell[] } | null {
  for (let i = records.length - 1; i >= 0; i--) {
    const record = records[i];
    if (record && record.field === field && record.answer.kind === 'matrix') {
      return { record, cells: record.answer.value };
    }
  }
  return null;
}

export interface WhyWords {
  sessionId: number;
  startedAt: string;
  words: { pathway: Pathway; why: string }[];
}

/** The words of why, per session in time order, pathways in their usual order. */
export function whyWords(entries: readonly JournalEntry[], pathways: readonly Pathway[]): WhyWords[] {
  const sessions: WhyWords[] = [];
  const bySession = new Map<number, WhyWords>();
  for (const entry of entries) {
    if (entry.why.trim() === '') continue;
    let session = bySession.get(entry.sessionId);
    if (!session) {
      session = { sessionId: entry.sessionId, startedAt: entry.startedAt, words: [] };
      bySession.set(entry.sessionId, session);
      sessions.push(session);
    }
    session.words.push({ pathway: entry.pathway, why: entry.why });
  }
  for (const session of sessions) {
    session.words.sort((a, b) => pathways.indexOf(a.pathway) - pathways.indexOf(b.pathway));
  }
  return sessions;
}

/** Formats a message: `i18n.t`, or a translator of the person's language. */
export type Translate = (id: string, args?: Record<string, string | number>) => string;
