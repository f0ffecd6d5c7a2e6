// The one place where a command is sent to the Rust back end.
import { invoke, type InvokeArgs, type InvokeOptions } from '@tauri-apps/api/core';
import { toAvenirError } from './errors';

/** Runs `command`; any failure becomes an AvenirError. */
export async function call<T>(command: string, args?: InvokeArgs, options?: InvokeOptions): Promise<T> {
  try {
    return await invoke<T>(command, args, options);
  } catch (raw) {
    throw toAvenirError(raw);
  }
}
