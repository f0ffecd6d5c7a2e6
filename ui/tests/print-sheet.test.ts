// A printed worksheet or card as blocks (lib/print-sheet.ts): every kind of field blank and
// answered, the card's facts, nothing of the counsellor's (guide, notes, session preparation).
import { describe, expect, it } from 'vitest';
import type { Answer, Exercise } from '../src/ipc/worksheet-types';
import { createTranslator } from '../src/lib/content-language';
import { cardColumn, fieldBody, printFileName, ROOM, worksheetColumn, type PrintBody } from '../src/lib/print-sheet';
import { message } from './fixtures';
import { card, exercise as shipped, translator } from './projector-fixtures';
import { ALL_KINDS, contentCatalogueOf, field } from './worksheets-fixtures';

const quiet = () => undefined;
const en = createTranslator(contentCatalogueOf('en'), quiet);
const fr = createTranslator(contentCatalogueOf('fr'), quiet);
const ar = createTranslator(contentCatalogueOf('ar'), quiet);

const ANSWERS = new Map<string, Answer>([
  ['story', { kind: 'text', value: '  I learnt to cook for forty people.  ' }],
  ['place', { kind: 'text', value: '   ' }],
  ['stage', { kind: 'choice', value: 'anger' }],
  ['needs', { kind: 'checklist', value: ['safety', 'people'] }],
  ['mood', { kind: 'scale', value: 7 }],
  ['steps', { kind: 'list', value: ['Call the lawyer', ' ', 'Learn Dutch'] }],
  ['grid', { kind: 'matrix', value: [{ row: 'living', column: 'return', value: 3 }] }],
  ['side', { kind: 'matrix', value: [{ row: 'risks', column: 'legalise', value: 'A long wait' }] }],
  ['life', { kind: 'timeline', value: [{ when: '2015', text: 'Left home', tag: 'hard' }, { when: '', text: '', tag: null }] }],
  ['album', { kind: 'photos', value: [3, 4] }],
  // A definition changed since: a scale answer to a text field is not printed.
  ['pick', { kind: 'scale', value: 2 }],
]);

const bodyOf = (column: ReturnType<typeof worksheetColumn>, id: string): PrintBody => {
  const block = column.blocks.find((b) => b.id === id);
  if (!block) throw new Error(`no block ${id}`);
  return block.body;
};

describe('a blank worksheet', () => {
  const column = worksheetColumn(ALL_KINDS, en);

  it('has the title, the intro and one block per question, in order, with its help', () => {
    expect(column).toMatchObject({ locale: 'en', dir: 'ltr', title: 'Everything at once', subtitle: null });
    expect(column.intro).toEqual(['You can answer any question, or none.']);
    expect(column.blocks.map((b) => b.id)).toEqual(ALL_KINDS.fields.map((f) => f.id));
    expect(column.blocks[0]).toMatchObject({ heading: 'What is your story?', help: 'A few words are enough.' });
    expect(column.blocks[1]?.help).toBeNull();
  });

  it('gives lines to write on, empty boxes, empty tables and frames for every kind of field', () => {
    expect(bodyOf(column, 'story')).toEqual({ kind: 'lines', count: ROOM.longText });
    expect(bodyOf(column, 'place')).toEqual({ kind: 'lines', count: ROOM.shortText });
    expect(bodyOf(column, 'stage')).toMatchObject({ kind: 'options', multiple: false });
    expect(bodyOf(column, 'needs')).toEqual({
      kind: 'options',
      multiple: true,
      options: [
        { id: 'safety', label: 'Safety', checked: false },
        { id: 'living', label: 'A living', checked: false },
        { id: 'people', label: 'People', checked: false },
      ],
    });
    expect(bodyOf(column, 'mood')).toEqual({ kind: 'scale', low: 'Not at all', high: 'Very', value: null });
    // A list of at most three gets three lines; a longer one the room of a sheet.
    expect(bodyOf(column, 'steps')).toEqual({ kind: 'list', ordered: true, items: [], empty: 3 });
    expect(bodyOf(column, 'questions')).toEqual({ kind: 'list', ordered: false, items: [], empty: ROOM.listLines });
    expect(bodyOf(column, 'grid')).toEqual({
      kind: 'matrix',
      columns: ['Today', 'Return'],
      rows: [
        { label: 'Safety', cells: [null, null] },
        { label: 'A living', cells: [null, null] },
      ],
      scale: { low: 'Not met', high: 'Fully met' },
    });
    expect(bodyOf(column, 'side')).toMatchObject({ kind: 'matrix', scale: null, columns: ['Legalise', 'Return'] });
    expect(bodyOf(column, 'life')).toEqual({
      kind: 'timeline',
      when: message('en', 'worksheet-timeline-when'),
      what: message('en', 'worksheet-timeline-what'),
      tag: message('en', 'worksheet-timeline-tag'),
      tags: ['Strength', 'Hard'],
      events: [],
      empty: ROOM.timelineRows,
    });
    expect(bodyOf(column, 'album')).toEqual({ kind: 'photos', photos: [], frames: ROOM.photoFrames });
  });

  it('holds nothing of the counsellor’s guide', () => {
    const all = JSON.stringify(column);
    for (const id of Object.values(ALL_KINDS.guide).filter((v): v is string => v !== null)) expect(all).not.toContain(en.t(id));
    expect(all).not.toContain('Aim of the test exercise.');
  });

  it('is in each language with its direction: French, and Arabic right to left', () => {
    expect(worksheetColumn(ALL_KINDS, fr)).toMatchObject({ locale: 'fr', dir: 'ltr', title: 'Tout à la fois' });
    const arabic = worksheetColumn(ALL_KINDS, ar);
    expect(arabic).toMatchObject({ locale: 'ar', dir: 'rtl', title: 'كل شيء معًا' });
    expect(arabic.blocks[0]?.heading).toBe('ما هي قصتك؟');
  });
});

