// The pure helpers of the exercises: answers, the person's language, the curve, saving.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer, AnswerRecord } from '../src/ipc/worksheet-types';
import { AnswerSaver } from '../src/lib/answer-saver.svelte';
import {
  answerFits,
  answerLines,
  cellValue,
  cleanList,
  cleanTimeline,
  emptyAnswer,
  historyOf,
  isEmpty,
  latestAnswers,
  moveItem,
  sameAnswer,
  sessionDate,
  setCell,
} from '../src/lib/answers';
import { contentLanguages, createTranslator, initialContentLocale } from '../src/lib/content-language';
import { curveLevels, curvePath } from '../src/lib/curve';
import { catalogue, message } from './fixtures';
import { ALL_KINDS, contentCatalogueOf, field, record } from './worksheets-fixtures';

afterEach(() => {
  vi.useRealTimers();
});

const text = (value: string): Answer => ({ kind: 'text', value });

describe('answers', () => {
  it('gives every field kind its empty answer, of the kind the contract names', () => {
    const kinds = Object.fromEntries(ALL_KINDS.fields.map((f) => [f.id, emptyAnswer(f)]));
    expect(kinds).toEqual({
      story: { kind: 'text', value: '' },
      place: { kind: 'text', value: '' },
      stage: { kind: 'choice', value: null },
      pick: { kind: 'choice', value: null },
      needs: { kind: 'checklist', value: [] },
      mood: { kind: 'scale', value: null },
      steps: { kind: 'list', value: [] },
      questions: { kind: 'list', value: [] },
      grid: { kind: 'matrix', value: [] },
      side: { kind: 'matrix', value: [] },
      life: { kind: 'timeline', value: [] },
      album: { kind: 'photos', value: [] },
    });
    for (const f of ALL_KINDS.fields) {
      expect(isEmpty(emptyAnswer(f)), f.id).toBe(true);
      expect(answerFits(f, emptyAnswer(f)), f.id).toBe(true);
    }
    expect(answerFits(field('story'), { kind: 'scale', value: 3 })).toBe(false);
  });

  it('knows when an answer says nothing', () => {
    expect(isEmpty(text('   '))).toBe(true);
    expect(isEmpty(text('a'))).toBe(false);
    expect(isEmpty({ kind: 'scale', value: 0 })).toBe(false);
    expect(isEmpty({ kind: 'matrix', value: [{ row: 'a', column: 'b', value: 0 }] })).toBe(false);
    expect(isEmpty({ kind: 'matrix', value: [{ row: 'a', column: 'b', value: ' ' }] })).toBe(true);
    expect(isEmpty({ kind: 'timeline', value: [{ when: '', text: '', tag: null }] })).toBe(true);
    expect(isEmpty({ kind: 'timeline', value: [{ when: '2015', text: '', tag: null }] })).toBe(false);
  });

  it('the latest session wins', () => {
    const records: AnswerRecord[] = [
      record(11, '2025-02-03T09:30:00Z', 'story', text('first')),
      record(11, '2025-02-03T09:30:00Z', 'mood', { kind: 'scale', value: 2 }),
      record(12, '2025-03-03T10:00:00Z', 'story', text('second')),
    ];
    const latest = latestAnswers(records);
    expect(latest.get('story')?.answer).toEqual(text('second'));
    expect(latest.get('story')?.sessionId).toBe(12);
    expect(latest.get('mood')?.answer).toEqual({ kind: 'scale', value: 2 });
    expect(latest.has('place')).toBe(false);
  });

  it('history: per session, oldest first, without repeating an unchanged answer', () => {
    const records: AnswerRecord[] = [
      record(10, '2025-01-06T09:00:00Z', 'story', text('a')),
      record(11, '2025-02-03T09:00:00Z', 'story', text('a')),
      record(11, '2025-02-03T09:00:00Z', 'mood', { kind: 'scale', value: 4 }),
      record(12, '2025-03-03T09:00:00Z', 'story', text('b')),
      record(13, '2025-04-07T09:00:00Z', 'story', text('a')),
    ];
    expect(historyOf(records, 'story').map((e) => [e.sessionId, e.answer])).toEqual([
      [10, text('a')],
      [12, text('b')],
      [13, text('a')],
    ]);
    expect(historyOf(records, 'mood')).toHaveLength(1);
    expect(historyOf(records, 'place')).toEqual([]);
  });

  it('compares answers by what they say', () => {
    expect(sameAnswer({ kind: 'list', value: ['a', 'b'] }, { kind: 'list', value: ['a', 'b'] })).toBe(true);
    expect(sameAnswer({ kind: 'list', value: ['a', 'b'] }, { kind: 'list', value: ['b', 'a'] })).toBe(false);
    expect(
      sameAnswer(
        { kind: 'matrix', value: [{ row: 'r', column: 'c', value: 3 }] },
        { kind: 'matrix', value: [{ value: 3, column: 'c', row: 'r' }] },
      ),
    ).toBe(true);
    expect(sameAnswer({ kind: 'scale', value: 0 }, { kind: 'scale', value: null })).toBe(false);
  });

  it('reads a session start as a local date', () => {
    expect(sessionDate('2025-03-03T10:00:00Z', 'en')).toBe('Mar 3, 2025');
    expect(sessionDate('2025-03-03T10:00', 'fr')).toBe('3 mars 2025');
    expect(sessionDate('not a date', 'en')).toBe('not a date');
  });

  it('moves, cleans and sets items', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(cleanList([' a ', '', '  ', 'b'])).toEqual(['a', 'b']);
    expect(
      cleanTimeline([
        { when: '', text: '', tag: null },
        { when: '2010', text: 'Left', tag: 'hard' },
      ]),
    ).toEqual([{ when: '2010', text: 'Left', tag: 'hard' }]);
    const rows = ['r1', 'r2'];
    const columns = ['c1', 'c2'];
    let cells = setCell([], rows, columns, 'r2', 'c1', 5);
    cells = setCell(cells, rows, columns, 'r1', 'c2', 0);
    cells = setCell(cells, rows, columns, 'r1', 'c1', 'text');
    expect(cells).toEqual([
      { row: 'r1', column: 'c1', value: 'text' },
      { row: 'r1', column: 'c2', value: 0 },
      { row: 'r2', column: 'c1', value: 5 },
    ]);
    expect(cellValue(cells, 'r1', 'c2')).toBe(0);
    cells = setCell(cells, rows, columns, 'r1', 'c1', '');
    cells = setCell(cells, rows, columns, 'r1', 'c2', null);
    expect(cells).toEqual([{ row: 'r2', column: 'c1', value: 5 }]);
    // A cell of a row the definition no longer has is kept, last.
    expect(setCell([{ row: 'gone', column: 'c1', value: 1 }], rows, columns, 'r1', 'c1', 2)).toEqual([
      { row: 'r1', column: 'c1', value: 2 },
      { row: 'gone', column: 'c1', value: 1 },
    ]);
  });

  it('turns answers into lines to read, with the labels of options, rows and tags', () => {
    const t = createTranslator(contentCatalogueOf('en')).t;
    expect(answerLines(field('story'), text('My story'), t)).toEqual([{ label: null, text: 'My story' }]);
    expect(answerLines(field('pick'), { kind: 'choice', value: 'later' }, t)).toEqual([{ label: null, text: 'Later' }]);
    expect(answerLines(field('needs'), { kind: 'checklist', value: ['safety', 'people'] }, t).map((l) => l.text)).toEqual([
      'Safety',
      'People',
    ]);
    expect(answerLines(field('mood'), { kind: 'scale', value: 0 }, t)).toEqual([{ label: null, text: '0' }]);
    expect(answerLines(field('grid'), { kind: 'matrix', value: [{ row: 'living', column: 'return', value: 7 }] }, t)).toEqual([
      { label: 'A living · Return', text: '7' },
    ]);
    expect(
      answerLines(field('life'), { kind: 'timeline', value: [{ when: '2012', text: 'Arrived', tag: 'strength' }] }, t),
    ).toEqual([{ label: '2012 · Strength', text: 'Arrived' }]);
    expect(answerLines(field('mood'), { kind: 'scale', value: null }, t)).toEqual([]);
  });
});

