// The album's and the booklet's strings: every one translated in en, nl and
// fr with the same variables, every id the sources name defined, none unused.
import { describe, expect, it } from 'vitest';
import { ALBUM_CATEGORIES } from '../src/ipc/album-types';
import { CATEGORY_LABEL_IDS } from '../src/lib/album';
import { FTL_FILES } from './fixtures';
import { SOURCES, variablesById } from './ftl-helpers';

const sources = SOURCES;

const used = new Set<string>();
for (const source of Object.values(sources)) {
  for (const m of source.matchAll(/'((?:album|booklet)-[a-z0-9-]*[a-z0-9])'/g)) used.add(m[1] ?? '');
}

describe('album.ftl', () => {
  const en = variablesById(FTL_FILES.en['album.ftl'] ?? '');

  it('has the same messages with the same variables in en, nl and fr, all prefixed album- or booklet-', () => {
    expect(en.size).toBeGreaterThan(80);
    expect([...en.keys()].every((id) => id.startsWith('album-') || id.startsWith('booklet-'))).toBe(true);
    expect(en.get('album-import-progress')).toEqual(['n', 'total']);
    expect(en.get('album-message-from')).toEqual(['from']);
    for (const locale of ['nl', 'fr'] as const) {
      const other = variablesById(FTL_FILES[locale]['album.ftl'] ?? '');
      expect([...other.keys()].sort(), locale).toEqual([...en.keys()].sort());
      for (const [id, vars] of en) expect(other.get(id), `${locale} ${id}`).toEqual(vars);
    }
  });

  it('defines every album- and booklet- id the sources use, and holds none they do not', () => {
    for (const locale of ['en', 'nl', 'fr'] as const) {
      const ids = variablesById(FTL_FILES[locale]['album.ftl'] ?? '');
      expect([...used].filter((id) => !ids.has(id)), locale).toEqual([]);
    }
    expect([...en.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('labels every category', () => {
    expect(Object.keys(CATEGORY_LABEL_IDS).sort()).toEqual([...ALBUM_CATEGORIES].sort());
    for (const category of ALBUM_CATEGORIES) expect(CATEGORY_LABEL_IDS[category]).toBe(`album-category-${category}`);
  });

  it('French puts a no-break space before : ; ? and !', () => {
    const fr = FTL_FILES.fr['album.ftl'] ?? '';
    const values = fr
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .map((line) => line.replace(/^[a-z-]+ = /, ''));
    expect(values.filter((line) => / [:;?!]/.test(line))).toEqual([]);
  });

  it('an Arabic album.ftl, when there is one, only has messages English has, with the same variables', () => {
    const ar = FTL_FILES.ar['album.ftl'];
    if (ar === undefined) return;
    for (const [id, vars] of variablesById(ar)) expect(en.get(id), id).toEqual(vars);
  });
});
