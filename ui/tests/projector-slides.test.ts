// Slides for the wall, built from the shipped definitions and the real catalogues.
import { describe, expect, it } from 'vitest';
import type { Slide } from '../src/ipc/projector-types';
import {
  blankSlide,
  blockSlides,
  breakSlide,
  cardSlides,
  courseSequence,
  exerciseSlides,
  groupSlide,
  minutesText,
  pathwaysSlide,
  readSlide,
  topicSlide,
} from '../src/lib/slides';
import { createTranslator } from '../src/lib/content-language';
import { formatDate } from '../src/lib/dates';
import { message } from './fixtures';
import { card, CARDS, exercise, LIBRARY, plan, PLANS, slideText, translator } from './projector-fixtures';
import { ALL_KINDS, contentCatalogueOf, SHIPPED } from './worksheets-fixtures';

const en = translator('en');
const fr = translator('fr');
const ar = translator('ar');
const nl = translator('nl');
/** English with the texts of the hand-made exercise of every kind. */
const enAll = createTranslator(contentCatalogueOf('en'), () => undefined);

const col = (slide: Slide | undefined, n = 0) => {
  const column = slide?.columns[n];
  if (!column) throw new Error('no such column');
  return column;
};

describe('exercise slides', () => {
  it('give a title slide, then one slide per question, with deterministic ids', () => {
    const ex = exercise('four-pathways');
    const slides = exerciseSlides(ex, [en]);
    expect(slides.map((s) => s.id)).toEqual([
      'exercise-four-pathways-title',
      'exercise-four-pathways-field-side-by-side',
      'exercise-four-pathways-field-feeling',
      'exercise-four-pathways-field-thoughts',
    ]);
    expect(exerciseSlides(ex, [en])).toEqual(slides);
    expect(slides.map((s) => s.kind)).toEqual(['title', 'exercise', 'exercise', 'exercise']);
    expect(slides.every((s) => s.pictogram === 'exercise')).toBe(true);

    const title = col(slides[0]);
    expect(title).toMatchObject({ locale: 'en', dir: 'ltr', title: message('en', 'ex-four-pathways-title'), subtitle: null });
    expect(title.lines.map((l) => l.text).join('\n\n')).toBe(message('en', 'ex-four-pathways-intro'));
  });

  it('show a matrix’s rows as lines, its columns (and the help) in the subtitle, and a scale’s two ends', () => {
    const [, side, feeling, thoughts] = exerciseSlides(exercise('four-pathways'), [en]);
    const grid = col(side);
    expect(grid.title).toBe(message('en', 'ex-four-pathways-side-by-side'));
    const pathways = ['legalise', 'onward', 'return', 'undocumented'].map((p) => message('en', `clients-pathway-${p}`));
    expect(grid.subtitle).toBe(`${message('en', 'ex-four-pathways-side-by-side-help')}\n${pathways.join(' · ')}`);
    expect(grid.lines.map((l) => l.text)).toEqual(
      ['know', 'dont-know', 'advantages', 'disadvantages', 'conditions', 'risks', 'find-out'].map((r) =>
        message('en', `ex-four-pathways-side-by-side-${r}`),
      ),
    );
    // A matrix of 0–10 cells ends with the scale's two ends.
    const scale = col(feeling).lines;
    expect(scale.slice(-2).map((l) => [l.label, l.text])).toEqual([
      ['0', message('en', 'ex-four-pathways-feeling-low')],
      ['10', message('en', 'ex-four-pathways-feeling-high')],
    ]);
    // A text question: only the question.
    expect(col(thoughts)).toMatchObject({ title: message('en', 'ex-four-pathways-thoughts'), subtitle: null, lines: [] });
  });

  it('list a choice’s options, a checklist’s options, a timeline’s tags and a scale’s ends (every kind)', () => {
    const byField = new Map(exerciseSlides(ALL_KINDS, [enAll]).map((s) => [s.id.replace('exercise-test-all-field-', ''), col(s)]));
    expect(byField.get('stage')?.lines.map((l) => l.text)).toEqual(['Shock', 'Denial', 'Anger', 'Sadness', 'Acceptance']);
    expect(byField.get('pick')?.lines.map((l) => l.text)).toEqual(['Yes', 'No', 'Later']);
    expect(byField.get('needs')?.lines.map((l) => l.text)).toEqual(['Safety', 'A living', 'People']);
    expect(byField.get('mood')?.lines.map((l) => [l.label, l.text])).toEqual([
      ['0', 'Not at all'],
      ['10', 'Very'],
    ]);
    expect(byField.get('grid')?.subtitle).toBe('Today · Return');
    expect(byField.get('grid')?.lines.map((l) => l.text)).toEqual(['Safety', 'A living', 'Not met', 'Fully met']);
    expect(byField.get('life')).toMatchObject({ subtitle: 'From birth until now.' });
    expect(byField.get('life')?.lines.map((l) => l.text)).toEqual(['Strength', 'Hard']);
    expect(byField.get('story')).toMatchObject({ title: 'What is your story?', subtitle: 'A few words are enough.', lines: [] });
    for (const id of ['place', 'steps', 'questions', 'album']) expect(byField.get(id)?.lines).toEqual([]);
  });

  it('give every shipped exercise one slide per question, and a text for every line', () => {
    // The counsellor's own sheet never reaches the wall (below).
    const shareable = SHIPPED.filter((ex) => ex.visibility !== 'counsellor_only');
    expect(shareable.length).toBe(SHIPPED.length - 1);
    for (const ex of shareable) {
      const slides = exerciseSlides(ex, [en]);
      expect(slides).toHaveLength(ex.fields.length + 1);
      for (const slide of slides) {
        // A missing message would show as its id.
        expect(slideText(slide), slide.id).not.toMatch(/\b(ex|clients|need)-[a-z-]+-[a-z-]+\b/);
      }
    }
  });

  it('put two languages side by side, in the order chosen, each with its lang and dir', () => {
    const ex = exercise('where-i-stand');
    const [title, stage] = exerciseSlides(ex, [fr, ar]);
    expect(title?.columns.map((c) => [c.locale, c.dir])).toEqual([
      ['fr', 'ltr'],
      ['ar', 'rtl'],
    ]);
    expect(col(title, 0).title).toBe(message('fr', 'ex-where-i-stand-title'));
    expect(col(title, 1).title).toBe(message('ar', 'ex-where-i-stand-title'));
    expect(col(stage, 1).lines.map((l) => l.text)).toEqual(
      ['shock', 'denial', 'anger', 'bargaining', 'sadness', 'acceptance'].map((o) => message('ar', `ex-where-i-stand-stage-${o}`)),
    );
    // Another order, other columns; the same ids in every language.
    const reversed = exerciseSlides(ex, [ar, fr]);
    expect(reversed[0]?.columns.map((c) => c.locale)).toEqual(['ar', 'fr']);
    expect(reversed.map((s) => s.id)).toEqual(exerciseSlides(ex, [nl]).map((s) => s.id));
  });

  it('never carry more than two languages, and need at least one', () => {
    expect(exerciseSlides(ALL_KINDS, [en, fr, ar])[0]?.columns).toHaveLength(2);
    expect(() => exerciseSlides(ALL_KINDS, [])).toThrow(RangeError);
  });

  it('hold only id, kind, pictogram and translated columns: nothing an answer could be put in', () => {
    for (const slide of [...exerciseSlides(ALL_KINDS, [en, ar]), ...SHIPPED.flatMap((e) => exerciseSlides(e, [fr]))]) {
      expect(Object.keys(slide).sort()).toEqual(['columns', 'id', 'kind', 'pictogram']);
      for (const c of slide.columns) {
        expect(Object.keys(c).sort()).toEqual(['dir', 'lines', 'locale', 'subtitle', 'title']);
        for (const l of c.lines) expect(Object.keys(l).sort()).toEqual(['label', 'pictogram', 'text']);
      }
    }
  });
});