describe('the person’s language', () => {
  it('translates with its own catalogue, whatever the UI language, falling back along the chain', () => {
    const fr = createTranslator(contentCatalogueOf('fr'));
    expect(fr.locale).toBe('fr');
    expect(fr.dir).toBe('ltr');
    expect(fr.t('ex-test-all-story')).toBe('Quelle est votre histoire ?');
    // Not in French: English.
    expect(fr.t('ex-test-all-side')).toBe('What do you know?');
    expect(fr.t('worksheet-close')).toBe(message('fr', 'worksheet-close'));
    const ar = createTranslator(contentCatalogueOf('ar'));
    expect(ar.dir).toBe('rtl');
    expect(ar.t('ex-test-all-mood')).toBe('ما مدى شعورك بالأمل؟');
    const warn = vi.fn();
    expect(createTranslator(catalogue('en'), warn).t('ex-nowhere-title')).toBe('ex-nowhere-title');
    expect(warn).toHaveBeenCalled();
  });

  it('offers every language, the counsellors’ first, marks drafts, and opens in the person’s when the app has it', () => {
    const list = [
      { locale: 'ru', name: 'Русский', complete: false, draft: true },
      { locale: 'en', name: 'English', complete: true, draft: false },
      { locale: 'es', name: 'Español', complete: false, draft: false },
      { locale: 'nl', name: 'Nederlands', complete: true, draft: false },
    ];
    expect(contentLanguages(list)).toEqual([
      { locale: 'en', name: 'English', draft: false },
      { locale: 'nl', name: 'Nederlands', draft: false },
      { locale: 'ru', name: 'Русский', draft: true },
      { locale: 'es', name: 'Español', draft: false },
    ]);
    expect(initialContentLocale('ru', 'nl', list)).toBe('ru');
    expect(initialContentLocale('ti', 'nl', list)).toBe('nl');
    expect(initialContentLocale(null, 'en', list)).toBe('en');
  });
});

