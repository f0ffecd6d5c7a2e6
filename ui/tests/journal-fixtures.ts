// Data of the decision journal, the exercises with a heat map and the pathway cards, and a
// mocked back end for them (on top of tests/backend.ts).
import type { InvokeArgs } from '@tauri-apps/api/core';
import type {
  AnswerRecord,
  ContentLibrary,
  Exercise,
  JournalEntry,
  JournalInput,
  MatrixCell,
  PathwayCard,
} from '../src/ipc/worksheet-types';
import type { MatrixField } from '../src/lib/charts/heatmap';
import { backend, type Handler } from './backend';

export function entry(sessionId: number, startedAt: string, fields: Partial<JournalEntry> & Pick<JournalEntry, 'pathway'>): JournalEntry {
  return { sessionId, startedAt, possible: null, wanted: null, why: '', savedAt: startedAt, ...fields };
}

export const S11 = '2025-02-03T09:30:00Z';
export const S12 = '2025-03-03T10:00:00Z';
export const S13 = '2025-04-07T10:00:00Z';

export const ARABIC_WHY = 'بلد آخر، ربما';

/**
 * Three sessions, oldest first. Legalise: possible 6 → 4 → 3, wanted 9 → (not said) → 8.
 * Onward only in session 12. Return in all three. Undocumented never.
 */
export function journal(): JournalEntry[] {
  return [
    entry(11, S11, { pathway: 'legalise', possible: 6, wanted: 9, why: 'My children are at school here' }),
    entry(11, S11, { pathway: 'return', possible: 3, wanted: 1 }),
    entry(12, S12, { pathway: 'legalise', possible: 4, wanted: null }),
    entry(12, S12, { pathway: 'onward', possible: 2, wanted: 5, why: ARABIC_WHY }),
    entry(12, S12, { pathway: 'return', possible: 5, wanted: 2, why: 'Mother is ill' }),
    entry(13, S13, { pathway: 'legalise', possible: 3, wanted: 8 }),
    entry(13, S13, { pathway: 'return', possible: 6, wanted: 3 }),
  ];
}

const item = (prefix: string, id: string) => ({ id, labelId: `${prefix}-${id}` });

/** The heat-map field of basic-needs.toml, as the back end describes it. */
export function needsField(): MatrixField {
  return {
    id: 'by-pathway',
    kind: 'matrix',
    labelId: 'ex-basic-needs-by-pathway',
    helpId: 'ex-basic-needs-by-pathway-help',
    rows: ['safety', 'living', 'people', 'health', 'self', 'school'].map((id) => item('need', id)),
    columns: [
      item('ex-basic-needs-by-pathway', 'today'),
      ...['legalise', 'onward', 'return', 'undocumented'].map((id) => item('ex-basic-needs-by-pathway', id)),
    ],
    cells: 'scale',
    lowId: 'ex-basic-needs-by-pathway-low',
    highId: 'ex-basic-needs-by-pathway-high',
    chart: 'heatmap',
  };
}

/** A small field for exact coordinates: two rows, three columns. */
export function smallField(): MatrixField {
  return {
    ...needsField(),
    id: 'small',
    rows: [item('need', 'safety'), item('need', 'living')],
    columns: [item('col', 'today'), item('col', 'legalise'), item('col', 'return')],
  };
}

function exercise(id: string, order: number, fields: Exercise['fields']): Exercise {
  return {
    id,
    order,
    titleId: `ex-${id}-title`,
    summaryId: `ex-${id}-summary`,
    introId: `ex-${id}-intro`,
    visibility: 'always',
    guide: { aimId: `ex-${id}-guide-aim`, introduceId: `ex-${id}-guide-introduce`, avoidId: `ex-${id}-guide-avoid`, groupId: null },
    fields,
  };
}

export function section(card: string, track: 'overview' | 'details', id: string) {
  return { id, headingId: `card-section-${id}`, bodyId: `card-${card}-${track}-${id}` };
}

