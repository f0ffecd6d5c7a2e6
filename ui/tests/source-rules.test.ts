// Static rules for the UI's own sources, checked on the real files.
import { describe, expect, it } from 'vitest';
import indexHtml from '../index.html?raw';
import { STRENGTH_FEEDBACK_IDS, STRENGTH_LEVEL_IDS } from '../src/lib/passphrase';
import { FTL_FILES, type TestLocale } from './fixtures';
import { variablesById } from './ftl-helpers';

const sources = import.meta.glob<string>('../src/**/*.{ts,svelte,css}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const files = Object.entries(sources);

/** The CSS of a file: the whole file for .css, the <style> blocks for .svelte. */
function cssOf(path: string, source: string): string {
  if (path.endsWith('.css')) return source;
  if (!path.endsWith('.svelte')) return '';
  return Array.from(source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g), (m) => m[1] ?? '').join('\n');
}

function markupOf(path: string, source: string): string {
  if (!path.endsWith('.svelte')) return '';
  return source.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '');
}

function idsIn(ftl: string): Set<string> {
  return new Set(Array.from(ftl.matchAll(/^([a-zA-Z][\w-]*) *=/gm), (m) => m[1] ?? ''));
}

const COMPLETE: TestLocale[] = ['en', 'nl', 'fr'];

describe('source rules', () => {
  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(8);
    expect(files.some(([path]) => path.endsWith('App.svelte'))).toBe(true);
  });

  it('only src/ipc imports @tauri-apps/api', () => {
    const offenders = files
      .filter(([path, source]) => !path.includes('/src/ipc/') && source.includes('@tauri-apps/api'))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });

  it('CSS uses logical properties only (no left/right)', () => {
    const physical =
      /(^|[\s;{])((margin|padding|border)-(left|right)|left|right|(min-|max-)?(width|height))\s*:|(text-align|float|clear)\s*:\s*(left|right)|border-(top|bottom)-(left|right)-radius/;
    const offenders = files
      .filter(([path, source]) => physical.test(cssOf(path, source)))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });

  it('markup has no inline style attributes and no hard-coded aria labels', () => {
    const offenders = files
      .filter(([path, source]) => /\sstyle\s*=|aria-label\s*=\s*"/.test(markupOf(path, source)))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });

  it('index.html has no inline script, inline style or data: URL', () => {
    const scripts = Array.from(indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g));
    expect(scripts.length).toBe(1);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    expect(indexHtml).not.toMatch(/<style\b|\sstyle\s*=|data:/);
  });

  it('every message id used by the UI exists in every complete locale', () => {
    const used = new Set<string>();
    for (const [, source] of files) {
      for (const m of source.matchAll(/\bt\(\s*'([a-z][\w-]*)'/g)) used.add(m[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(8);
    for (const locale of ['en', 'nl', 'fr'] as TestLocale[]) {
      const ids = idsIn(Object.values(FTL_FILES[locale]).join('\n'));
      expect([...used].filter((id) => !ids.has(id)), locale).toEqual([]);
    }
  });

  it('every welcome message exists in Arabic too', () => {
    const en = idsIn(FTL_FILES.en['welcome.ftl'] ?? '');
    const ar = idsIn(FTL_FILES.ar['welcome.ftl'] ?? '');
    expect([...en].filter((id) => !ar.has(id))).toEqual([]);
  });

  it('every message id written as a literal in the UI exists in every complete locale', () => {
    const literals = new Set<string>();
    // src/ipc names commands and events (e.g. 'vault-locked'), not messages.
    for (const [, source] of files.filter(([path]) => !path.includes('/src/ipc/'))) {
      for (const m of source.matchAll(/'((?:vault|strength|error|clients)-[a-z0-9-]*[a-z0-9])'/g)) {
        literals.add(m[1] ?? '');
      }
    }
    for (const id of [...Object.values(STRENGTH_LEVEL_IDS), ...STRENGTH_FEEDBACK_IDS]) literals.add(id);
    expect(literals.size).toBeGreaterThan(60);
    for (const locale of COMPLETE) {
      const ids = idsIn(Object.values(FTL_FILES[locale]).join('\n'));
      expect([...literals].filter((id) => !ids.has(id)), locale).toEqual([]);
    }
  });

  it('vault.ftl has the same messages with the same variables in en, nl and fr', () => {
    const en = variablesById(FTL_FILES.en['vault.ftl'] ?? '');
    expect(en.size).toBeGreaterThan(60);
    expect(en.get('vault-unlock-wait')).toEqual(['seconds']);
    for (const locale of ['nl', 'fr'] as const) {
      const other = variablesById(FTL_FILES[locale]['vault.ftl'] ?? '');
      expect([...other.keys()].sort(), locale).toEqual([...en.keys()].sort());
      for (const [id, vars] of en) expect(other.get(id), `${locale} ${id}`).toEqual(vars);
    }
  });

  it('clients.ftl has the same messages with the same variables in en, nl and fr', () => {
    const en = variablesById(FTL_FILES.en['clients.ftl'] ?? '');
    expect(en.size).toBeGreaterThan(100);
    expect(en.get('clients-search-count')).toEqual(['count']);
    expect([...en.keys()].every((id) => id.startsWith('clients-'))).toBe(true);
    for (const locale of ['nl', 'fr'] as const) {
      const other = variablesById(FTL_FILES[locale]['clients.ftl'] ?? '');
      expect([...other.keys()].sort(), locale).toEqual([...en.keys()].sort());
      for (const [id, vars] of en) expect(other.get(id), `${locale} ${id}`).toEqual(vars);
    }
  });

  it('every message id of the client screens exists in en, nl and fr', () => {
    const ids = new Set<string>();
    for (const [path, source] of files.filter(([p]) => /\/(screens\/clients|lib)\/|VaultHome/.test(p))) {
      for (const m of source.matchAll(/'(clients-[a-z0-9-]*[a-z0-9])'/g)) ids.add(`${m[1]} (${path})`);
    }
    expect(ids.size).toBeGreaterThan(100);
    for (const locale of COMPLETE) {
      const defined = idsIn(FTL_FILES[locale]['clients.ftl'] ?? '');
      expect([...ids].filter((entry) => !defined.has(entry.split(' ')[0] ?? '')), locale).toEqual([]);
    }
  });

  it('client screens keep user text apart: text areas have dir="auto"', () => {
    const offenders = files
      .filter(([path]) => path.endsWith('.svelte'))
      .flatMap(([path, source]) =>
        Array.from(markupOf(path, source).matchAll(/<textarea\b[^>]*>/g), (m) => m[0])
          .filter((tag) => !/\sdir="auto"/.test(tag))
          .map(() => path),
      );
    expect(offenders).toEqual([]);
  });

  it('the partial Arabic vault.ftl only has messages English has, with the same variables', () => {
    const en = variablesById(FTL_FILES.en['vault.ftl'] ?? '');
    for (const [id, vars] of variablesById(FTL_FILES.ar['vault.ftl'] ?? '')) expect(en.get(id), id).toEqual(vars);
  });
});
