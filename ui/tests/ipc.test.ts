import { mockIPC } from '@tauri-apps/api/mocks';
import type { InvokeArgs } from '@tauri-apps/api/core';
import { describe, expect, it } from 'vitest';
import { AvenirError, frontendReady, getCatalogue, setLanguage } from '../src/ipc';
import { isErrorPayload, toAvenirError } from '../src/ipc/errors';
import { catalogue } from './fixtures';

type Call = { cmd: string; args: InvokeArgs | undefined };

function record(answer: (cmd: string, args: InvokeArgs | undefined) => unknown): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    return answer(cmd, args);
  });
  return calls;
}

async function rejection(promise: Promise<unknown>): Promise<AvenirError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AvenirError);
    return error as AvenirError;
  }
  throw new Error('expected the promise to reject');
}

describe('commands', () => {
  it('getCatalogue calls get_catalogue without arguments and returns its answer', async () => {
    const en = catalogue('en');
    const calls = record(() => en);
    await expect(getCatalogue()).resolves.toEqual(en);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.cmd).toBe('get_catalogue');
    expect(calls[0]?.args ?? {}).toEqual({});
  });

  it('setLanguage calls set_language with { locale } and returns the new catalogue', async () => {
    const ar = catalogue('ar');
    const calls = record((cmd) => (cmd === 'set_language' ? ar : undefined));
    await expect(setLanguage('ar')).resolves.toEqual(ar);
    expect(calls).toEqual([{ cmd: 'set_language', args: { locale: 'ar' } }]);
  });

  it('frontendReady calls frontend_ready and resolves', async () => {
    const calls = record(() => null);
    await expect(frontendReady()).resolves.toBeNull();
    expect(calls.map((c) => c.cmd)).toEqual(['frontend_ready']);
  });
});

describe('errors', () => {
  it('turns an error payload into an AvenirError with the same code, messageId and args', async () => {
    const payload = { code: 'unknown_locale', messageId: 'error-unknown-locale', args: { locale: 'xx', n: 3 } };
    mockIPC(() => {
      throw payload;
    });
    const error = await rejection(setLanguage('xx'));
    expect(error.code).toBe('unknown_locale');
    expect(error.messageId).toBe('error-unknown-locale');
    expect(error.args).toEqual({ locale: 'xx', n: 3 });
    expect(error.name).toBe('AvenirError');
    expect(error).toBeInstanceOf(Error);
  });

  it('accepts a payload delivered as a rejected promise', async () => {
    mockIPC(() => Promise.reject({ code: 'io', messageId: 'error-preferences-unwritable', args: {} }));
    const error = await rejection(getCatalogue());
    expect(error.code).toBe('io');
    expect(error.messageId).toBe('error-preferences-unwritable');
  });

  const malformed: [string, unknown][] = [
    ['a string', 'command get_catalogue not found'],
    ['undefined', undefined],
    ['null', null],
    ['an Error', new Error('boom')],
    ['an object of another shape', { message: 'nope' }],
    ['a payload without args', { code: 'x', messageId: 'error-x' }],
    ['a payload with a non-string messageId', { code: 'x', messageId: 7, args: {} }],
    ['a payload with object-valued args', { code: 'x', messageId: 'error-x', args: { a: { b: 1 } } }],
    ['an array', ['internal', 'error-internal']],
  ];

  it.each(malformed)('turns %s into internal / error-internal and keeps it only as cause', async (_, raw) => {
    mockIPC(() => {
      throw raw;
    });
    const error = await rejection(getCatalogue());
    expect(error.code).toBe('internal');
    expect(error.messageId).toBe('error-internal');
    expect(error.args).toEqual({});
    expect(error.cause).toBe(raw);
  });

  it('a failing frontend_ready also rejects with an AvenirError', async () => {
    mockIPC(() => {
      throw 'not ready';
    });
    const error = await rejection(frontendReady());
    expect(error.messageId).toBe('error-internal');
  });

  it('isErrorPayload accepts exactly the documented shape', () => {
    expect(isErrorPayload({ code: 'a', messageId: 'b', args: {} })).toBe(true);
    expect(isErrorPayload({ code: 'a', messageId: 'b', args: { x: 1, y: 'z' } })).toBe(true);
    expect(isErrorPayload({ code: '', messageId: 'b', args: {} })).toBe(false);
    expect(isErrorPayload({ code: 'a', messageId: 'b', args: [] })).toBe(false);
    expect(isErrorPayload({ code: 'a', messageId: 'b', args: { x: Number.NaN } })).toBe(false);
  });

  it('toAvenirError keeps an AvenirError as it is and copies args', () => {
    const args = { locale: 'xx' };
    const error = toAvenirError({ code: 'c', messageId: 'm', args });
    expect(toAvenirError(error)).toBe(error);
    args.locale = 'changed';
    expect(error.args).toEqual({ locale: 'xx' });
  });
});