export function card(id: PathwayCard['pathway'], order: number, overrides: Partial<PathwayCard> = {}): PathwayCard {
  return {
    id,
    pathway: id,
    order,
    titleId: `card-${id}-title`,
    summaryId: `card-${id}-summary`,
    checkedOn: '2025-06-30',
    outdated: false,
    sources: [{ labelId: 'source-kuleuven-2016', year: 2016 }],
    overview: ['what', 'rights', 'advice'].map((s) => section(id, 'overview', s)),
    details: ['support', 'conditions', 'advice'].map((s) => section(id, 'details', s)),
    ...overrides,
  };
}

/** The four cards, given out of order. */
export function cards(): PathwayCard[] {
  return [
    card('return', 30, {
      checkedOn: '2016-03-31',
      outdated: true,
      sources: [
        { labelId: 'source-kuleuven-2016', year: 2016 },
        { labelId: 'source-fedasil-2015', year: 2015 },
      ],
    }),
    card('legalise', 10),
    card('undocumented', 40),
    card('onward', 20),
  ];
}

export function library(): ContentLibrary {
  return {
    plans: [],
    exercises: [
      exercise('four-pathways', 30, [
        { id: 'thoughts', kind: 'long_text', labelId: 'ex-four-pathways-thoughts', helpId: null, maxChars: 20000 },
        // A scale matrix without a chart: no heat map.
        { ...needsField(), id: 'feeling', labelId: 'ex-four-pathways-feeling', chart: null },
      ]),
      exercise('basic-needs', 20, [
        { id: 'today', kind: 'long_text', labelId: 'ex-basic-needs-today', helpId: null, maxChars: 20000 },
        needsField(),
      ]),
    ],
    cards: cards(),
    problems: [],
  };
}

export const cell = (row: string, column: string, value: string | number): MatrixCell => ({ row, column, value });

/** Two sessions answered the heat-map field; the newer one must win. */
export function needsAnswers(): AnswerRecord[] {
  const record = (sessionId: number, startedAt: string, field: string, value: MatrixCell[]): AnswerRecord => ({
    sessionId,
    startedAt,
    exercise: 'basic-needs',
    field,
    answer: { kind: 'matrix', value },
    savedAt: startedAt,
  });
  return [
    record(11, S11, 'by-pathway', [cell('safety', 'today', 1), cell('safety', 'return', 1)]),
    { sessionId: 11, startedAt: S11, exercise: 'basic-needs', field: 'today', answer: { kind: 'text', value: 'Old text' }, savedAt: S11 },
    record(12, S12, 'by-pathway', [cell('safety', 'today', 2), cell('safety', 'legalise', 9), cell('health', 'return', 10)]),
  ];
}

type A = Record<string, unknown>;

/** The mocked back end with the journal commands; `saved` collects what save_journal_entry got. */
export function journalBackend(extra: Record<string, Handler> = {}) {
  const entries = journal();
  const handlers: Record<string, (args: A) => unknown> = {
    decision_journal: () => entries,
    content_library: () => library(),
    exercise_answers: (args) => (args.exercise === 'basic-needs' ? needsAnswers() : []),
    save_journal_entry: (args) => {
      const input = args.entry as JournalInput;
      return { ...input, sessionId: args.sessionId as number, startedAt: S13, savedAt: S13 } satisfies JournalEntry;
    },
  };
  const overrides: Record<string, Handler> = {};
  for (const [cmd, handler] of Object.entries(handlers)) {
    overrides[cmd] = (_cmd: string, args: InvokeArgs | undefined) => handler((args ?? {}) as A);
  }
  return { overrides: { ...overrides, ...extra }, calls: backend({ ...overrides, ...extra }) };
}

/** The handlers only, to add to another mocked back end (e.g. clientsBackend's). */
export function journalHandlers(): Record<string, Handler> {
  return {
    decision_journal: () => journal(),
    content_library: () => library(),
    exercise_answers: (_cmd, args) => ((args as A | undefined)?.exercise === 'basic-needs' ? needsAnswers() : []),
    save_journal_entry: (_cmd, args) => ({ ...((args as A).entry as JournalInput), sessionId: (args as A).sessionId, startedAt: S13, savedAt: S13 }),
  };
}
