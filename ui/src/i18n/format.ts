// Pure Fluent formatting: no Svelte, no DOM, so it can be unit-tested alone.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { CatalogueEntry } from '../ipc/types';

export type MessageArgs = Record<string, string | number>;
export type Warn = (...data: unknown[]) => void;

// The same pattern @fluent/bundle uses to find where entries start.
const ENTRY_START = /^(-?[a-zA-Z][\w-]*) *= */gm;

function declaredIds(ftl: string): string[] {
  return Array.from(ftl.matchAll(ENTRY_START), (m) => m[1] ?? '');
}

/**
 * Parses one FTL source. The runtime parser silently drops entries it cannot
 * parse, so compare what was declared with what was parsed and report the rest.
 */
export function parseResource(locale: string, ftl: string, warn: Warn = console.warn): FluentResource {
  const resource = new FluentResource(ftl);
  const parsed = new Set(resource.body.map((entry) => entry.id));
  const dropped = declaredIds(ftl).filter((id) => !parsed.has(id));
  if (dropped.length > 0) {
    warn(`[i18n] ${locale}: could not parse ${dropped.join(', ')}`);
  }
  return resource;
}

/** One bundle per entry of the fallback chain, in the same order. */
export function buildBundles(chain: readonly CatalogueEntry[], warn: Warn = console.warn): FluentBundle[] {
  return chain.map(({ locale, ftl }) => {
    const bundle = new FluentBundle(locale);
    const errors = bundle.addResource(parseResource(locale, ftl, warn));
    for (const error of errors) {
      warn(`[i18n] ${locale}: ${error.message}`);
    }
    return bundle;
  });
}

/**
 * Formats `id` with the first bundle that has it (with a value). When no bundle
 * has it, the id itself is returned so the gap is visible but harmless.
 */
export function formatMessage(
  bundles: readonly FluentBundle[],
  id: string,
  args?: MessageArgs,
  warn: Warn = console.warn,
): string {
  for (const bundle of bundles) {
    const message = bundle.getMessage(id);
    if (!message?.value) continue;
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args ?? null, errors);
    for (const error of errors) {
      warn(`[i18n] ${bundle.locales[0] ?? '?'}: ${id}: ${error.message}`);
    }
    return text;
  }
  warn(`[i18n] missing message: ${id}`);
  return id;
}
