import type { ErrorArgs, ErrorPayload } from './types';

export const INTERNAL_CODE = 'internal';
export const INTERNAL_MESSAGE_ID = 'error-internal';

/**
 * An error from the back end, or one the front end could not make sense of.
 * Display it with the i18n helper `translateError`, never with `.message`.
 */
export class AvenirError extends Error {
  readonly code: string;
  readonly messageId: string;
  readonly args: ErrorArgs;

  constructor(payload: ErrorPayload, options?: { cause?: unknown }) {
    super(`${payload.code}: ${payload.messageId}`, options);
    this.name = 'AvenirError';
    this.code = payload.code;
    this.messageId = payload.messageId;
    this.args = { ...payload.args };
  }

  /** The catch-all error; `cause` keeps the raw value for debugging only. */
  static internal(cause?: unknown): AvenirError {
    return new AvenirError(
      { code: INTERNAL_CODE, messageId: INTERNAL_MESSAGE_ID, args: {} },
      { cause },
    );
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isErrorArgs(value: unknown): value is ErrorArgs {
  if (!isPlainObject(value)) return false;
  return Object.values(value).every(
    (v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)),
  );
}

/** True when `value` has exactly the shape the back end promises for errors. */
export function isErrorPayload(value: unknown): value is ErrorPayload {
  if (!isPlainObject(value)) return false;
  return (
    typeof value.code === 'string' &&
    value.code !== '' &&
    typeof value.messageId === 'string' &&
    value.messageId !== '' &&
    isErrorArgs(value.args)
  );
}

/** Converts anything thrown or rejected into an AvenirError. */
export function toAvenirError(raw: unknown): AvenirError {
  if (raw instanceof AvenirError) return raw;
  if (isErrorPayload(raw)) return new AvenirError(raw, { cause: raw });
  return AvenirError.internal(raw);
}
