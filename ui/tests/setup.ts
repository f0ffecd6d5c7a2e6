import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach } from 'vitest';

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
});
