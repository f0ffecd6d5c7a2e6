// Shared by the catalogue tests: the UI's sources as text, and each FTL message with the
// variables it uses.

/** Every source file of the UI, by path, as text. */
export const SOURCES = import.meta.glob<string>('../src/**/*.{ts,svelte}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Each message of an FTL source with the variables it uses, sorted. */
export function variablesById(ftl: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let current: string | null = null;
  let body = '';
  const flush = () => {
    if (current !== null) result.set(current, [...new Set(Array.from(body.matchAll(/\$([a-zA-Z][\w-]*)/g), (m) => m[1] ?? ''))].sort());
  };
  for (const line of ftl.split('\n')) {
    const start = /^([a-zA-Z][\w-]*) *=(.*)$/.exec(line);
    if (start) {
      flush();
      current = start[1] ?? '';
      body = start[2] ?? '';
    } else if (/^\s/.test(line) && current !== null) {
      body += `\n${line}`;
    } else {
      flush();
      current = null;
      body = '';
    }
  }
  flush();
  return result;
}
