// The worksheet screens' own strings: every one translated in en, nl and fr,
// with the same variables, and every id the sources name defined.
import { describe, expect, it } from 'vitest';
import { FTL_FILES } from './fixtures';
import { SOURCES, variablesById } from './ftl-helpers';

const sources = SOURCES;

const used = new Set<string>();
for (const source of Object.values(sources)) {
  for (const m of source.matchAll(/'(worksheet-[a-z0-9-]*[a-z0-9])'/g)) used.add(m[1] ?? '');
}

describe('worksheets.ftl', () => {
  const en = variablesById(FTL_FILES.en['worksheets.ftl'] ?? '');

  it('has the same messages with the same variables in en, nl and fr, all prefixed worksheet-', () => {
    expect(en.size).toBeGreaterThan(40);
    expect([...en.keys()].every((id) => id.startsWith('worksheet-'))).toBe(true);
    expect(en.get('worksheet-activity')).toEqual(['date', 'sessions']);
    for (const locale of ['nl', 'fr'] as const) {
      const other = variablesById(FTL_FILES[locale]['worksheets.ftl'] ?? '');
      expect([...other.keys()].sort(), locale).toEqual([...en.keys()].sort());
      for (const [id, vars] of en) expect(other.get(id), `${locale} ${id}`).toEqual(vars);
    }
  });

  it('defines every worksheet- id the sources use, and holds none they do not', () => {
    expect(used.size).toBeGreaterThan(40);
    for (const locale of ['en', 'nl', 'fr'] as const) {
      const ids = variablesById(FTL_FILES[locale]['worksheets.ftl'] ?? '');
      expect([...used].filter((id) => !ids.has(id)), locale).toEqual([]);
    }
    expect([...en.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('French puts a no-break space before : and ;', () => {
    const fr = FTL_FILES.fr['worksheets.ftl'] ?? '';
    const values = fr
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .map((line) => line.replace(/^[a-z-]+ = /, ''));
    expect(values.filter((line) => / [:;]/.test(line))).toEqual([]);
  });
});
