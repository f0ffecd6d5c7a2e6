// The presenter: moving through a course's slides, the wall's languages, the timer, black-out,
// the group's answers and the projector window's controls.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import type { Course } from '../src/ipc/projector-types';
import Presenter from '../src/screens/courses/Presenter.svelte';
import { argsOf, count, text } from './backend';
import { catalogue, message } from './fixtures';
import {
  blackoutsSent,
  commands,
  course,
  emitted,
  LIBRARY,
  lastSlide,
  slidesSent,
  slideText,
  wallBackend,
} from './projector-fixtures';

afterEach(() => {
  vi.useRealTimers();
});

const select = (id: string) => screen.getByTestId(id) as HTMLSelectElement;
const button = (id: string) => screen.getByTestId(id) as HTMLButtonElement;

function press(key: string, target: EventTarget = document.body): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/** The presenter of a three-day course in English (no course languages: the UI's language). */
async function presenter(options: { course?: Course | null; projectorOpen?: boolean } = {}) {
  applyCatalogue(catalogue('en'));
  const backend = wallBackend({}, { projectorOpen: options.projectorOpen ?? false });
  let closed = 0;
  const view = render(Presenter, {
    props: {
      course: options.course === undefined ? course(1, { languages: [] }) : options.course,
      library: LIBRARY,
      onclose: () => {
        closed++;
      },
    },
  });
  await screen.findByTestId('presenter');
  await waitFor(() => expect(count(backend.calls, 'projector_status')).toBe(1));
  return { ...backend, view, closed: () => closed };
}

async function ready() {
  const p = await presenter();
  await screen.findAllByTestId('presenter-slide-title');
  return p;
}

const lastId = (calls: Parameters<typeof lastSlide>[0]) => lastSlide(calls)?.id;

describe('moving through the slides', () => {
  it('starts on the first block, shows the next slide, and sends nothing while the wall is closed', async () => {
    const { calls } = await ready();
    expect(text('presenter-slide-title')).toBe(message('en', 'plan-topic-welcome'));
    expect(screen.getByTestId('presenter-current').dataset.slideId).toBe('d0-b0-topic-welcome');
    expect(screen.getByTestId('presenter-next-preview').dataset.slideId).toBe('d0-b1-topic-four-pathways');
    expect(screen.getByTestId('presenter-next-preview').textContent).toContain(message('en', 'plan-topic-four-pathways'));
    expect(screen.getByTestId('presenter-block-0-0').getAttribute('aria-current')).toBe('step');
    expect(button('presenter-prev').disabled).toBe(true);
    expect(slidesSent(calls)).toEqual([]);
  });

  it('Next and Previous send the new current slide to the projector window', async () => {
    const { calls } = await ready();
    await fireEvent.click(button('presenter-next'));
    const sent = emitted(calls).at(-1);
    expect(sent).toMatchObject({ target: { kind: 'AnyLabel', label: 'projector' }, event: 'avenir-slide' });
    expect(lastId(calls)).toBe('d0-b1-topic-four-pathways');
    expect(lastSlide(calls)?.columns.map((c) => [c.locale, c.dir])).toEqual([['en', 'ltr']]);
    expect(lastSlide(calls)?.columns[0]?.title).toBe(message('en', 'plan-topic-four-pathways'));
    expect(text('presenter-slide-title')).toBe(message('en', 'plan-topic-four-pathways'));
    expect(screen.getByTestId('presenter-block-0-1').getAttribute('aria-current')).toBe('step');
    expect(screen.getByTestId('presenter-block-0-0').getAttribute('aria-current')).toBeNull();

    await fireEvent.click(button('presenter-next'));
    expect(lastId(calls)).toBe('d0-b2-break-15');
    await fireEvent.click(button('presenter-next'));
    expect(lastId(calls)).toBe('d0-b3-exercise-migration-project-title');
    await fireEvent.click(button('presenter-prev'));
    expect(lastId(calls)).toBe('d0-b2-break-15');
    expect(slidesSent(calls).map((s) => s.id)).toEqual([
      'd0-b1-topic-four-pathways',
      'd0-b2-break-15',
      'd0-b3-exercise-migration-project-title',
      'd0-b2-break-15',
    ]);
  });

  it('answers PageDown / ArrowRight and PageUp / ArrowLeft, but not while typing', async () => {
    const { calls } = await ready();
    press('PageDown');
    expect(lastId(calls)).toBe('d0-b1-topic-four-pathways');
    press('ArrowRight');
    expect(lastId(calls)).toBe('d0-b2-break-15');
    press('PageUp');
    expect(lastId(calls)).toBe('d0-b1-topic-four-pathways');
    press('ArrowLeft');
    expect(lastId(calls)).toBe('d0-b0-topic-welcome');
    const sentBefore = slidesSent(calls).length;
    press('ArrowRight', screen.getByTestId('group-answers-input'));
    press('PageDown', select('wall-language-1'));
    expect(slidesSent(calls)).toHaveLength(sentBefore);
  });

  it('jumps to a block of the running order, and shows a card’s details track when chosen', async () => {
    const { calls } = await ready();
    await fireEvent.click(screen.getByTestId('presenter-block-1-0'));
    expect(lastId(calls)).toBe('d1-b0-card-legalise-overview-title');
    expect(lastSlide(calls)?.pictogram).toBe('legalise');
    await fireEvent.change(select('presenter-track-1-0'), { target: { value: 'details' } });
    expect(lastId(calls)).toBe('d1-b0-card-legalise-details-title');
    await fireEvent.click(button('presenter-next'));
    expect(lastId(calls)).toBe('d1-b0-card-legalise-details-ways');
  });

  it('shows the four pathways between the slides; Next goes on with the running order', async () => {
    const { calls } = await ready();
    await fireEvent.click(button('presenter-show-pathways'));
    expect(lastId(calls)).toBe('pathways');
    expect(lastSlide(calls)?.columns[0]?.lines.map((l) => l.pictogram)).toEqual(['legalise', 'onward', 'return', 'undocumented']);
    await fireEvent.click(button('presenter-prev'));
    expect(lastId(calls)).toBe('d0-b0-topic-welcome');
    await fireEvent.click(button('presenter-show-pathways'));
    await fireEvent.click(button('presenter-next'));
    expect(lastId(calls)).toBe('d0-b1-topic-four-pathways');
  });

  it('leaves the wall on the quiet screen when it closes', async () => {
    const { calls, view } = await ready();
    await fireEvent.click(button('presenter-next'));
    view.unmount();
    expect(lastSlide(calls)).toEqual({ id: 'blank', kind: 'blank', pictogram: null, columns: [] });
  });
});