describe('pathway card slides', () => {
  it('give the overview track: a title slide, then one slide per section', () => {
    const c = card('return');
    const slides = cardSlides(c, 'overview', [en]);
    expect(slides.map((s) => s.id)).toEqual(['card-return-overview-title', ...c.overview.map((s) => `card-return-overview-${s.id}`)]);
    expect(slides.every((s) => s.pictogram === 'return')).toBe(true);
    expect(slides.map((s) => s.kind)).toEqual(['title', ...c.overview.map(() => 'card')]);
    expect(col(slides[0])).toMatchObject({
      title: message('en', 'card-return-title'),
      subtitle: message('en', 'pathcard-track-overview'),
    });
    expect(col(slides[0]).lines[0]?.text).toBe(message('en', 'card-return-summary'));
    const what = col(slides[1]);
    expect(what.title).toBe(message('en', 'card-section-what'));
    expect(what.lines[0]?.text).toBe(message('en', 'card-return-overview-what'));
  });

  it('give the details track separately', () => {
    const c = card('return');
    const details = cardSlides(c, 'details', [en]);
    expect(details.map((s) => s.id)).toEqual(['card-return-details-title', ...c.details.map((s) => `card-return-details-${s.id}`)]);
    expect(col(details[1]).lines[0]?.text).toBe(message('en', 'card-return-details-support'));
  });

  it('end with the advice to confirm, then the date the facts were checked and the sources', () => {
    for (const c of CARDS) {
      for (const track of ['overview', 'details'] as const) {
        const slides = cardSlides(c, track, [en]);
        const lines = col(slides.at(-1)).lines;
        expect(lines.at(-2)?.text).toBe(message('en', 'pathcard-confirm'));
        const facts = lines.at(-1)?.text ?? '';
        expect(facts).toContain(message('en', 'pathcard-checked', { date: formatDate(c.checkedOn, 'en') }));
        for (const source of c.sources) expect(facts).toContain(message('en', source.labelId));
        expect(facts).toContain(message('en', 'pathcard-outdated-label'));
        // Only the last slide carries them.
        for (const slide of slides.slice(0, -1)) expect(slideText(slide)).not.toContain(message('en', 'pathcard-confirm'));
      }
    }
  });

  it('date the facts in each column’s language', () => {
    const slides = cardSlides(card('legalise'), 'overview', [fr, ar]);
    const [frFacts, arFacts] = [col(slides.at(-1), 0), col(slides.at(-1), 1)].map((c) => c.lines.at(-1)?.text ?? '');
    expect(frFacts).toContain(new Intl.DateTimeFormat('fr', { dateStyle: 'medium' }).format(new Date(2016, 2, 31)));
    expect(arFacts).toContain(new Intl.DateTimeFormat('ar', { dateStyle: 'medium' }).format(new Date(2016, 2, 31)));
    expect(arFacts).toContain(message('ar', 'source-kuleuven-2016'));
  });
});

