// Static rules for the UI's own sources, checked on the real files.
import { describe, expect, it } from 'vitest';
import indexHtml from '../index.html?raw';
import { FTL_FILES, type TestLocale } from './fixtures';

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
});