describe('the languages on the wall', () => {
  it('switching to French and Arabic re-sends the current slide at once, in two columns', async () => {
    const { calls } = await ready();
    await fireEvent.click(button('presenter-next'));
    const before = slidesSent(calls).length;

    await fireEvent.change(select('wall-language-1'), { target: { value: 'fr' } });
    await waitFor(() => expect(slidesSent(calls)).toHaveLength(before + 1));
    expect(lastSlide(calls)?.columns.map((c) => c.locale)).toEqual(['fr']);

    await fireEvent.change(select('wall-language-2'), { target: { value: 'ar' } });
    await waitFor(() => expect(slidesSent(calls)).toHaveLength(before + 2));
    const slide = lastSlide(calls);
    expect(slide?.id).toBe('d0-b1-topic-four-pathways');
    expect(slide?.columns.map((c) => [c.locale, c.dir])).toEqual([
      ['fr', 'ltr'],
      ['ar', 'rtl'],
    ]);
    expect(slide?.columns.map((c) => c.title)).toEqual([
      message('fr', 'plan-topic-four-pathways'),
      message('ar', 'plan-topic-four-pathways'),
    ]);
    // The preview shows both columns too.
    expect(within(screen.getByTestId('presenter-current')).getAllByTestId('presenter-slide-title')).toHaveLength(2);
    expect(argsOf(calls, 'content_catalogue')).toEqual([{ locale: 'en' }, { locale: 'fr' }, { locale: 'ar' }]);

    // Back to one language, then Arabic again: its catalogue is not asked for twice.
    await fireEvent.change(select('wall-language-2'), { target: { value: '' } });
    await waitFor(() => expect(lastSlide(calls)?.columns).toHaveLength(1));
    await fireEvent.change(select('wall-language-2'), { target: { value: 'ar' } });
    await waitFor(() => expect(lastSlide(calls)?.columns).toHaveLength(2));
    expect(count(calls, 'content_catalogue')).toBe(3);
    // The second language never offers the first one.
    expect(Array.from(select('wall-language-2').options, (o) => o.value)).not.toContain('fr');
  });

  it('starts with the course’s languages that the app has', async () => {
    const { calls } = await presenter({ course: course(2, { languages: ['ti', 'fr', 'ar'] }) });
    await waitFor(() => expect(screen.getAllByTestId('presenter-slide-title')).toHaveLength(2));
    expect(select('wall-language-1').value).toBe('fr');
    expect(select('wall-language-2').value).toBe('ar');
    await fireEvent.click(button('presenter-next'));
    expect(lastSlide(calls)?.columns.map((c) => c.locale)).toEqual(['fr', 'ar']);
  });
});

