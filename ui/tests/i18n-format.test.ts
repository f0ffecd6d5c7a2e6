import { describe, expect, it, vi } from 'vitest';
import { buildBundles, formatMessage } from '../src/i18n/format';
import { ftlOf, message } from './fixtures';

// Fluent wraps placeables in Unicode isolation marks (FSI … PDI) so that a
// left-to-right value stays readable inside right-to-left text.
const FSI = '\u2068';
const PDI = '\u2069';

const quietWarn = () => vi.fn<(...data: unknown[]) => void>();

describe('formatMessage with the real catalogues', () => {
  it('formats plain messages in each complete locale', () => {
    const warn = quietWarn();
    for (const [locale, title] of [
      ['en', 'Welcome to Avenir'],
      ['nl', 'Welkom bij Avenir'],
      ['fr', 'Bienvenue dans Avenir'],
    ] as const) {
      const bundles = buildBundles([{ locale, ftl: ftlOf(locale) }], warn);
      expect(formatMessage(bundles, 'welcome-title', undefined, warn)).toBe(title);
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('formats with arguments', () => {
    const warn = quietWarn();
    const en = buildBundles([{ locale: 'en', ftl: ftlOf('en') }], warn);
    const fr = buildBundles([{ locale: 'fr', ftl: ftlOf('fr') }], warn);
    expect(formatMessage(en, 'error-unknown-locale', { locale: 'tlh' }, warn)).toBe(
      `The language “${FSI}tlh${PDI}” is not available in Avenir.`,
    );
    expect(formatMessage(fr, 'error-unknown-locale', { locale: 'tlh' }, warn)).toBe(
      `La langue « ${FSI}tlh${PDI} » n’est pas disponible dans Avenir.`,
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns when an argument is missing but still returns the text', () => {
    const warn = quietWarn();
    const en = buildBundles([{ locale: 'en', ftl: ftlOf('en') }], warn);
    const text = formatMessage(en, 'error-unknown-locale', {}, warn);
    expect(text).toContain('is not available in Avenir.');
    expect(warn).toHaveBeenCalledOnce();
  });

  it('falls back to the next bundle when the first lacks the message', () => {
    const warn = quietWarn();
    // Russian holds what the person reads, not the counsellor's error messages: those come from English.
    const bundles = buildBundles(
      [
        { locale: 'ru', ftl: ftlOf('ru') },
        { locale: 'en', ftl: ftlOf('en') },
      ],
      warn,
    );
    expect(formatMessage(bundles, 'welcome-title', undefined, warn)).toBe(message('ru', 'welcome-title'));
    expect(formatMessage(bundles, 'error-internal', undefined, warn)).toBe(
      'Something went wrong inside Avenir. Nothing you recorded was changed.',
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('prefers the first bundle when both have the message', () => {
    const bundles = buildBundles([
      { locale: 'nl', ftl: ftlOf('nl') },
      { locale: 'en', ftl: ftlOf('en') },
    ]);
    expect(formatMessage(bundles, 'language-name')).toBe('Nederlands');
  });

  it('returns the id and warns when no bundle has the message', () => {
    const warn = quietWarn();
    const bundles = buildBundles([{ locale: 'en', ftl: ftlOf('en') }], warn);
    expect(formatMessage(bundles, 'no-such-message', undefined, warn)).toBe('no-such-message');
    expect(formatMessage([], 'welcome-title', undefined, warn)).toBe('welcome-title');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toContain('no-such-message');
  });

  it('uses console.warn by default', () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(formatMessage([], 'missing-id')).toBe('missing-id');
    expect(spy).toHaveBeenCalledOnce();
  });
});

describe('buildBundles', () => {
  it('builds one bundle per chain entry, in order', () => {
    const bundles = buildBundles([
      { locale: 'ar', ftl: ftlOf('ar') },
      { locale: 'en', ftl: ftlOf('en') },
    ]);
    expect(bundles.map((b) => b.locales[0])).toEqual(['ar', 'en']);
  });

  it('reports entries that do not parse, and keeps the others', () => {
    const warn = quietWarn();
    const [bundle] = buildBundles([{ locale: 'en', ftl: 'good = Fine\nbroken = { $\nalso-good = Also fine\n' }], warn);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toContain('broken');
    expect(bundle?.hasMessage('good')).toBe(true);
    expect(bundle?.hasMessage('also-good')).toBe(true);
    expect(bundle?.hasMessage('broken')).toBe(false);
  });

  it('reports a message defined twice', () => {
    const warn = quietWarn();
    buildBundles([{ locale: 'en', ftl: 'twice = One\ntwice = Two\n' }], warn);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toContain('twice');
  });

  it('parses every real catalogue without warnings', () => {
    const warn = quietWarn();
    buildBundles(
      (['en', 'nl', 'fr', 'ar'] as const).map((locale) => ({ locale, ftl: ftlOf(locale) })),
      warn,
    );
    expect(warn).not.toHaveBeenCalled();
  });
});
