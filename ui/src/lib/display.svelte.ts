// The display settings as ambient state (Svelte 5 runes): the text size and the high-contrast
// palette of this device, read from the back end at start (before any vault is unlocked), applied
// to the page's root element, saved when the counsellor changes them, and sent to the wall.
import { getDisplay, keepDisplayForWall, sendDisplayToWall, setDisplay, type Display } from '../ipc';
import { applyDisplay, DEFAULT_DISPLAY, readDisplay, type TextSize } from './display';

class DisplayState {
  textSize = $state<TextSize>(DEFAULT_DISPLAY.textSize);
  highContrast = $state(DEFAULT_DISPLAY.highContrast);

  #show(display: Display): void {
    const checked = readDisplay(display);
    this.textSize = checked.textSize;
    this.highContrast = checked.highContrast;
    applyDisplay(document.documentElement, checked);
    keepDisplayForWall(checked);
  }

  /**
   * Applies the saved settings (the counsellor window, at start). A failure leaves the defaults:
   * the interface comes up readable whatever happens.
   */
  restore = async (): Promise<void> => {
    let saved: Display;
    try {
      saved = await getDisplay();
    } catch {
      applyDisplay(document.documentElement, DEFAULT_DISPLAY);
      return;
    }
    this.#show(saved);
  };

  /**
   * Saves `change` for this device, then applies what was saved, here and on the wall. Throws the
   * back end's error (nothing is applied then).
   */
  change = async (change: Partial<Display>): Promise<void> => {
    const next: Display = { textSize: this.textSize, highContrast: this.highContrast, ...change };
    this.#show(await setDisplay(next));
    sendDisplayToWall();
  };

  /** The projector window: applies what the counsellor window sent (it saves nothing). */
  follow = (raw: unknown): void => {
    const checked = readDisplay(raw);
    this.textSize = checked.textSize;
    this.highContrast = checked.highContrast;
    applyDisplay(document.documentElement, checked);
  };

  /** Back to the defaults, on the page too (tests). */
  reset = (): void => {
    this.textSize = DEFAULT_DISPLAY.textSize;
    this.highContrast = DEFAULT_DISPLAY.highContrast;
    const root = document.documentElement;
    delete root.dataset['textSize'];
    delete root.dataset['contrast'];
  };
}

export const display = new DisplayState();