describe('the block timer', () => {
  it('counts the block’s minutes down from when it started, into overtime; pause, reset; a new block starts again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const t0 = new Date(2025, 4, 12, 9, 0, 0).getTime();
    vi.setSystemTime(t0);
    await ready();
    const clock = () => screen.getByTestId('presenter-timer').querySelector('.clock')?.textContent;
    expect(clock()).toBe('30:00');
    expect(text('presenter-timer')).toContain(message('en', 'presenter-timer-left'));

    vi.setSystemTime(t0 + 61_000);
    await waitFor(() => expect(clock()).toBe('28:59'));

    vi.setSystemTime(t0 + 31 * 60_000);
    await waitFor(() => expect(clock()).toBe('+1:00'));
    expect(screen.getByTestId('presenter-timer').classList.contains('overtime')).toBe(true);
    expect(text('presenter-timer')).toContain(message('en', 'presenter-timer-over'));

    await fireEvent.click(button('presenter-timer-pause'));
    expect(button('presenter-timer-pause').getAttribute('aria-pressed')).toBe('true');
    vi.setSystemTime(t0 + 40 * 60_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(clock()).toBe('+1:00');
    await fireEvent.click(button('presenter-timer-pause'));
    vi.setSystemTime(t0 + 41 * 60_000);
    await waitFor(() => expect(clock()).toBe('+2:00'));

    await fireEvent.click(button('presenter-timer-reset'));
    expect(clock()).toBe('30:00');

    // The next block (45 minutes) starts its own count.
    await fireEvent.click(button('presenter-next'));
    expect(clock()).toBe('45:00');
    vi.setSystemTime(t0 + 42 * 60_000);
    await waitFor(() => expect(clock()).toBe('44:00'));
    // Moving within a block keeps its time: the exercise block has several slides.
    await fireEvent.click(screen.getByTestId('presenter-block-0-3'));
    expect(clock()).toBe('1:00:00');
    vi.setSystemTime(t0 + 43 * 60_000);
    await fireEvent.click(button('presenter-next'));
    await waitFor(() => expect(clock()).toBe('59:00'));
  });
});

