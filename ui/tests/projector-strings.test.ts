// The texts of group courses, the presenter and the wall: complete in en, nl and fr; what appears
// on the wall exists in Arabic too.
import { describe, expect, it } from 'vitest';
import { FTL_FILES } from './fixtures';
import { SOURCES, variablesById } from './ftl-helpers';

const sources = SOURCES;

const en = variablesById(FTL_FILES.en['projector.ftl'] ?? '');

/** Literals that name elements (data-testid), not messages. */
const TEST_IDS = new Set(['projector-slide', 'projector-title', 'presenter-slide-title']);

describe('projector.ftl', () => {
  it('has only courses-, presenter- and projector- messages', () => {
    expect(en.size).toBeGreaterThan(90);
    expect([...en.keys()].filter((id) => !/^(courses|presenter|projector)-/.test(id))).toEqual([]);
  });

  it('has the same messages with the same variables in en, nl and fr', () => {
    for (const locale of ['nl', 'fr'] as const) {
      const other = variablesById(FTL_FILES[locale]['projector.ftl'] ?? '');
      expect([...other.keys()].sort(), locale).toEqual([...en.keys()].sort());
      for (const [id, vars] of en) expect(other.get(id), `${locale} ${id}`).toEqual(vars);
    }
  });

  it('every message of the wall exists in Arabic; Arabic has nothing else of this file', () => {
    const wall = [...en.keys()].filter((id) => id.startsWith('projector-wall-'));
    expect(wall.length).toBeGreaterThan(1);
    const ar = variablesById(FTL_FILES.ar['projector.ftl'] ?? '');
    expect([...ar.keys()].sort()).toEqual(wall.sort());
  });

  it('the pathway names and lines shown on the wall exist in Arabic, as English has them', () => {
    const enClients = variablesById(FTL_FILES.en['clients.ftl'] ?? '');
    const ar = variablesById(FTL_FILES.ar['clients.ftl'] ?? '');
    const wall = ['clients-pathways-heading', 'clients-pathways-intro'].concat(
      ['legalise', 'onward', 'return', 'undocumented'].flatMap((p) => [`clients-pathway-${p}`, `clients-pathway-${p}-about`]),
    );
    for (const id of wall) expect(ar.has(id), id).toBe(true);
    for (const [id, vars] of ar) expect(enClients.get(id), id).toEqual(vars);
  });

  it('every courses-, presenter- and projector- id written in the UI exists in en, nl and fr', () => {
    const used = new Set<string>();
    for (const [path, source] of Object.entries(sources)) {
      if (path.includes('/src/ipc/')) continue;
      for (const m of source.matchAll(/'((?:courses|presenter|projector)-[a-z0-9-]*[a-z0-9])'/g)) used.add(m[1] ?? '');
    }
    for (const id of TEST_IDS) used.delete(id);
    expect(used.size).toBeGreaterThan(60);
    for (const locale of ['en', 'nl', 'fr'] as const) {
      const ids = variablesById(FTL_FILES[locale]['projector.ftl'] ?? '');
      expect([...used].filter((id) => !ids.has(id)), locale).toEqual([]);
    }
  });

  it('the counsellor-facing Dutch says “u”, the French “vous”', () => {
    const nl = FTL_FILES.nl['projector.ftl'] ?? '';
    const fr = FTL_FILES.fr['projector.ftl'] ?? '';
    expect(nl).not.toMatch(/\b(je|jij|jouw)\b/i);
    expect(fr).not.toMatch(/\b(tu|ton|ta|tes)\b/i);
  });
});
