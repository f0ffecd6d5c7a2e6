import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import App from '../src/App.svelte';
import { afterFrames } from '../src/lib/frames';
import { backend, count, text, type Call } from './backend';
import { catalogue, message, type TestLocale } from './fixtures';

async function renderWelcome(calls: Call[]) {
  const result = render(App);
  await screen.findByTestId('welcome-screen');
  await waitFor(() => expect(count(calls, 'frontend_ready')).toBe(1));
  return result;
}

describe('App start-up', () => {
  it('shows the loading text until the catalogue arrives', async () => {
    let answer: (c: unknown) => void = () => undefined;
    backend({ get_catalogue: () => new Promise((resolve) => (answer = resolve)) });
    render(App);
    expect(screen.getByTestId('app-root')).toBeTruthy();
    expect(text('app-loading')).toBe(message('en', 'welcome-loading'));
    expect(screen.queryByTestId('welcome-screen')).toBeNull();
    answer(catalogue('en'));
    await screen.findByTestId('welcome-screen');
    expect(screen.queryByTestId('app-loading')).toBeNull();
  });

  it('renders the English welcome screen from the real catalogue', async () => {
    const calls = backend();
    await renderWelcome(calls);
    expect(text('app-name')).toBe(message('en', 'app-name'));
    expect(text('welcome-title')).toBe('Welcome to Avenir');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Avenir');
    expect(text('welcome-tagline')).toBe(message('en', 'welcome-tagline'));
    expect(text('welcome-safety')).toBe(message('en', 'welcome-safety'));
    const vault = screen.getByTestId('vault-panel');
    expect(vault.querySelector('h2')?.textContent).toBe(message('en', 'welcome-vault-heading'));
    expect(vault.textContent).toContain(message('en', 'welcome-vault-empty'));
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.title).toBe(message('en', 'welcome-document-title'));
    expect(screen.queryByTestId('app-error')).toBeNull();
  });

  it('shows a labelled group with one button per available locale', async () => {
    await renderWelcome(backend());
    const group = screen.getByRole('group', { name: message('en', 'welcome-language-label') });
    expect(group.dataset.testid).toBe('language-switcher');
    const buttons = Array.from(group.querySelectorAll('button'));
    expect(buttons.map((b) => b.dataset.testid)).toEqual([
      'language-option-en',
      'language-option-nl',
      'language-option-fr',
      'language-option-ar',
    ]);
    const ar = screen.getByTestId('language-option-ar');
    expect(ar.textContent?.trim()).toBe('العربية');
    expect(ar.getAttribute('lang')).toBe('ar');
    expect(ar.getAttribute('dir')).toBe('rtl');
    expect(ar.getAttribute('type')).toBe('button');
    expect(screen.getByTestId('language-option-nl').textContent?.trim()).toBe('Nederlands');
    expect(screen.getByTestId('language-option-en').getAttribute('aria-pressed')).toBe('true');
    expect(ar.getAttribute('aria-pressed')).toBe('false');
  });

  it('calls frontend_ready once, after the welcome screen is in the document', async () => {
    let screenPresentWhenReady: boolean | null = null;
    const calls = backend({
      frontend_ready: () => {
        screenPresentWhenReady = document.querySelector('[data-testid="welcome-screen"]') !== null;
        return null;
      },
    });
    await renderWelcome(calls);
    expect(screenPresentWhenReady).toBe(true);
    const order = calls.map((c) => c.cmd);
    expect(order.indexOf('get_catalogue')).toBeLessThan(order.indexOf('frontend_ready'));
    await afterFrames(4);
    expect(count(calls, 'frontend_ready')).toBe(1);
  });

  it('waits two animation frames after the welcome screen before frontend_ready', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    const runFrame = async () => {
      const due = frames.splice(0);
      for (const callback of due) callback(performance.now());
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    const calls = backend();
    render(App);
    await screen.findByTestId('welcome-screen');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(count(calls, 'frontend_ready')).toBe(0);
    await runFrame();
    expect(count(calls, 'frontend_ready')).toBe(0);
    await runFrame();
    expect(count(calls, 'frontend_ready')).toBe(1);
  });

  it('ignores a failing frontend_ready', async () => {
    const calls = backend({
      frontend_ready: () => {
        throw 'benchmark not listening';
      },
    });
    await renderWelcome(calls);
    await afterFrames(2);
    expect(screen.queryByTestId('app-error')).toBeNull();
    expect(text('welcome-title')).toBe('Welcome to Avenir');
  });

  it('shows the error message id when the catalogue cannot be loaded', async () => {
    const calls = backend({
      get_catalogue: () => {
        throw { code: 'io', messageId: 'error-preferences-unreadable', args: {} };
      },
    });
    render(App);
    const error = await screen.findByTestId('app-error');
    expect(error.textContent?.trim()).toBe('error-preferences-unreadable');
    expect(error.getAttribute('role')).toBe('alert');
    expect(screen.queryByTestId('welcome-screen')).toBeNull();
    expect(screen.queryByTestId('app-loading')).toBeNull();
    await afterFrames(3);
    expect(count(calls, 'frontend_ready')).toBe(0);
  });

  it('shows error-internal for a malformed catalogue failure', async () => {
    backend({
      get_catalogue: () => {
        throw new Error('raw details that must not be shown');
      },
    });
    render(App);
    const error = await screen.findByTestId('app-error');
    expect(error.textContent?.trim()).toBe('error-internal');
  });
});