describe('topics, breaks, the four pathways and the group', () => {
  it('a topic is one slide: its title and its prompt', () => {
    const slide = topicSlide('what-weighs', [en, ar]);
    expect(slide).toMatchObject({ id: 'topic-what-weighs', kind: 'topic', pictogram: 'discussion' });
    expect(col(slide, 0).title).toBe(message('en', 'plan-topic-what-weighs'));
    expect(col(slide, 0).lines.map((l) => l.text)).toEqual([message('en', 'plan-topic-what-weighs-prompt')]);
    expect(col(slide, 1).title).toBe(message('ar', 'plan-topic-what-weighs'));
    expect(topicSlide('welcome', [en], 'information').pictogram).toBe('information');
  });

  it('a break shows the break pictogram and its minutes in each language', () => {
    const slide = breakSlide(15, [fr, ar]);
    expect(slide).toMatchObject({ id: 'break-15', kind: 'break', pictogram: 'break' });
    expect(col(slide, 0).title).toBe(message('fr', 'projector-wall-break'));
    expect(col(slide, 1).title).toBe(message('ar', 'projector-wall-break'));
    expect(col(slide, 0).lines[0]?.text).toBe(minutesText(15, 'fr'));
    expect(minutesText(15, 'en')).toBe('15 minutes');
    expect(col(slide, 1).lines[0]?.text).toBe(minutesText(15, 'ar'));
  });

  it('the four pathways, as a group exercise: one line each, with its pictogram and name', () => {
    const slide = pathwaysSlide([fr, ar]);
    expect(slide).toMatchObject({ id: 'pathways', kind: 'exercise', pictogram: 'group' });
    const pathways = ['legalise', 'onward', 'return', 'undocumented'];
    for (const [n, locale] of (['fr', 'ar'] as const).entries()) {
      const column = col(slide, n);
      expect(column.title).toBe(message(locale, 'clients-pathways-heading'));
      expect(column.lines.map((l) => l.pictogram)).toEqual(pathways);
      expect(column.lines.map((l) => l.label)).toEqual(pathways.map((p) => message(locale, `clients-pathway-${p}`)));
      expect(column.lines.map((l) => l.text)).toEqual(pathways.map((p) => message(locale, `clients-pathway-${p}-about`)));
    }
  });

  it('what the group says: the lines as typed, in every column, with a deterministic id', () => {
    const typed = ['  More time to decide ', '', 'العمل مهم', 'Être avec ma famille'];
    const slide = groupSlide(typed, [fr, ar], 'plan-topic-what-weighs');
    expect(slide.kind).toBe('group');
    expect(slide.pictogram).toBe('group');
    for (const [n, locale] of (['fr', 'ar'] as const).entries()) {
      expect(col(slide, n).title).toBe(message(locale, 'projector-wall-group'));
      expect(col(slide, n).subtitle).toBe(message(locale, 'plan-topic-what-weighs'));
      expect(col(slide, n).lines.map((l) => l.text)).toEqual(['More time to decide', 'العمل مهم', 'Être avec ma famille']);
    }
    expect(groupSlide(typed, [en]).id).toBe(slide.id);
    expect(groupSlide(['Another line'], [en]).id).not.toBe(slide.id);
    expect(col(groupSlide(['x'], [en])).subtitle).toBeNull();
  });

  it('a blank slide has nothing to show', () => {
    expect(blankSlide()).toEqual({ id: 'blank', kind: 'blank', pictogram: null, columns: [] });
  });
});

