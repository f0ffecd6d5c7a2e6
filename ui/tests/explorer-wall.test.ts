// The support explorer on the wall: its general results for a group — what exists on each pathway,
// the same way for each, in one language or two side by side — never an amount, a household or
// whether something applies to anyone; and the presenter that shows them without a course.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import { explorerSequence, explorerSlides } from '../src/lib/explorer-slides';
import { GENERAL_HOUSEHOLD } from '../src/lib/explorer';
import Presenter from '../src/screens/courses/Presenter.svelte';
import { argsOf, failure } from './backend';
import { ALONE_EXPLORATION, explorerHandlers, FAMILY_EXPLORATION, FAMILY_LINES, TODAY } from './explorer-fixtures';
import { catalogue, message } from './fixtures';
import { LIBRARY, lastSlide, slideText, translator, wallBackend } from './projector-fixtures';

const en = translator('en');
const ar = translator('ar');
const nl = translator('nl');

/** Anything that looks like an amount of money in any of the wall's languages. */
const MONEY = /€|EUR|\b875\b|2[.,\s\u00a0\u202f]?450|1[.,\s\u00a0\u202f]?500\b/u;

describe('the general results as slides', () => {
  it('open with the four pathways, then each pathway in the usual order with what exists on it, line by line', () => {
    const slides = explorerSlides(FAMILY_EXPLORATION, [en]);
    const ids = slides.map((s) => s.id);
    const pathwayOrder = ids.filter((id) => /^explorer-(legalise|onward|return|undocumented)$/.test(id));
    expect(ids[0]).toBe('explorer-intro');
    expect(pathwayOrder).toEqual(['explorer-legalise', 'explorer-onward', 'explorer-return', 'explorer-undocumented']);
    // Every line exists on the wall, whether or not it applied to the household explored.
    for (const line of FAMILY_LINES) expect(ids).toContain(`explorer-${line.pathway}-${line.id}`);
    expect(slides).toHaveLength(1 + 4 + FAMILY_LINES.length);

    const intro = slides[0]!.columns[0]!;
    expect(intro.title).toBe(message('en', 'explore-wall-title'));
    expect(intro.lines.map((l) => l.pictogram)).toEqual(['legalise', 'onward', 'return', 'undocumented', null]);
    expect(intro.lines.at(-1)?.text).toContain(message('en', 'rules-study-from-2015-06'));

    const ret = slides.find((s) => s.id === 'explorer-return')!;
    expect(ret.pictogram).toBe('return');
    expect(ret.columns[0]?.title).toBe(message('en', 'clients-pathway-return'));
    expect(ret.columns[0]?.lines.map((l) => l.text)).toEqual([
      message('en', 'explore-return-journey'),
      message('en', 'explore-return-premium'),
      message('en', 'explore-return-reintegration'),
      message('en', 'explore-return-eu-topup'),
      message('en', 'explore-return-vulnerable'),
      message('en', 'explore-confirm-return'),
    ]);
    const asylum = slides.find((s) => s.id === 'explorer-legalise-asylum')!.columns[0]!;
    expect(asylum.title).toBe(message('en', 'explore-asylum'));
    expect(slideText(slides.find((s) => s.id === 'explorer-legalise-asylum')!)).toContain(message('en', 'explore-asylum-bring'));
    expect(asylum.lines.at(-1)?.text).toContain(message('en', 'source-general-law'));
  });

  it('never show an amount, and are the same whatever household was explored', () => {
    for (const wall of [[en], [ar], [nl, ar]]) {
      const slides = explorerSlides(FAMILY_EXPLORATION, wall);
      expect(slides.filter((s) => MONEY.test(slideText(s))).map((s) => s.id)).toEqual([]);
      expect(slideText(slides[0]!)).not.toContain(message('en', 'explore-eligible-yes'));
      expect(explorerSlides(ALONE_EXPLORATION, wall)).toEqual(slides);
    }
  });

  it('in Arabic read right to left, with the Arabic texts, side by side with another language', () => {
    const slides = explorerSlides(FAMILY_EXPLORATION, [nl, ar]);
    const columns = slides[0]!.columns;
    expect(columns.map((c) => [c.locale, c.dir])).toEqual([
      ['nl', 'ltr'],
      ['ar', 'rtl'],
    ]);
    expect(columns[1]?.title).toBe(message('ar', 'explore-wall-title'));
    expect(slides.find((s) => s.id === 'explorer-undocumented')!.columns[1]?.title).toBe(message('ar', 'clients-pathway-undocumented'));
  });

  it('as a running order of their own, say what each slide is about for the group’s answers', () => {
    const sequence = explorerSequence(FAMILY_EXPLORATION, [en]);
    expect(sequence.map((e) => e.questionId).slice(0, 3)).toEqual(['explore-wall-title', 'clients-pathway-legalise', 'explore-asylum']);
    expect(sequence.every((e) => e.day === 0 && e.block === 0)).toBe(true);
  });
});

describe('the presenter without a course', () => {
  async function presenter(overrides = {}) {
    applyCatalogue(catalogue('en'));
    const backend = wallBackend(explorerHandlers(overrides), { projectorOpen: true });
    render(Presenter, { props: { course: null, library: LIBRARY, onclose: () => undefined } });
    await screen.findByTestId('presenter');
    return backend;
  }

  it('shows the general results of the rules in force today, slide by slide, without an amount', async () => {
    const { calls } = await presenter();
    const choice = screen.getByTestId('presenter-free-choice') as HTMLSelectElement;
    expect(Array.from(choice.options, (o) => o.value)).toContain('explorer:general');
    await fireEvent.change(choice, { target: { value: 'explorer:general' } });
    await fireEvent.click(screen.getByTestId('presenter-free-show'));
    await waitFor(() => expect(lastSlide(calls)?.id).toBe('explorer-intro'));
    expect(argsOf(calls, 'explore')).toEqual([{ date: TODAY, household: GENERAL_HOUSEHOLD }]);
    await fireEvent.click(screen.getByTestId('presenter-next'));
    expect(lastSlide(calls)?.id).toBe('explorer-legalise');
    for (let n = 0; n < 20; n++) await fireEvent.click(screen.getByTestId('presenter-next'));
    const sent = calls.filter((c) => c.cmd === 'plugin:event|emit_to').map((c) => JSON.stringify(c.args));
    expect(sent.length).toBeGreaterThan(20);
    expect(sent.filter((s) => MONEY.test(s))).toEqual([]);

    // Another choice replaces them.
    await fireEvent.change(choice, { target: { value: 'topic:closing' } });
    await fireEvent.click(screen.getByTestId('presenter-free-show'));
    expect(lastSlide(calls)?.id).toBe('d0-b0-topic-closing');
  });

  it('says so when the rules cannot be read, and shows nothing new', async () => {
    const { calls } = await presenter({ explore: () => failure('error-explorer-no-rules', 'explorer_no_rules', { date: TODAY }) });
    await fireEvent.change(screen.getByTestId('presenter-free-choice'), { target: { value: 'explorer:general' } });
    await fireEvent.click(screen.getByTestId('presenter-free-show'));
    expect((await screen.findByTestId('presenter-explorer-error')).textContent).toBe(
      message('en', 'error-explorer-no-rules', { date: TODAY }),
    );
    expect(lastSlide(calls)?.id ?? null).not.toBe('explorer-intro');
  });
});
