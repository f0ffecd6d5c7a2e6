// The display settings of this device: a text size of 100–200 % and a high-contrast palette,
// restored at start before any vault is open, changed from the top bar (the welcome and lock
// screens too) and from the vault's settings, saved by the back end, applied to the page's root,
// sent to the wall — and the stylesheet that turns them into sizes and colours.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../src/App.svelte';
import { showOnProjector } from '../src/ipc';
import { applyDisplay, chartWidth, DEFAULT_DISPLAY, isTextSize, readDisplay, TEXT_SIZES } from '../src/lib/display';
import { display } from '../src/lib/display.svelte';
import { blankSlide } from '../src/lib/slides';
import ProjectorView from '../src/screens/projector/ProjectorView.svelte';
import appCss from '../src/styles/app.css?raw';
import { argsOf, backend, count, failure, locked, PROFILE_A, renderApp, unlocked } from './backend';
import { message } from './fixtures';
import { deliver, emitted, listening, wallBackend } from './projector-fixtures';

const root = () => document.documentElement;
const pressed = (testid: string) => screen.getByTestId(testid).getAttribute('aria-pressed');

describe('the display settings, pure', () => {
  it('knows the five text sizes and checks what it is given', () => {
    expect([...TEXT_SIZES]).toEqual([100, 125, 150, 175, 200]);
    expect(TEXT_SIZES.every(isTextSize)).toBe(true);
    for (const bad of [0, 99, 130, 225, '150', null]) expect(isTextSize(bad)).toBe(false);
    expect(readDisplay({ textSize: 175, highContrast: true })).toEqual({ textSize: 175, highContrast: true });
    expect(readDisplay({ textSize: 130, highContrast: 'yes' })).toEqual(DEFAULT_DISPLAY);
    expect(readDisplay('<script>')).toEqual(DEFAULT_DISPLAY);
  });

  it('writes the settings on the root element, and takes the contrast off again', () => {
    applyDisplay(root(), { textSize: 150, highContrast: true });
    expect(root().getAttribute('data-text-size')).toBe('150');
    expect(root().getAttribute('data-contrast')).toBe('high');
    applyDisplay(root(), { textSize: 100, highContrast: false });
    expect(root().getAttribute('data-text-size')).toBe('100');
    expect(root().hasAttribute('data-contrast')).toBe(false);
  });

  it('draws charts narrower with larger text, so their labels grow with it', () => {
    expect(chartWidth(640, 100)).toBe(640);
    expect(chartWidth(640, 200)).toBe(320);
    expect(chartWidth(640, 150)).toBe(427);
    expect(chartWidth(640, 130)).toBe(640);
  });
});

describe('at start', () => {
  it('the saved settings are applied before any vault is open (the welcome screen)', async () => {
    const calls = backend({ get_display: () => ({ textSize: 150, highContrast: true }) });
    render(App);
    await screen.findByTestId('welcome-screen');
    await waitFor(() => expect(root().getAttribute('data-text-size')).toBe('150'));
    expect(root().getAttribute('data-contrast')).toBe('high');
    expect(count(calls, 'get_display')).toBe(1);
    expect(count(calls, 'set_display')).toBe(0);
  });

  it('a back end that cannot answer leaves normal text and the calm palette', async () => {
    backend({ get_display: () => failure('error-preferences-unreadable') });
    render(App);
    await screen.findByTestId('welcome-screen');
    await waitFor(() => expect(root().getAttribute('data-text-size')).toBe('100'));
    expect(root().hasAttribute('data-contrast')).toBe(false);
  });
});

