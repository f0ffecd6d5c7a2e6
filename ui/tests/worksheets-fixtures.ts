// Exercises for the worksheet tests: one hand-made exercise with a field of
// every kind (and its texts in English, French and Arabic), the shipped content
// exactly as the back end sends it (ui/src/ipc/generated/library.json, written
// from the Rust content library by `make gen`), answer records, and catalogues
// for the person's language.
import type { InvokeArgs } from '@tauri-apps/api/core';
import { render } from '@testing-library/svelte';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import LIBRARY_JSON from '../src/ipc/generated/library.json?raw';
import type { Catalogue, ErrorPayload } from '../src/ipc/types';
import type {
  Answer,
  AnswerRecord,
  ContentItem,
  ContentLibrary,
  Exercise,
  Field,
} from '../src/ipc/worksheet-types';
import ExerciseView from '../src/screens/worksheets/ExerciseView.svelte';
import { backend, failure, type Call, type Handler } from './backend';
import { catalogue, FTL_FILES, type TestLocale } from './fixtures';

// ---- The hand-made exercise --------------------------------------------------

const items = (prefix: string, ids: readonly string[]): ContentItem[] =>
  ids.map((id) => ({ id, labelId: `${prefix}-${id}` }));

function exercise(id: string, order: number, fields: Field[]): Exercise {
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

const E = 'test-all';
const base = (field: string, help = false) => ({
  id: field,
  labelId: `ex-${E}-${field}`,
  helpId: help ? `ex-${E}-${field}-help` : null,
});

/** One field of every kind (and both choice styles, both matrix cell kinds). */
export const ALL_KINDS: Exercise = exercise(E, 5, [
  { ...base('story', true), kind: 'long_text', maxChars: 20000 },
  { ...base('place'), kind: 'short_text', maxChars: 40 },
  { ...base('stage'), kind: 'choice', style: 'curve', options: items(`ex-${E}-stage`, ['shock', 'denial', 'anger', 'sadness', 'acceptance']) },
  { ...base('pick'), kind: 'choice', style: 'buttons', options: items(`ex-${E}-pick`, ['yes', 'no', 'later']) },
  { ...base('needs'), kind: 'checklist', options: items(`ex-${E}-needs`, ['safety', 'living', 'people']) },
  { ...base('mood'), kind: 'scale', lowId: `ex-${E}-mood-low`, highId: `ex-${E}-mood-high` },
  { ...base('steps'), kind: 'list', maxItems: 3, ordered: true },
  { ...base('questions'), kind: 'list', maxItems: 20, ordered: false },
  {
    ...base('grid'),
    kind: 'matrix',
    rows: items(`ex-${E}-grid`, ['safety', 'living']),
    columns: items(`ex-${E}-grid`, ['today', 'return']),
    cells: 'scale',
    lowId: `ex-${E}-grid-low`,
    highId: `ex-${E}-grid-high`,
    chart: 'heatmap',
  },
  {
    ...base('side'),
    kind: 'matrix',
    rows: items(`ex-${E}-side`, ['know', 'risks']),
    columns: items(`ex-${E}-side`, ['legalise', 'return']),
    cells: 'text',
    lowId: null,
    highId: null,
    chart: null,
  },
  { ...base('life', true), kind: 'timeline', tags: items(`ex-${E}-life`, ['strength', 'hard']), maxItems: 40 },
  { ...base('album'), kind: 'photos', maxItems: 12 },
]);

export const field = (id: string): Field => {
  const found = ALL_KINDS.fields.find((f) => f.id === id);
  if (!found) throw new Error(`no field ${id}`);
  return found;
};

/** The texts of ALL_KINDS, in the person's languages. */
const TEXTS: Record<'en' | 'fr' | 'ar', Record<string, string>> = {
  en: {
    title: 'Everything at once',
    summary: 'A field of every kind.',
    intro: 'You can answer any question, or none.',
    'guide-aim': 'Aim of the test exercise.',
    'guide-introduce': 'Introduce it gently.',
    'guide-avoid': 'Not in a crisis.',
    story: 'What is your story?',
    'story-help': 'A few words are enough.',
    place: 'Where do you live now?',
    stage: 'Where are you on the curve?',
    'stage-shock': 'Shock',
    'stage-denial': 'Denial',
    'stage-anger': 'Anger',
    'stage-sadness': 'Sadness',
    'stage-acceptance': 'Acceptance',
    pick: 'Do you want to talk about it?',
    'pick-yes': 'Yes',
    'pick-no': 'No',
    'pick-later': 'Later',
    needs: 'Which needs matter?',
    'needs-safety': 'Safety',
    'needs-living': 'A living',
    'needs-people': 'People',
    mood: 'How hopeful do you feel?',
    'mood-low': 'Not at all',
    'mood-high': 'Very',
    steps: 'Your next three steps, in order',
    questions: 'Your questions',
    grid: 'How well is each need met?',
    'grid-low': 'Not met',
    'grid-high': 'Fully met',
    'grid-safety': 'Safety',
    'grid-living': 'A living',
    'grid-today': 'Today',
    'grid-return': 'Return',
    side: 'What do you know?',
    'side-know': 'What I know',
    'side-risks': 'Risks',
    'side-legalise': 'Legalise',
    'side-return': 'Return',
    life: 'Your lifeline',
    'life-help': 'From birth until now.',
    'life-strength': 'Strength',
    'life-hard': 'Hard',
    album: 'Photos that matter',
  },
  fr: {
    title: 'Tout à la fois',
    summary: 'Un champ de chaque sorte.',
    intro: 'Vous pouvez répondre à chaque question, ou à aucune.',
    story: 'Quelle est votre histoire ?',
    'story-help': 'Quelques mots suffisent.',
    place: 'Où habitez-vous maintenant ?',
    stage: 'Où en êtes-vous sur la courbe ?',
    'stage-shock': 'Choc',
    'stage-denial': 'Déni',
    'stage-anger': 'Colère',
    'stage-sadness': 'Tristesse',
    'stage-acceptance': 'Acceptation',
    pick: 'Voulez-vous en parler ?',
    'pick-yes': 'Oui',
    'pick-no': 'Non',
    'pick-later': 'Plus tard',
    needs: 'Quels besoins comptent ?',
    'needs-safety': 'La sécurité',
    'needs-living': 'Un revenu',
    'needs-people': 'Les proches',
    mood: 'Quel espoir ressentez-vous ?',
    'mood-low': 'Pas du tout',
    'mood-high': 'Beaucoup',
    steps: 'Vos trois prochaines étapes, dans l’ordre',
    questions: 'Vos questions',
    grid: 'Chaque besoin est-il rempli ?',
    life: 'Votre ligne du temps',
    album: 'Des photos qui comptent',
  },
  ar: {
    title: 'كل شيء معًا',
    intro: 'يمكنك الإجابة عن أي سؤال، أو لا شيء.',
    story: 'ما هي قصتك؟',
    mood: 'ما مدى شعورك بالأمل؟',
  },
};

/** The FTL of ALL_KINDS in `locale` (empty for a language without texts). */
export function testFtl(locale: string): string {
  const texts = TEXTS[locale as keyof typeof TEXTS] ?? {};
  return Object.entries(texts)
    .map(([key, text]) => `ex-${E}-${key} = ${text}`)
    .join('\n');
}

/**
 * The catalogue `content_catalogue` answers for `locale`: the app's real
 * catalogue (every FTL file) with the test exercise's texts added.
 */
export function contentCatalogueOf(locale: string): Catalogue {
  const real = catalogue(locale as TestLocale);
  return { ...real, chain: real.chain.map((entry) => ({ ...entry, ftl: `${entry.ftl}\n${testFtl(entry.locale)}\n` })) };
}

// ---- The shipped content (ui/src/ipc/generated/library.json) ----------------

/**
 * The shipped content library as `content_library` sends it (on 2026-01-01): the real exercises,
 * pathway cards and course plans, sorted by their order.
 */
export const SHIPPED_LIBRARY: ContentLibrary = JSON.parse(LIBRARY_JSON) as ContentLibrary;

/** Every shipped exercise, in their order. */
export const SHIPPED: Exercise[] = SHIPPED_LIBRARY.exercises;

/** Whether the shipped exercise texts exist yet in `locale` (they are written in parallel). */
export const hasShippedTexts = (locale: TestLocale): boolean => 'exercises.ftl' in FTL_FILES[locale];

// ---- Answers ------------------------------------------------------------------

export function record(sessionId: number, startedAt: string, fieldId: string, answer: Answer, exerciseId = E): AnswerRecord {
  return { sessionId, startedAt, exercise: exerciseId, field: fieldId, answer, savedAt: startedAt };
}

export function library(exercises: Exercise[] = [ALL_KINDS], problems: ErrorPayload[] = []): ContentLibrary {
  return { exercises, plans: [], cards: [], problems };
}

export interface SavedArgs {
  sessionId: number;
  exercise: string;
  field: string;
  answer: Answer;
}

export const saves = (calls: Call[]) => calls.filter((c) => c.cmd === 'save_answer').map((c) => c.args as unknown as SavedArgs);

/** Handlers for the worksheet commands: answers held in `records`, saves appended to it. */
export function worksheetHandlers(records: AnswerRecord[] = [], options: { failSaves?: () => boolean } = {}): Record<string, Handler> {
  const a = (args: InvokeArgs | undefined) => (args ?? {}) as Record<string, unknown>;
  return {
    content_catalogue: (_cmd, args) => contentCatalogueOf(a(args).locale as string),
    exercise_answers: (_cmd, args) => records.filter((r) => r.exercise === a(args).exercise),
    save_answer: (_cmd, args) => {
      if (options.failSaves?.()) failure('error-vault-io');
      const { sessionId, exercise: ex, field: f, answer } = a(args) as unknown as SavedArgs;
      const saved = record(sessionId, '2025-03-10T10:00:00Z', f, answer, ex);
      return saved;
    },
  };
}

export interface ViewOptions {
  exercise?: Exercise;
  records?: AnswerRecord[];
  sessionId?: number;
  personLocale?: string | null;
  uiLocale?: TestLocale;
  failSaves?: () => boolean;
  extra?: Record<string, Handler>;
}

/**
 * Renders ExerciseView alone on a mocked back end, with the UI in `uiLocale`
 * (English); the UI's catalogue has the test exercise's texts too, as the back
 * end's has every exercise's.
 */
export function renderView(options: ViewOptions = {}) {
  applyCatalogue(contentCatalogueOf(options.uiLocale ?? 'en'));
  const calls = backend({ ...worksheetHandlers(options.records ?? [], { failSaves: options.failSaves }), ...options.extra });
  let closed = 0;
  const result = render(ExerciseView, {
    props: {
      exercise: options.exercise ?? ALL_KINDS,
      clientId: 1,
      sessionId: options.sessionId ?? 30,
      personLocale: options.personLocale ?? null,
      onclose: () => {
        closed++;
      },
    },
  });
  return { calls, result, closed: () => closed };
}
