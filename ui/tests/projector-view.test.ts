// The projector window: only listens, shows the slides it is sent, blacks out at once.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../src/App.svelte';
import { breakSlide, exerciseSlides, groupSlide, pathwaysSlide } from '../src/lib/slides';
import { isProjectorWindow } from '../src/lib/window-role';
import ProjectorView from '../src/screens/projector/ProjectorView.svelte';
import { message } from './fixtures';
import { deliver, exercise, listening, translator, wallBackend } from './projector-fixtures';

const fr = translator('fr');
const ar = translator('ar');

const start = window.location.href;

afterEach(() => {
  window.history.replaceState(null, '', start);
});

function press(key: string): void {
  window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/** Renders the projector window the way the back end opens it, and waits until it listens. */
async function projectorWindow() {
  window.history.replaceState(null, '', '/index.html?view=projector');
  const backend = wallBackend();
  const view = render(App);
  await screen.findByTestId('projector-view');
  await waitFor(() => {
    expect(listening('avenir-slide')).toBe(1);
    expect(listening('avenir-blackout')).toBe(1);
    expect(listening('avenir-display')).toBe(1);
  });
  return { ...backend, view };
}

describe('which window this is', () => {
  it('is the projector window only for ?view=projector', () => {
    expect(isProjectorWindow('?view=projector')).toBe(true);
    expect(isProjectorWindow('?view=projector&x=1')).toBe(true);
    expect(isProjectorWindow('')).toBe(false);
    expect(isProjectorWindow('?view=main')).toBe(false);
  });
});

describe('the projector window', () => {
  it('shows only the wall, and calls no command: it only listens (and stops listening)', async () => {
    const { calls, view } = await projectorWindow();
    expect(screen.queryByTestId('app-root')).toBeNull();
    expect(screen.getByTestId('projector-waiting')).toBeTruthy();
    expect(screen.queryByTestId('projector-slide')).toBeNull();
    // Nothing but listening, to the slide, black-out and display events.
    expect(calls.map((c) => c.cmd)).toEqual(['plugin:event|listen', 'plugin:event|listen', 'plugin:event|listen']);
    expect(calls.map((c) => (c.args as { event: string }).event).sort()).toEqual(['avenir-blackout', 'avenir-display', 'avenir-slide']);

    deliver('avenir-slide', groupSlide(['One'], [fr]));
    await screen.findByTestId('projector-slide');
    press('b');
    press('b');
    view.unmount();
    await waitFor(() => expect(listening('avenir-slide')).toBe(0));
    expect(new Set(calls.map((c) => c.cmd))).toEqual(new Set(['plugin:event|listen', 'plugin:event|unlisten']));
  });

  it('shows a slide it is sent: two languages side by side, each column with its lang and dir', async () => {
    await projectorWindow();
    const [title] = exerciseSlides(exercise('four-pathways'), [fr, ar]);
    deliver('avenir-slide', title);
    const slide = await screen.findByTestId('projector-slide');
    expect(screen.queryByTestId('projector-waiting')).toBeNull();
    expect(slide.dataset.slideId).toBe('exercise-four-pathways-title');
    const columns = slide.querySelectorAll('[data-locale]');
    expect(Array.from(columns, (c) => c.getAttribute('data-locale'))).toEqual(['fr', 'ar']);
    const frColumn = screen.getByTestId('projector-column-fr');
    const arColumn = screen.getByTestId('projector-column-ar');
    expect([frColumn.lang, frColumn.dir]).toEqual(['fr', 'ltr']);
    expect([arColumn.lang, arColumn.dir]).toEqual(['ar', 'rtl']);
    expect(within(frColumn).getByTestId('projector-title').textContent).toBe(message('fr', 'ex-four-pathways-title'));
    expect(within(arColumn).getByTestId('projector-title').textContent).toBe(message('ar', 'ex-four-pathways-title'));
    expect(within(arColumn).getByTestId('projector-title').tagName).toBe('H1');
    expect(within(frColumn).getByTestId('projector-line-0').textContent?.trim()).toBe(message('fr', 'ex-four-pathways-intro'));
    // The slide's pictogram, drawn inline.
    expect(slide.querySelector('[data-pictogram="exercise"] svg')).toBeTruthy();
  });

  it('draws the pathway pictograms on the pathway lines, and the next slide replaces the last', async () => {
    await projectorWindow();
    deliver('avenir-slide', pathwaysSlide([fr]));
    await screen.findByTestId('projector-slide');
    const lines = ['0', '1', '2', '3'].map((n) => screen.getByTestId(`projector-line-${n}`));
    expect(lines.map((l) => l.querySelector('[data-pictogram]')?.getAttribute('data-pictogram'))).toEqual([
      'legalise',
      'onward',
      'return',
      'undocumented',
    ]);
    expect(lines[2]?.textContent).toContain(message('fr', 'clients-pathway-return'));
    deliver('avenir-slide', breakSlide(15, [fr]));
    await waitFor(() => expect(screen.getByTestId('projector-slide').dataset.kind).toBe('break'));
    expect(screen.getByTestId('projector-title').textContent).toBe(message('fr', 'projector-wall-break'));
  });

  it('shows group answers as plain text, each line in its own direction', async () => {
    await projectorWindow();
    deliver('avenir-slide', groupSlide(['<img src=x onerror=alert(1)>', 'العمل'], [fr]));
    await screen.findByTestId('projector-slide');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('projector-line-0').textContent?.trim()).toBe('<img src=x onerror=alert(1)>');
    expect(screen.getByTestId('projector-line-1').querySelector('[dir="auto"]')?.textContent).toBe('العمل');
  });

  it('goes back to the quiet screen for a blank slide, and ignores what is not a slide', async () => {
    await projectorWindow();
    deliver('avenir-slide', groupSlide(['One'], [fr]));
    await screen.findByTestId('projector-slide');
    deliver('avenir-slide', { nonsense: true });
    expect(screen.getByTestId('projector-slide')).toBeTruthy();
    deliver('avenir-slide', { id: 'blank', kind: 'blank', pictogram: null, columns: [] });
    await screen.findByTestId('projector-waiting');
    expect(screen.queryByTestId('projector-slide')).toBeNull();
  });

  it('blacks out at once on the event, with nothing under it, until it is lifted', async () => {
    await projectorWindow();
    deliver('avenir-slide', groupSlide(['Still here'], [fr]));
    await screen.findByTestId('projector-slide');
    deliver('avenir-blackout', { on: true });
    // At once: no waiting for the next update.
    expect(screen.getByTestId('projector-blackout')).toBeTruthy();
    expect(screen.queryByTestId('projector-slide')).toBeNull();
    expect(document.body.textContent).not.toContain('Still here');
    // A slide sent meanwhile waits under the black-out.
    deliver('avenir-slide', groupSlide(['Next one'], [fr]));
    expect(document.body.textContent).not.toContain('Next one');
    deliver('avenir-blackout', { on: false });
    expect(screen.queryByTestId('projector-blackout')).toBeNull();
    expect(screen.getByTestId('projector-line-0').textContent?.trim()).toBe('Next one');
  });

  it('blacks out with b or . pressed in the projector window itself, and back', async () => {
    await projectorWindow();
    press('b');
    expect(screen.getByTestId('projector-blackout')).toBeTruthy();
    expect(screen.queryByTestId('projector-waiting')).toBeNull();
    press('b');
    expect(screen.queryByTestId('projector-blackout')).toBeNull();
    press('.');
    expect(screen.getByTestId('projector-blackout')).toBeTruthy();
    press('.');
    expect(screen.getByTestId('projector-waiting')).toBeTruthy();
    press('x');
    expect(screen.queryByTestId('projector-blackout')).toBeNull();
  });
});

describe('the counsellor window', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/index.html');
  });

  it('is not the projector view without ?view=projector', async () => {
    const { calls } = wallBackend({}, { status: 'none' });
    render(App);
    await screen.findByTestId('welcome-screen');
    expect(screen.queryByTestId('projector-view')).toBeNull();
    expect(calls.some((c) => c.cmd === 'vault_status')).toBe(true);
  });

  it('ProjectorView on its own calls nothing but listen', async () => {
    const { calls } = wallBackend();
    render(ProjectorView);
    await waitFor(() => expect(listening('avenir-slide')).toBe(1));
    expect(calls.every((c) => c.cmd === 'plugin:event|listen')).toBe(true);
  });
});
