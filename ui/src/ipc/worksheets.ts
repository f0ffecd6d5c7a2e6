// Commands of the exercises, pathway cards and decision journal. All but contentLibrary and
// contentCatalogue need an unlocked vault.
import { call } from './call';
import type { Catalogue } from './types';
import type {
  Answer,
  AnswerRecord,
  ContentLibrary,
  ExerciseActivity,
  JournalEntry,
  JournalInput,
} from './worksheet-types';

/** Every usable exercise and card, and the problems of those that could not be used. */
export function contentLibrary(): Promise<ContentLibrary> {
  return call<ContentLibrary>('content_library');
}

/**
 * The catalogue of `locale` for content shown to the person, without changing the app's
 * language (the person's language may differ from the counsellor's).
 */
export function contentCatalogue(locale: string): Promise<Catalogue> {
  return call<Catalogue>('content_catalogue', { locale });
}

/** Every saved answer of `exercise` for the client, oldest session first. */
export function exerciseAnswers(clientId: number, exercise: string): Promise<AnswerRecord[]> {
  return call<AnswerRecord[]>('exercise_answers', { clientId, exercise });
}

/** Saves one field's answer in this session (replacing this session's earlier answer). */
export function saveAnswer(sessionId: number, exercise: string, field: string, answer: Answer): Promise<AnswerRecord> {
  return call<AnswerRecord>('save_answer', { sessionId, exercise, field, answer });
}

/** The exercises the client has worked on. */
export function exerciseActivity(clientId: number): Promise<ExerciseActivity[]> {
  return call<ExerciseActivity[]>('exercise_activity', { clientId });
}

/** Saves where the person places themselves on one pathway in this session. */
export function saveJournalEntry(sessionId: number, entry: JournalInput): Promise<JournalEntry> {
  return call<JournalEntry>('save_journal_entry', { sessionId, entry });
}

/** The client's decision journal, oldest session first. */
export function decisionJournal(clientId: number): Promise<JournalEntry[]> {
  return call<JournalEntry[]>('decision_journal', { clientId });
}
