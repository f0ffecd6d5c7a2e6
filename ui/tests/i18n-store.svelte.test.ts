import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { applyCatalogue, i18n, t, translateError } from '../src/i18n/i18n.svelte';
import { AvenirError } from '../src/ipc';
import { catalogue, message } from './fixtures';

describe('i18n store', () => {
  it('can show the loading text before any catalogue arrives', () => {
    expect(i18n.loaded).toBe(false);
    expect(t('welcome-loading')).toBe(message('en', 'welcome-loading'));
  });

  it('applying ar sets <html lang="ar" dir="rtl">, the title and the strings; en sets ltr back', () => {
    applyCatalogue(catalogue('ar'));
    const root = document.documentElement;
    expect(root.getAttribute('lang')).toBe('ar');
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(document.title).toBe(message('ar', 'welcome-document-title'));
    expect(i18n.locale).toBe('ar');
    expect(i18n.dir).toBe('rtl');
    expect(i18n.loaded).toBe(true);
    expect(t('welcome-title')).toBe(message('ar', 'welcome-title'));
    expect(i18n.available.map((l) => l.locale)).toEqual(['en', 'nl', 'fr', 'ar', 'es', 'hy', 'pt-BR', 'ru', 'uk']);

    applyCatalogue(catalogue('en'));
    expect(root.getAttribute('lang')).toBe('en');
    expect(root.getAttribute('dir')).toBe('ltr');
    expect(t('welcome-title')).toBe('Welcome to Avenir');
  });

  it('translates an AvenirError in the current language, falling back along the chain', () => {
    const error = new AvenirError({
      code: 'unknown_locale',
      messageId: 'error-unknown-locale',
      args: { locale: 'xx' },
    });
    applyCatalogue(catalogue('nl'));
    expect(translateError(error)).toBe(message('nl', 'error-unknown-locale', { locale: 'xx' }));
    applyCatalogue(catalogue('ar'));
    expect(translateError(error)).toBe(message('ar', 'error-unknown-locale', { locale: 'xx' }));
    applyCatalogue(catalogue('uk'));
    // Ukrainian holds what the person reads, not the counsellor's errors: English is the fallback.
    expect(translateError(error)).toBe(message('en', 'error-unknown-locale', { locale: 'xx' }));
    expect(translateError(AvenirError.internal())).toBe(message('en', 'error-internal'));
  });

  it('is reactive: derived values follow a new catalogue', () => {
    applyCatalogue(catalogue('en'));
    let seen = '';
    const stop = $effect.root(() => {
      $effect(() => {
        seen = t('welcome-tagline');
      });
    });
    flushSync();
    expect(seen).toBe(message('en', 'welcome-tagline'));
    applyCatalogue(catalogue('fr'));
    flushSync();
    expect(seen).toBe(message('fr', 'welcome-tagline'));
    stop();
  });
});
