import { configure } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach } from 'vitest';
import { display } from '../src/lib/display.svelte';
import { presentation } from '../src/lib/presentation.svelte';

// The counsellor's screens load as a separate chunk (ui/src/lib/lazy-screens.ts); the first
// import in a test file also transforms them, which can take longer than the default 1 s.
configure({ asyncUtilTimeout: 5000 });

// Vitest's jsdom is created with pretendToBeVisual, which provides
// requestAnimationFrame; keep a fallback in case that ever changes.
if (typeof window.requestAnimationFrame !== 'function') {
  window.requestAnimationFrame = (callback: FrameRequestCallback): number =>
    window.setTimeout(() => callback(performance.now()), 16);
  window.cancelAnimationFrame = (handle: number): void => window.clearTimeout(handle);
}

afterEach(() => {
  clearMocks();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
  document.title = '';
  // Presentation-safe mode is ambient state: one test's mode must not leak into the next.
  presentation.reset();
  // So are the display settings (text size, contrast) and what they wrote on <html>.
  display.reset();
});