describe('a course’s running order', () => {
  it('gives every block of every shipped plan its slides, with ids prefixed by the block’s place', () => {
    for (const p of PLANS) {
      const sequence = courseSequence(p.days, LIBRARY, [en]);
      const ids = sequence.map((e) => e.slide.id);
      expect(new Set(ids).size).toBe(ids.length);
      p.days.forEach((day, d) =>
        day.blocks.forEach((block, b) => {
          const own = sequence.filter((e) => e.day === d && e.block === b);
          expect(own.length, `${p.id} ${d} ${b}`).toBeGreaterThan(0);
          expect(own.map((e) => e.slide.id.replace(`d${d}-b${b}-`, ''))).toEqual(blockSlides(block, LIBRARY, [en]).map((s) => s.id));
          expect(own.every((e) => e.slide.kind !== 'blank')).toBe(true);
        }),
      );
      expect(courseSequence(p.days, LIBRARY, [en])).toEqual(sequence);
    }
    const threeDays = courseSequence(plan('three-days').days, LIBRARY, [en]);
    expect(threeDays[0]).toMatchObject({ day: 0, block: 0, questionId: 'plan-topic-welcome' });
    expect(threeDays[0]?.slide.id).toBe('d0-b0-topic-welcome');
  });

  it('shows a card block’s chosen track', () => {
    const days = plan('three-days').days;
    const overview = courseSequence(days, LIBRARY, [en]).filter((e) => e.day === 1 && e.block === 0);
    const details = courseSequence(days, LIBRARY, [en], { '1-0': 'details' }).filter((e) => e.day === 1 && e.block === 0);
    expect(overview[1]?.slide.id).toBe('d1-b0-card-legalise-overview-what');
    expect(details[1]?.slide.id).toBe('d1-b0-card-legalise-details-ways');
  });

  it('a block whose content is gone gives one blank slide', () => {
    expect(blockSlides({ kind: 'exercise', minutes: 10, exercise: 'gone' }, LIBRARY, [en])).toEqual([blankSlide()]);
    expect(blockSlides({ kind: 'information', minutes: 10, card: 'gone' }, LIBRARY, [en])).toEqual([blankSlide()]);
  });

  it('nothing of the counsellor’s own sheet ever reaches the wall, whatever block names it', () => {
    const own = exercise('session-preparation');
    expect(own.visibility).toBe('counsellor_only');
    expect(exerciseSlides(own, [en, fr])).toEqual([blankSlide()]);
    for (const kind of ['exercise', 'individual'] as const) {
      const block = { kind, minutes: 10, exercise: own.id };
      expect(blockSlides(block, LIBRARY, [en]), kind).toEqual([blankSlide()]);
      const sequence = courseSequence([{ blocks: [block] }], LIBRARY, [en, ar]);
      expect(sequence.map((e) => e.questionId)).toEqual([null]);
      expect(JSON.stringify(sequence)).not.toContain(message('en', own.titleId));
    }
  });
});

