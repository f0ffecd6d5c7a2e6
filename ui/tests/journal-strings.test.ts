// The strings of the decision journal and the pathway cards: in journal.ftl of en, nl and fr,
// with the same messages and variables, and every id the sources name is there.
import { describe, expect, it } from 'vitest';
import { FTL_FILES, type TestLocale } from './fixtures';
import { SOURCES, variablesById } from './ftl-helpers';

const sources = SOURCES;

const LOCALES: TestLocale[] = ['en', 'nl', 'fr'];

describe('journal strings', () => {
  it('journal.ftl has the same messages with the same variables in en, nl and fr', () => {
    const en = variablesById(FTL_FILES.en['journal.ftl'] ?? '');
    expect(en.size).toBeGreaterThan(50);
    expect([...en.keys()].every((id) => id.startsWith('journal-') || id.startsWith('pathcard-'))).toBe(true);
    expect(en.get('pathcard-checked')).toEqual(['date']);
    for (const locale of ['nl', 'fr'] as const) {
      const other = variablesById(FTL_FILES[locale]['journal.ftl'] ?? '');
      expect([...other.keys()].sort(), locale).toEqual([...en.keys()].sort());
      for (const [id, vars] of en) expect(other.get(id), `${locale} ${id}`).toEqual(vars);
    }
  });

  it('every journal- and pathcard- id named in the sources exists in en, nl and fr', () => {
    const used = new Set<string>();
    for (const [, source] of Object.entries(sources)) {
      for (const m of source.matchAll(/'((?:journal|pathcard)-[a-z0-9-]*[a-z0-9])'/g)) used.add(m[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(40);
    for (const locale of LOCALES) {
      const ids = variablesById(FTL_FILES[locale]['journal.ftl'] ?? '');
      expect([...used].filter((id) => !ids.has(id)), locale).toEqual([]);
    }
  });

  it('French puts a no-break space before double punctuation', () => {
    const fr = FTL_FILES.fr['journal.ftl'] ?? '';
    expect(fr).not.toMatch(/ [:?!;]/);
  });
});
