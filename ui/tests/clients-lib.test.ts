import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThrottledSaver } from '../src/lib/autosave';
import { draftFieldOf, draftFromClient, emptyDraft, freeTextOf, parseLanguages, toClientInput } from '../src/lib/client-form';
import { formatDate, formatDateTime, nowLocalIso, parseDate, todayIso } from '../src/lib/dates';
import { SessionTexts } from '../src/lib/session-text.svelte';
import { clientInput } from './clients';

afterEach(() => {
  vi.useRealTimers();
});

describe('ThrottledSaver', () => {
  it('saves the first change at once, then at most once a second, and always the last text', async () => {
    vi.useFakeTimers();
    const sent: string[] = [];
    const saver = new ThrottledSaver(async (text) => void sent.push(text), 1000);
    let text = '';
    for (let ms = 0; ms < 3000; ms += 50) {
      text += 'a';
      saver.change(text);
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent.length).toBeGreaterThanOrEqual(3);
    expect(sent.length).toBeLessThanOrEqual(4);
    expect(sent[0]).toBe('a');
    expect(sent.at(-1)).toBe(text);
    expect(saver.busy).toBe(false);
  });

  it('flush saves what waits without waiting for the interval', async () => {
    vi.useFakeTimers();
    const sent: string[] = [];
    const saver = new ThrottledSaver(async (text) => void sent.push(text), 1000);
    saver.change('one');
    saver.change('two');
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toEqual(['one']);
    await saver.flush();
    expect(sent).toEqual(['one', 'two']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toEqual(['one', 'two']);
  });

  it('never runs two saves at once, and keeps their order', async () => {
    vi.useFakeTimers();
    const sent: string[] = [];
    let running = 0;
    let most = 0;
    const saver = new ThrottledSaver(async (text) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      sent.push(text);
      running--;
    }, 1000);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(1100);
    saver.change('ab');
    saver.change('abc');
    await vi.advanceTimersByTimeAsync(5000);
    expect(most).toBe(1);
    expect(sent).toEqual(['a', 'abc']);
  });

  it('keeps a text whose save failed and sends it again on flush', async () => {
    const sent: string[] = [];
    let fail = true;
    const states: unknown[] = [];
    const saver = new ThrottledSaver(
      async (text) => {
        if (fail) throw new Error('locked');
        sent.push(text);
      },
      1000,
      (state) => states.push(state.failed),
    );
    saver.change('kept');
    await saver.flush();
    expect(sent).toEqual([]);
    expect(saver.busy).toBe(true);
    expect(states.at(-1)).toBeInstanceOf(Error);
    fail = false;
    await saver.flush();
    expect(sent).toEqual(['kept']);
    expect(states.at(-1)).toBeNull();
    saver.dispose();
  });
});

describe('SessionTexts', () => {
  it('undo goes back to the text saved before the last autosaved change, and saves it', async () => {
    const sent: [string, string][] = [];
    const texts = new SessionTexts({ summary: 'start', privateNotes: '' }, async (field, text) => void sent.push([field, text]), 1000);
    expect(texts.canUndo).toBe(false);
    texts.input('summary', 'start more');
    await texts.flush();
    texts.input('summary', 'start more again');
    await texts.flush();
    expect(texts.canUndo).toBe(true);
    expect(await texts.undo()).toEqual({ field: 'summary', text: 'start more' });
    await texts.flush();
    expect(sent.at(-1)).toEqual(['summary', 'start more']);
    expect(texts.latest('summary')).toBe('start more');
    expect(await texts.undo()).toEqual({ field: 'summary', text: 'start' });
    await texts.flush();
    expect(sent.at(-1)).toEqual(['summary', 'start']);
    expect(await texts.undo()).toBeNull();
    texts.dispose();
  });

  it('undo first saves what was typed, then undoes that change', async () => {
    const sent: [string, string][] = [];
    const texts = new SessionTexts({ summary: '', privateNotes: 'v1' }, async (field, text) => void sent.push([field, text]), 1000);
    texts.input('privateNotes', 'v2');
    await texts.flush();
    texts.input('privateNotes', 'v3');
    expect(await texts.undo()).toEqual({ field: 'privateNotes', text: 'v2' });
    await texts.flush();
    expect(sent).toEqual([
      ['privateNotes', 'v2'],
      ['privateNotes', 'v3'],
      ['privateNotes', 'v2'],
    ]);
    texts.dispose();
  });
});

describe('client form', () => {
  it('sends empty optional fields as null and numbers as numbers', () => {
    const draft = emptyDraft('K7-MIRA');
    expect(toClientInput(draft)).toEqual(clientInput({ code: 'K7-MIRA' }));
    draft.arrivalYear = 2019;
    draft.adults = 2;
    draft.children = undefined;
    draft.childrenAtSchool = Number.NaN;
    draft.country = '  Eritrea ';
    draft.health = 'no';
    draft.residences = ['order_to_leave', 'asylum_refused', 'order_to_leave'];
    const input = toClientInput(draft);
    expect(input.arrivalYear).toBe(2019);
    expect(input.adults).toBe(2);
    expect(input.children).toBeNull();
    expect(input.childrenAtSchool).toBeNull();
    expect(input.countryOfOrigin).toBe('Eritrea');
    expect(input.healthConcerns).toBe(false);
    expect(input.residences).toEqual(['asylum_refused', 'order_to_leave']);
  });

  it('splits languages on Latin and Arabic commas, without empties or repeats', () => {
    expect(parseLanguages(' Arabic, french ،Tigrinya,, arabic ')).toEqual(['Arabic', 'french', 'Tigrinya']);
    expect(parseLanguages('   ')).toEqual([]);
  });

  it('records consent only when given', () => {
    const draft = emptyDraft('X');
    draft.consentExplained = 'ignored';
    expect(toClientInput(draft).consent).toBeNull();
    draft.consentGiven = true;
    draft.consentDate = '2025-03-01';
    draft.consentLanguage = ' Arabic ';
    expect(toClientInput(draft).consent).toEqual({ givenOn: '2025-03-01', explained: 'ignored', language: 'Arabic' });
  });

  it('round-trips a client', () => {
    const input = clientInput({ code: 'Q', languages: ['Pashto', 'Dari'], healthConcerns: true, arrivalYear: 2020, reviewOn: '2026-01-01' });
    expect(toClientInput(draftFromClient({ ...input, id: 1, createdAt: '2025-01-01' }))).toEqual(input);
  });

  it('collects the free text and names the refused field', () => {
    const draft = emptyDraft('K7');
    draft.notes = 'call me';
    expect(freeTextOf(draft)).toBe('K7\ncall me');
    expect(draftFieldOf('arrival_year')).toBe('arrivalYear');
    expect(draftFieldOf('countryOfOrigin')).toBe('country');
    expect(draftFieldOf('residence')).toBe('residences');
    expect(draftFieldOf('nonsense')).toBeNull();
    expect(draftFieldOf(undefined)).toBeNull();
  });
});

describe('dates', () => {
  it('writes local dates and date-times as the back end expects', () => {
    const date = new Date(2025, 0, 5, 7, 3);
    expect(todayIso(date)).toBe('2025-01-05');
    expect(nowLocalIso(date)).toBe('2025-01-05T07:03');
    expect(parseDate('2025-01-05')?.getDate()).toBe(5);
  });

  it('formats for reading, and shows anything else as it is', () => {
    expect(formatDate('2025-03-17', 'en')).toMatch(/2025/);
    expect(formatDateTime('2025-03-17T14:05', 'en')).toMatch(/2025/);
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});