describe('reading a slide on the projector side', () => {
  it('keeps a slide as it is', () => {
    const slide = groupSlide(['<b>not html</b>'], [fr, ar]);
    expect(readSlide(JSON.parse(JSON.stringify(slide)))).toEqual(slide);
  });

  it('drops what is not a slide, and fields that are not part of one', () => {
    expect(readSlide(null)).toBeNull();
    expect(readSlide('slide')).toBeNull();
    expect(readSlide({ id: 'x', kind: 'nonsense', columns: [] })).toBeNull();
    expect(readSlide({ id: 'x', kind: 'topic', columns: [{ locale: 'en', title: 1, lines: [] }] })).toBeNull();
    const read = readSlide({
      id: 'x',
      kind: 'topic',
      pictogram: 'skull',
      extra: 'client code',
      columns: [{ locale: 'en', dir: 'sideways', title: 'T', subtitle: 3, lines: [{ text: 'a', note: 'private', pictogram: 'return' }] }],
    });
    expect(read).toEqual({
      id: 'x',
      kind: 'topic',
      pictogram: null,
      columns: [{ locale: 'en', dir: 'ltr', title: 'T', subtitle: null, lines: [{ text: 'a', label: null, pictogram: 'return' }] }],
    });
  });
});

describe('lunch, interpreting, guests and individual work on paper', () => {
  it('lunch and interpreting time are pauses with their own word and minutes', () => {
    const lunch = blockSlides({ kind: 'lunch', minutes: 60 }, LIBRARY, [en, ar]);
    expect(lunch).toHaveLength(1);
    expect(lunch[0]?.kind).toBe('break');
    expect(col(lunch[0]).title).toBe(message('en', 'projector-wall-lunch'));
    expect(col(lunch[0], 1).title).toBe(message('ar', 'projector-wall-lunch'));
    const interpreting = blockSlides({ kind: 'interpreting', minutes: 15 }, LIBRARY, [nl]);
    expect(col(interpreting[0]).title).toBe(message('nl', 'projector-wall-interpreting'));
    expect(col(interpreting[0]).lines[0]?.text).toBe(minutesText(15, 'nl'));
  });

  it('a guest block shows who speaks and what about', () => {
    const [slide] = blockSlides({ kind: 'guest', minutes: 45, topic: 'returnee' }, LIBRARY, [fr]);
    expect(col(slide).title).toBe(message('fr', 'plan-guest-returnee'));
    expect(col(slide).lines.map((l) => l.text).join('\n')).toContain(
      message('fr', 'plan-guest-returnee-prompt').split('\n')[0]!.trim(),
    );
  });

  it('individual work on paper shows the exercise’s name and never its questions', () => {
    const ex = exercise('return-to');
    const slides = blockSlides({ kind: 'individual', minutes: 30, exercise: 'return-to' }, LIBRARY, [en]);
    expect(slides).toHaveLength(1);
    expect(col(slides[0]).title).toBe(message('en', ex.titleId));
    expect(col(slides[0]).subtitle).toBe(message('en', 'projector-wall-individual'));
    const shown = JSON.stringify(slides);
    for (const field of ex.fields) expect(shown).not.toContain(message('en', field.labelId));
    // Nothing is collected from the group for it.
    const seq = courseSequence([{ blocks: [{ kind: 'individual', minutes: 30, exercise: 'return-to' }] }], LIBRARY, [en]);
    expect(seq.map((e) => e.questionId)).toEqual([null]);
  });

  it('the shipped three-day plan offers “what would I return to?” only on paper, never to the whole group', () => {
    const blocks = plan('three-days').days.flatMap((d) => d.blocks);
    const raised = LIBRARY.exercises.filter((e) => e.visibility === 'when_raised').map((e) => e.id);
    expect(raised).toContain('return-to');
    expect(blocks.filter((b) => b.kind === 'exercise' && raised.includes(b.exercise ?? ''))).toEqual([]);
    expect(blocks.some((b) => b.kind === 'individual' && b.exercise === 'return-to')).toBe(true);
    expect(blocks.filter((b) => b.kind === 'lunch')).toHaveLength(3);
  });
});