describe('language switching', () => {
  it('switches the whole page to Arabic, right to left', async () => {
    const calls = backend();
    await renderWelcome(calls);
    await fireEvent.click(screen.getByTestId('language-option-ar'));
    await waitFor(() => expect(text('welcome-title')).toBe(message('ar', 'welcome-title')));

    expect(calls.filter((c) => c.cmd === 'set_language').map((c) => c.args)).toEqual([{ locale: 'ar' }]);
    expect(text('welcome-tagline')).toBe(message('ar', 'welcome-tagline'));
    expect(text('welcome-safety')).toBe(message('ar', 'welcome-safety'));
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(screen.getByTestId('language-option-ar').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('language-option-en').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('group', { name: message('ar', 'welcome-language-label') })).toBeTruthy();
    expect(count(calls, 'frontend_ready')).toBe(1);
  });

  it('switches back to English, left to right', async () => {
    const calls = backend({ get_catalogue: () => catalogue('ar') });
    await renderWelcome(calls);
    expect(document.documentElement.dir).toBe('rtl');
    await fireEvent.click(screen.getByTestId('language-option-en'));
    await waitFor(() => expect(text('welcome-title')).toBe('Welcome to Avenir'));
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('en');
  });

  it('does not call set_language for the language already chosen', async () => {
    const calls = backend();
    await renderWelcome(calls);
    await fireEvent.click(screen.getByTestId('language-option-en'));
    await afterFrames(2);
    expect(count(calls, 'set_language')).toBe(0);
  });

  it('shows the translated error when set_language fails, and keeps the page usable', async () => {
    const calls = backend({
      set_language: (_cmd, args) => {
        throw { code: 'unknown_locale', messageId: 'error-unknown-locale', args: { locale: (args as { locale: string }).locale } };
      },
    });
    await renderWelcome(calls);
    await fireEvent.click(screen.getByTestId('language-option-fr'));
    const error = await screen.findByTestId('app-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe(message('en', 'error-unknown-locale', { locale: 'fr' }));
    expect(error.textContent).toContain('fr');
    expect(text('welcome-title')).toBe('Welcome to Avenir');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByTestId('language-option-en').getAttribute('aria-pressed')).toBe('true');
  });

  it('clears the error after a successful switch', async () => {
    let fail = true;
    const calls = backend({
      set_language: (_cmd, args) => {
        if (fail) throw 'garbage';
        return catalogue((args as { locale: TestLocale }).locale);
      },
    });
    await renderWelcome(calls);
    await fireEvent.click(screen.getByTestId('language-option-nl'));
    expect((await screen.findByTestId('app-error')).textContent).toBe(message('en', 'error-internal'));
    fail = false;
    await fireEvent.click(screen.getByTestId('language-option-nl'));
    await waitFor(() => expect(text('welcome-title')).toBe(message('nl', 'welcome-title')));
    expect(screen.queryByTestId('app-error')).toBeNull();
  });
});