describe('the curve of stages', () => {
  it('is a valley: near the top at both ends, deepest towards the end', () => {
    const levels = curveLevels(6);
    expect(levels).toHaveLength(6);
    expect(levels[0]).toBe(levels[5]);
    const deepest = levels.indexOf(Math.max(...levels));
    expect(deepest).toBe(4);
    expect(levels.every((level) => level >= 0 && level <= 10)).toBe(true);
    expect(curveLevels(0)).toEqual([]);
  });

  it('draws one smooth path through the centre of every stage', () => {
    const levels = curveLevels(5);
    const path = curvePath(levels);
    expect(path.startsWith(`M 0.5 ${(levels[0] ?? 0) + 0.5} `)).toBe(true);
    expect(path.match(/C /g)).toHaveLength(4);
    for (const [i, level] of levels.entries()) {
      if (i > 0) expect(path).toContain(` ${i + 0.5} ${level + 0.5}`);
    }
  });
});

describe('saving answers', () => {
  it('saves typing at most once a second with the last text, and a choice at once', async () => {
    vi.useFakeTimers();
    const sent: [string, Answer][] = [];
    const saver = new AnswerSaver(async (f, answer) => {
      sent.push([f, answer]);
    }, 1000);
    for (let i = 1; i <= 10; i++) saver.change('story', text('x'.repeat(i)));
    saver.commit('mood', { kind: 'scale', value: 3 });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([
      ['story', text('x')],
      ['mood', { kind: 'scale', value: 3 }],
    ]);
    flushSync();
    expect(saver.status).toBe('saving');
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.at(-1)).toEqual(['story', text('x'.repeat(10))]);
    expect(sent).toHaveLength(3);
    expect(saver.status).toBe('saved');
  });

  it('keeps a failed answer and sends it again on flush', async () => {
    let fail = true;
    const sent: Answer[] = [];
    const saver = new AnswerSaver(async (_f, answer) => {
      if (fail) throw new Error('disk full');
      sent.push(answer);
    }, 1000);
    saver.commit('pick', { kind: 'choice', value: 'yes' });
    await vi.waitFor(() => expect(saver.status).toBe('failed'));
    expect(saver.error).toBeInstanceOf(Error);
    fail = false;
    await saver.flush();
    expect(sent).toEqual([{ kind: 'choice', value: 'yes' }]);
    expect(saver.status).toBe('saved');
    expect(saver.error).toBeNull();
    saver.dispose();
  });
});
