// The display settings of this device (text size, high contrast): commands of the counsellor
// window, and the event that carries them to the projector window (which calls no command).
import { emitTo, listen, type UnlistenFn } from '@tauri-apps/api/event';
import { call } from './call';
import { toAvenirError } from './errors';
import type { DisplayDto } from './generated/app';

export type Display = DisplayDto;

export const DISPLAY_EVENT = 'avenir-display';
const PROJECTOR = 'projector';

/** The saved display settings (the defaults when none are saved). */
export function getDisplay(): Promise<Display> {
  return call<Display>('get_display');
}

/** Saves the display settings of this device; answers what was saved. */
export function setDisplay(display: Display): Promise<Display> {
  return call<Display>('set_display', { textSize: display.textSize, highContrast: display.highContrast });
}

/** What the wall is sent with every slide; null until the settings are known. */
let wallDisplay: Display | null = null;

/** Counsellor window: the settings the projector window follows from now on. */
export function keepDisplayForWall(display: Display): void {
  wallDisplay = { textSize: display.textSize, highContrast: display.highContrast };
}

/**
 * Counsellor window: sends the kept settings to the projector window, without waiting (before
 * each slide, so a window that has just opened gets them with its first slide). Nothing is sent
 * before they are known; a wall that is not open is nobody's concern.
 */
export function sendDisplayToWall(): void {
  if (wallDisplay === null) return;
  emitTo(PROJECTOR, DISPLAY_EVENT, wallDisplay).catch(() => undefined);
}

/** Projector window: calls `callback` with the settings the counsellor window sends. */
export async function onDisplay(callback: (display: unknown) => void): Promise<() => void> {
  let stop: UnlistenFn;
  try {
    stop = await listen<unknown>(DISPLAY_EVENT, (e) => callback(e.payload));
  } catch (raw) {
    throw toAvenirError(raw);
  }
  return () => {
    Promise.resolve()
      .then(stop)
      .catch(() => undefined);
  };
}