describe('black-out', () => {
  it('the button blacks the wall out and back, and says so', async () => {
    const { calls } = await ready();
    const blackout = button('presenter-blackout');
    expect(blackout.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(blackout);
    expect(blackout.getAttribute('aria-pressed')).toBe('true');
    expect(emitted(calls).at(-1)).toEqual({ target: { kind: 'AnyLabel', label: 'projector' }, event: 'avenir-blackout', payload: { on: true } });
    expect(screen.getByTestId('presenter-dark')).toBeTruthy();
    await fireEvent.click(blackout);
    expect(blackout.getAttribute('aria-pressed')).toBe('false');
    expect(blackoutsSent(calls)).toEqual([true, false]);
    expect(screen.queryByTestId('presenter-dark')).toBeNull();
  });

  it('b toggles it from the keyboard', async () => {
    const { calls } = await ready();
    press('b');
    await tick();
    expect(button('presenter-blackout').getAttribute('aria-pressed')).toBe('true');
    press('b');
    expect(blackoutsSent(calls)).toEqual([true, false]);
  });
});

describe('what the group says', () => {
  it('lines typed are shown on the wall, in every column, and kept nowhere', async () => {
    const { calls } = await ready();
    await fireEvent.change(select('wall-language-1'), { target: { value: 'fr' } });
    await fireEvent.change(select('wall-language-2'), { target: { value: 'ar' } });
    await waitFor(() => expect(lastSlide(calls)?.columns).toHaveLength(2));

    expect(button('group-answers-show').disabled).toBe(true);
    const field = screen.getByTestId('group-answers-input') as HTMLInputElement;
    expect(field.getAttribute('dir')).toBe('auto');
    await fireEvent.input(field, { target: { value: '  More time to decide ' } });
    await fireEvent.click(button('group-answers-add'));
    await fireEvent.input(field, { target: { value: 'العمل مهم' } });
    await fireEvent.keyDown(field, { key: 'Enter' });
    expect(field.value).toBe('');
    expect(text('group-answer-1')).toContain('العمل مهم');

    await fireEvent.click(button('group-answers-show'));
    const slide = lastSlide(calls);
    expect(slide?.kind).toBe('group');
    expect(slide?.columns.map((c) => c.locale)).toEqual(['fr', 'ar']);
    for (const column of slide?.columns ?? []) {
      expect(column.lines.map((l) => l.text)).toEqual(['More time to decide', 'العمل مهم']);
      expect(column.subtitle).toBe(message(column.locale as 'fr' | 'ar', 'plan-topic-welcome'));
    }
    expect(screen.getAllByTestId('presenter-slide-title').map((t) => t.textContent)).toEqual([
      message('fr', 'projector-wall-group'),
      message('ar', 'projector-wall-group'),
    ]);

    // While shown, a change goes to the wall at once.
    await fireEvent.click(button('group-answer-remove-0'));
    expect(lastSlide(calls)?.columns[0]?.lines.map((l) => l.text)).toEqual(['العمل مهم']);

    // Never stored: no command but the wall's own.
    expect(new Set(commands(calls))).toEqual(new Set(['projector_status', 'content_catalogue']));
    expect(JSON.stringify(calls.filter((c) => c.cmd !== 'plugin:event|emit_to'))).not.toContain('العمل');
  });
});

describe('the projector window controls', () => {
  it('lists the displays, opens the wall on the chosen one and sends the current slide, then closes it', async () => {
    const { calls } = await ready();
    expect(Array.from(select('projector-monitor-select').options, (o) => o.value)).toEqual(['', 'eDP-1', 'HDMI-1']);
    expect(select('projector-monitor-select').options[1]?.textContent).toContain('eDP-1');
    expect(text('projector-status')).toBe(message('en', 'projector-status-closed'));

    await fireEvent.change(select('projector-monitor-select'), { target: { value: 'HDMI-1' } });
    await fireEvent.click(button('projector-open'));
    await waitFor(() => expect(argsOf(calls, 'open_projector')).toEqual([{ monitor: 'HDMI-1' }]));
    await waitFor(() => expect(lastId(calls)).toBe('d0-b0-topic-welcome'));
    expect(text('projector-status')).toBe(message('en', 'projector-status-open', { monitor: 'HDMI-1' }));
    // A window that has just opened may not listen yet: the slide goes again shortly after.
    const sent = slidesSent(calls).length;
    await waitFor(() => expect(slidesSent(calls).length).toBeGreaterThan(sent), { timeout: 1500 });

    await fireEvent.click(button('projector-close'));
    await waitFor(() => expect(count(calls, 'close_projector')).toBe(1));
    expect(text('projector-status')).toBe(message('en', 'projector-status-closed'));
  });

  it('"Automatic" lets the back end choose the display', async () => {
    const { calls } = await ready();
    await fireEvent.click(button('projector-open'));
    await waitFor(() => expect(argsOf(calls, 'open_projector')).toEqual([{ monitor: null }]));
  });

  it('an open wall gets the first slide as soon as the presenter is ready', async () => {
    const { calls } = await presenter({ projectorOpen: true });
    await waitFor(() => expect(lastId(calls)).toBe('d0-b0-topic-welcome'));
  });
});

describe('without a course', () => {
  it('never offers the counsellor’s own sheet for the wall', async () => {
    await presenter({ course: null });
    const values = Array.from(select('presenter-free-choice').options, (o) => o.value);
    expect(values).toContain('exercise:reintegration-plan');
    expect(values).toContain('exercise:four-pathways');
    expect(values).not.toContain('exercise:session-preparation');
  });

  it('shows any exercise, card or topic chosen, and times the time spent', async () => {
    const { calls } = await presenter({ course: null });
    expect(screen.queryByTestId('presenter-block-0-0')).toBeNull();
    await fireEvent.change(select('presenter-free-choice'), { target: { value: 'exercise:four-pathways' } });
    await fireEvent.click(button('presenter-free-show'));
    await waitFor(() => expect(lastId(calls)).toBe('d0-b0-exercise-four-pathways-title'));
    await fireEvent.click(button('presenter-next'));
    expect(lastId(calls)).toBe('d0-b0-exercise-four-pathways-field-side-by-side');
    expect(text('presenter-timer')).toContain(message('en', 'presenter-timer-spent'));

    await fireEvent.change(select('presenter-free-choice'), { target: { value: 'card-details:return' } });
    await fireEvent.click(button('presenter-free-show'));
    expect(lastId(calls)).toBe('d0-b0-card-return-details-title');
    await fireEvent.change(select('presenter-free-choice'), { target: { value: 'topic:closing' } });
    await fireEvent.click(button('presenter-free-show'));
    expect(slideText(lastSlide(calls)!)).toContain(message('en', 'plan-topic-closing-prompt'));
  });
});