describe('the display menu of the top bar', () => {
  it('on the lock screen: sets the text size and the contrast, each saved and applied at once', async () => {
    const calls = await renderApp(locked(PROFILE_A), 'unlock-form');
    const toggle = screen.getByTestId('display-menu-toggle');
    expect(toggle.textContent?.trim()).toBe(message('en', 'display-menu'));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('display-menu-panel').hidden).toBe(true);
    await fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByTestId('display-menu-panel');
    expect(panel.hidden).toBe(false);
    expect(within(panel).getByText(message('en', 'display-hint'))).toBeTruthy();
    expect(pressed('bar-text-size-100')).toBe('true');
    expect(screen.getByTestId('bar-text-size-150').textContent?.trim()).toBe(message('en', 'display-text-size-value', { percent: 150 }));

    await fireEvent.click(screen.getByTestId('bar-text-size-175'));
    await waitFor(() => expect(root().getAttribute('data-text-size')).toBe('175'));
    expect(argsOf(calls, 'set_display')).toEqual([{ textSize: 175, highContrast: false }]);
    expect(pressed('bar-text-size-175')).toBe('true');
    expect(pressed('bar-text-size-100')).toBe('false');

    await fireEvent.click(screen.getByTestId('bar-high-contrast'));
    await waitFor(() => expect(root().getAttribute('data-contrast')).toBe('high'));
    expect(argsOf(calls, 'set_display').at(-1)).toEqual({ textSize: 175, highContrast: true });
    expect(pressed('bar-high-contrast')).toBe('true');
    await fireEvent.click(screen.getByTestId('bar-high-contrast'));
    await waitFor(() => expect(root().hasAttribute('data-contrast')).toBe(false));
    expect(argsOf(calls, 'set_display').at(-1)).toEqual({ textSize: 175, highContrast: false });
  });

  it('closes with Escape, the keyboard back on its button', async () => {
    await renderApp(locked(PROFILE_A), 'unlock-form');
    const toggle = screen.getByTestId('display-menu-toggle');
    await fireEvent.click(toggle);
    screen.getByTestId('bar-text-size-125').focus();
    await fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(screen.getByTestId('display-menu-panel').hidden).toBe(true));
    expect(document.activeElement).toBe(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('says so when the setting cannot be saved, and changes nothing', async () => {
    await renderApp(locked(PROFILE_A), 'unlock-form', { set_display: () => failure('error-preferences-unwritable') });
    await fireEvent.click(screen.getByTestId('display-menu-toggle'));
    await fireEvent.click(screen.getByTestId('bar-text-size-200'));
    const error = await screen.findByTestId('bar-display-error');
    expect(error.textContent).toBe(message('en', 'error-preferences-unwritable'));
    expect(root().getAttribute('data-text-size')).toBe('100');
    expect(pressed('bar-text-size-100')).toBe('true');
    expect(display.textSize).toBe(100);
  });
});

describe('in the vault’s settings', () => {
  it('the same settings, showing what the bar set', async () => {
    const calls = await renderApp(unlocked(), 'vault-home', { get_display: () => ({ textSize: 125, highContrast: true }) });
    const card = await screen.findByTestId('display-settings');
    expect(within(card).getByRole('heading').textContent).toBe(message('en', 'display-heading'));
    await waitFor(() => expect(pressed('settings-text-size-125')).toBe('true'));
    expect(pressed('settings-high-contrast')).toBe('true');
    await fireEvent.click(screen.getByTestId('settings-text-size-200'));
    await waitFor(() => expect(root().getAttribute('data-text-size')).toBe('200'));
    expect(argsOf(calls, 'set_display')).toEqual([{ textSize: 200, highContrast: true }]);
    // The bar's buttons show the same state.
    await fireEvent.click(screen.getByTestId('display-menu-toggle'));
    expect(pressed('bar-text-size-200')).toBe('true');
  });
});

describe('the second screen', () => {
  it('is sent the settings when they change and before every slide', async () => {
    const { calls } = wallBackend({ set_display: (_cmd, args) => ({ ...(args as object) }) });
    await display.change({ textSize: 150, highContrast: true });
    const sent = () => emitted(calls).filter((e) => e.event === 'avenir-display');
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toEqual({ target: { kind: 'AnyLabel', label: 'projector' }, event: 'avenir-display', payload: { textSize: 150, highContrast: true } });
    await showOnProjector(blankSlide());
    const events = emitted(calls).map((e) => e.event);
    expect(events.slice(-2)).toEqual(['avenir-display', 'avenir-slide']);
  });

  it('the projector window applies what it is sent (and nothing that is not a setting)', async () => {
    wallBackend();
    render(ProjectorView);
    await waitFor(() => expect(listening('avenir-display')).toBe(1));
    deliver('avenir-display', { textSize: 200, highContrast: true });
    await waitFor(() => expect(root().getAttribute('data-text-size')).toBe('200'));
    expect(root().getAttribute('data-contrast')).toBe('high');
    deliver('avenir-display', { textSize: 'huge', highContrast: 1 });
    await waitFor(() => expect(root().getAttribute('data-text-size')).toBe('100'));
    expect(root().hasAttribute('data-contrast')).toBe(false);
  });
});

// ---- The stylesheet -------------------------------------------------------------------------

/** The declarations of the first rule whose selector is exactly `selector`. */
function block(selector: string): Map<string, string> {
  const start = appCss.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector}`);
  const body = appCss.slice(appCss.indexOf('{', start) + 1, appCss.indexOf('}', start));
  const declarations = new Map<string, string>();
  for (const m of body.matchAll(/(--[\w-]+|[\w-]+)\s*:\s*([^;]+);/g)) declarations.set(m[1] ?? '', (m[2] ?? '').trim());
  return declarations;
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const c = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(((n >> 16) & 255) / 255) + 0.7152 * c(((n >> 8) & 255) / 255) + 0.0722 * c((n & 255) / 255);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the stylesheet', () => {
  it('scales the root font size by the text size, one rule per size', () => {
    expect(block(':root').get('font-size')).toMatch(/^calc\(clamp\(.+\) \* var\(--text-scale\)\)$/);
    expect(block(':root').get('--text-scale')).toBe('1');
    for (const size of TEXT_SIZES.filter((s) => s !== 100)) {
      expect(block(`:root[data-text-size='${size}']`).get('--text-scale'), `${size}`).toBe(String(size / 100));
    }
  });

  it('gives the high-contrast palette every colour of the calm one, text at AAA contrast (7:1)', () => {
    const before = appCss.slice(0, appCss.indexOf(":root[data-contrast='high'] {"));
    const calm = new Set(Array.from(before.matchAll(/(--color-[\w-]+)\s*:/g), (m) => m[1] ?? ''));
    expect(calm.size).toBeGreaterThanOrEqual(15);
    const high = block(":root[data-contrast='high']");
    for (const name of calm) expect(high.has(name), name).toBe(true);
    const c = (name: string) => high.get(name) ?? '';
    const pairs: [string, string][] = [
      ['--color-text', '--color-bg'],
      ['--color-text', '--color-surface'],
      ['--color-muted', '--color-surface'],
      ['--color-muted', '--color-bg'],
      ['--color-accent', '--color-surface'],
      ['--color-accent', '--color-accent-soft'],
      ['--color-text', '--color-accent-soft'],
      ['--color-on-accent', '--color-accent'],
      ['--color-error-text', '--color-error-bg'],
      ['--color-text', '--color-warning-bg'],
      ['--color-warning', '--color-surface'],
    ];
    for (const [fg, bg] of pairs) expect(contrast(c(fg), c(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(7);
    // Borders and the focus ring stand out as well (3:1 for what is not text).
    expect(contrast(c('--color-border'), c('--color-surface'))).toBeGreaterThanOrEqual(3);
    expect(contrast(c('--color-focus'), c('--color-bg'))).toBeGreaterThanOrEqual(3);
  });

  it('borders every control and shows the focus, a refused value and a pressed button by shape too', () => {
    const high = appCss.slice(appCss.indexOf(":root[data-contrast='high'] {"));
    expect(high).toMatch(/:is\(button, select, textarea, input[^{]*\{\s*border: 0\.125rem solid var\(--color-text\) !important;/);
    expect(high).toMatch(/\[aria-invalid='true'\] \{\s*border: 0\.3rem double/);
    expect(high).toMatch(/:disabled \{\s*border-style: dashed !important;/);
    expect(high).toMatch(/\[aria-pressed='true'\][^{]*\{\s*box-shadow: inset/);
    expect(high).toMatch(/:focus-visible[^{]*\{\s*outline: 0\.25rem solid var\(--color-focus\) !important;/);
  });
});

describe('no text ignores the text size', () => {
  const SOURCES = import.meta.glob<string>('../src/**/*.svelte', { query: '?raw', import: 'default', eager: true });
  /** Set in the units of an SVG drawing (it scales with chartWidth), or on paper of a fixed layout. */
  const ALLOWED: Record<string, RegExp> = {
    'screens/journal/HeatMap.svelte': /^\d+px$/,
    'screens/journal/JournalChart.svelte': /^\d+px$/,
    'screens/create/RecoverySheet.svelte': /^\d+pt$/,
    // The album's booklet: one photo page per sheet of paper, the same on screen, paper and PDF.
    'screens/album/BookletSheet.svelte': /^var\(--type\)$/,
  };

  it('sets no font size in px or pt, except in charts drawn to scale and on fixed paper', () => {
    const fixed: string[] = [];
    for (const [path, source] of Object.entries(SOURCES)) {
      const css = source.slice(source.indexOf('<style'));
      for (const m of css.matchAll(/font-size:\s*([^;]+);/g)) {
        const value = (m[1] ?? '').trim();
        // A size in px or pt, or a sheet's own --type (set in pt), that is not scaled.
        if (!/\d(px|pt)\b|var\(--type\)/.test(value) || /var\(--text-scale/.test(value)) continue;
        const allowed = Object.entries(ALLOWED).find(([file]) => path.endsWith(file))?.[1];
        if (!allowed?.test(value)) fixed.push(`${path}: ${value}`);
      }
    }
    expect(fixed).toEqual([]);
  });
});