describe('a worksheet with the person’s answers', () => {
  const column = worksheetColumn(ALL_KINDS, en, ANSWERS);

  it('shows every kind of answer, trimmed; what says nothing or no longer fits stays blank', () => {
    expect(bodyOf(column, 'story')).toEqual({ kind: 'text', text: 'I learnt to cook for forty people.' });
    expect(bodyOf(column, 'place')).toEqual({ kind: 'lines', count: ROOM.shortText });
    const stage = bodyOf(column, 'stage');
    expect(stage.kind === 'options' && stage.options.filter((o) => o.checked).map((o) => o.id)).toEqual(['anger']);
    const needs = bodyOf(column, 'needs');
    expect(needs.kind === 'options' && needs.options.map((o) => o.checked)).toEqual([true, false, true]);
    expect(bodyOf(column, 'mood')).toMatchObject({ kind: 'scale', value: 7 });
    expect(bodyOf(column, 'steps')).toEqual({ kind: 'list', ordered: true, items: ['Call the lawyer', 'Learn Dutch'], empty: 0 });
    expect(bodyOf(column, 'grid')).toMatchObject({ rows: [{ cells: [null, null] }, { cells: [null, '3'] }] });
    expect(bodyOf(column, 'side')).toMatchObject({ rows: [{ cells: [null, null] }, { cells: ['A long wait', null] }] });
    expect(bodyOf(column, 'life')).toMatchObject({ events: [{ when: '2015', text: 'Left home', tag: 'Hard' }], empty: 0 });
    expect(bodyOf(column, 'album')).toEqual({
      kind: 'photos',
      photos: [
        { id: 3, alt: message('en', 'worksheet-photos-photo', { n: 1 }) },
        { id: 4, alt: message('en', 'worksheet-photos-photo', { n: 2 }) },
      ],
      frames: 0,
    });
    expect(bodyOf(column, 'pick')).toMatchObject({ kind: 'options', options: [{ checked: false }, { checked: false }, { checked: false }] });
    expect(bodyOf(column, 'questions')).toMatchObject({ kind: 'list', items: [], empty: ROOM.listLines });
  });

  it('ticks the same options in another language', () => {
    const needs = bodyOf(worksheetColumn(ALL_KINDS, fr, ANSWERS), 'needs');
    expect(needs.kind === 'options' && needs.options.filter((o) => o.checked).map((o) => o.label)).toEqual(['La sécurité', 'Les proches']);
  });

  it('a field body alone: blank without an answer', () => {
    expect(fieldBody(field('mood'), en.t)).toMatchObject({ kind: 'scale', value: null });
    expect(fieldBody(field('mood'), en.t, { kind: 'scale', value: 0 })).toMatchObject({ kind: 'scale', value: 0 });
  });
});

describe('what is never printed', () => {
  it('refuses the counsellor’s own sheet (the session preparation), blank or answered', () => {
    const own: Exercise = shipped('session-preparation');
    expect(own.visibility).toBe('counsellor_only');
    expect(() => worksheetColumn(own, en)).toThrow(RangeError);
    expect(() => worksheetColumn(own, en, new Map([['remember', { kind: 'text', value: 'PRIVATE' }]]))).toThrow(RangeError);
    // Every other shipped exercise prints.
    expect(() => worksheetColumn(shipped('migration-project'), translator('ar'))).not.toThrow();
  });
});

describe('a printed pathway card', () => {
  const legalise = card('legalise');

  it('holds the open track, its sections, and the facts with the advice to confirm', () => {
    const column = cardColumn(legalise, 'overview', translator('en'));
    expect(column.title).toBe(message('en', legalise.titleId));
    expect(column.subtitle).toBe(message('en', 'pathcard-track-overview'));
    expect(column.intro.join('\n\n')).toBe(message('en', legalise.summaryId));
    expect(column.blocks.map((b) => b.id)).toEqual([...legalise.overview.map((s) => s.id), 'facts']);
    expect(column.blocks[0]?.heading).toBe(message('en', legalise.overview[0]?.headingId ?? ''));
    const facts = column.blocks.at(-1);
    expect(facts?.heading).toBeNull();
    const lines = facts?.body.kind === 'paragraphs' ? facts.body.paragraphs : [];
    expect(lines[0]).toContain(message('en', 'pathcard-outdated-label'));
    expect(lines).toContain(message('en', 'pathcard-checked', { date: 'Mar 31, 2016' }));
    expect(lines.at(-1)).toBe(message('en', 'pathcard-confirm'));
    const details = cardColumn(legalise, 'details', translator('ar'));
    expect(details).toMatchObject({ locale: 'ar', dir: 'rtl', subtitle: message('ar', 'pathcard-track-details') });
    expect(details.blocks.map((b) => b.id)).toEqual([...legalise.details.map((s) => s.id), 'facts']);
  });
});

it('suggests a file name the back end accepts, with the day and no name of anyone', () => {
  const day = new Date(2026, 2, 1, 10, 0);
  expect(printFileName('worksheet', day)).toBe('avenir-worksheet-2026-03-01.pdf');
  expect(printFileName('card', day)).toBe('avenir-card-2026-03-01.pdf');
});
