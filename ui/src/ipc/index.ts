// The only module of the UI that talks to the Rust back end.
import { invoke, type InvokeArgs } from '@tauri-apps/api/core';
import { toAvenirError } from './errors';
import type { Catalogue } from './types';

export { AvenirError, toAvenirError, isErrorPayload } from './errors';
export type * from './types';

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw toAvenirError(raw);
  }
}

/** The catalogue for the language saved in the preferences. */
export function getCatalogue(): Promise<Catalogue> {
  return call<Catalogue>('get_catalogue');
}

/** Saves `locale` as the preferred language and returns its catalogue. */
export function setLanguage(locale: string): Promise<Catalogue> {
  return call<Catalogue>('set_language', { locale });
}

/** Tells the back end the first screen is on screen (start-up benchmark). */
export function frontendReady(): Promise<void> {
  return call<void>('frontend_ready');
}
