// Every character of every shipped catalogue has a glyph in the fonts Avenir bundles, and a
// message is set in one font from start to end: the font stack of its language (app.css) picks
// the first font whose faces cover each character, as WebKit does (unicode-range, then the
// font's own character map). Fonts are read from the files the app bundles (main.ts imports),
// so a language whose script no bundled font covers fails here, not on a counsellor's screen.
import { FluentResource } from '@fluent/bundle';
import { beforeAll, describe, expect, it } from 'vitest';
import MAIN from '../src/main.ts?raw';
import APP_CSS from '../src/styles/app.css?raw';

const RAW = import.meta.glob<string>('../../locales/*/*.ftl', { query: '?raw', import: 'default', eager: true });
/** Every font CSS and regular woff file of the installed font packages, by path. */
const FONT_CSS = import.meta.glob<string>('../node_modules/@fontsource/*/*.css', { query: '?raw', import: 'default', eager: true });
const WOFF = import.meta.glob<string>('../node_modules/@fontsource/*/files/*-400-normal.woff', {
  query: '?inline',
  import: 'default',
  eager: true,
});

interface Face {
  family: string;
  file: string;
  ranges: [number, number][] | null;
  chars: Set<number>;
}

/** The bytes of a `data:` URL. */
function bytesOf(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function inflate(data: Uint8Array): Promise<DataView> {
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(new Uint8Array(data));
      controller.close();
    },
  });
  const stream = source.pipeThrough(new DecompressionStream('deflate'));
  return new DataView(await new Response(stream).arrayBuffer());
}

/** The code points a woff file's character map (format 4 or 12) gives a glyph. */
async function charsOfWoff(path: string, woff: Uint8Array): Promise<Set<number>> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  const tag = (at: number) => String.fromCharCode(...woff.subarray(at, at + 4));
  if (tag(0) !== 'wOFF') throw new Error(`${path} is not a woff file`);
  const tables = view.getUint16(12);
  let cmap: DataView | null = null;
  for (let i = 0; i < tables; i++) {
    const at = 44 + i * 20;
    if (tag(at) !== 'cmap') continue;
    const offset = view.getUint32(at + 4);
    const compressed = view.getUint32(at + 8);
    const original = view.getUint32(at + 12);
    const data = woff.subarray(offset, offset + compressed);
    cmap = compressed < original ? await inflate(data) : new DataView(data.buffer, data.byteOffset, data.byteLength);
  }
  if (!cmap) throw new Error(`${path} has no cmap`);
  const chars = new Set<number>();
  const subtables = cmap.getUint16(2);
  for (let i = 0; i < subtables; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    const format = cmap.getUint16(offset);
    if (platform !== 0 && platform !== 3) continue;
    if (format === 4) {
      const segments = cmap.getUint16(offset + 6) / 2;
      const ends = offset + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const end = cmap.getUint16(ends + s * 2);
        const start = cmap.getUint16(starts + s * 2);
        const delta = cmap.getInt16(deltas + s * 2);
        const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
          else {
            const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
            glyph = cmap.getUint16(at);
            if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
          }
          if (glyph !== 0) chars.add(c);
        }
      }
    } else if (format === 12) {
      const groups = cmap.getUint32(offset + 12);
      for (let g = 0; g < groups; g++) {
        const start = cmap.getUint32(offset + 16 + g * 12);
        const end = cmap.getUint32(offset + 20 + g * 12);
        for (let c = start; c <= end; c++) chars.add(c);
      }
    }
  }
  return chars;
}

function rangesOf(text: string | undefined): [number, number][] | null {
  if (!text) return null;
  return text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from ?? '', 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

/** The regular (400) faces of every font CSS main.ts imports. */
async function bundledFaces(): Promise<Face[]> {
  const faces: Face[] = [];
  for (const m of MAIN.matchAll(/import '@fontsource\/([^'/]+)\/([^'/]*400[^'/]*\.css)';/g)) {
    const dir = `../node_modules/@fontsource/${m[1] ?? ''}`;
    const css = FONT_CSS[`${dir}/${m[2] ?? ''}`];
    if (css === undefined) throw new Error(`${dir}/${m[2] ?? ''} is not installed`);
    for (const block of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const body = block[1] ?? '';
      const family = /font-family:\s*'([^']+)'/.exec(body)?.[1] ?? '';
      const file = `${dir}/${(/url\(\.\/([^)]+\.woff)\)/.exec(body)?.[1] ?? '')}`;
      const data = WOFF[file];
      if (data === undefined) throw new Error(`${file} is not installed`);
      faces.push({ family, file, ranges: rangesOf(/unicode-range:\s*([^;]+);/.exec(body)?.[1]), chars: await charsOfWoff(file, bytesOf(data)) });
    }
  }
  return faces;
}

let FACES: Face[] = [];

beforeAll(async () => {
  FACES = await bundledFaces();
});

/** The families app.css sets for `locale`: its `:lang()` rule, else the body's stack. */
function stackOf(locale: string): string[] {
  const rule = new RegExp(`:lang\\(${locale.split('-')[0]}\\)\\s*\\{[^}]*font-family:\\s*([^;]+);`).exec(APP_CSS);
  const body = /--font-body:\s*([^;]+);/.exec(APP_CSS);
  const stack = (rule?.[1] ?? body?.[1] ?? '').split(',').map((f) => f.trim().replace(/^'|'$/g, ''));
  return stack.filter((f) => FACES.some((face) => face.family === f));
}

/** The family that draws `c` in `stack`, or null when no bundled font has it. */
function familyFor(c: number, stack: string[]): string | null {
  for (const family of stack) {
    for (const face of FACES.filter((f) => f.family === family)) {
      const inRange = face.ranges === null || face.ranges.some(([a, b]) => c >= a && c <= b);
      if (inRange && face.chars.has(c)) return family;
    }
  }
  return null;
}

type Pattern = string | readonly unknown[];

/** The literal text of a pattern, its select expressions' variants included (not the variables). */
function textOf(pattern: Pattern | null | undefined): string {
  if (pattern === null || pattern === undefined) return '';
  if (typeof pattern === 'string') return pattern;
  let out = '';
  for (const element of pattern) {
    if (typeof element === 'string') out += element;
    else if (element && typeof element === 'object' && 'variants' in element) {
      const { variants } = element as { variants: { value: Pattern }[] };
      out += variants.map((v) => textOf(v.value)).join(' ');
    } else if (element && typeof element === 'object' && 'value' in element && (element as { type?: string }).type === 'str') {
      out += String((element as { value: unknown }).value);
    }
  }
  return out;
}

/** Each message of each locale, as the text a reader sees. */
function messages(): { locale: string; id: string; text: string }[] {
  const out: { locale: string; id: string; text: string }[] = [];
  for (const [path, ftl] of Object.entries(RAW)) {
    const locale = /\/locales\/([^/]+)\//.exec(path)?.[1] ?? '';
    const resource = new FluentResource(ftl);
    for (const message of resource.body) {
      if (message.id.startsWith('-')) continue;
      const value = (message as { value: Pattern | null }).value;
      out.push({ locale, id: message.id, text: textOf(value) });
    }
  }
  return out;
}

const MESSAGES = messages();
const codePoints = (text: string) => [...text.replace(/[\u200e\u200f\u2068\u2069\n]/g, '')].map((c) => c.codePointAt(0) ?? 0);

describe('bundled fonts', () => {
  it('are read from the files the app ships, Armenian included', () => {
    const families = new Set(FACES.map((f) => f.family));
    expect([...families].sort()).toEqual(['Cairo', 'Noto Sans', 'Noto Sans Armenian']);
    expect(FACES.every((f) => f.chars.size > 50)).toBe(true);
    expect(stackOf('hy')[0]).toBe('Noto Sans Armenian');
    expect(stackOf('ar')[0]).toBe('Cairo');
    expect(stackOf('ru')[0]).toBe('Noto Sans');
  });

  it('draw every character of every shipped catalogue', () => {
    const locales = new Set(MESSAGES.map((m) => m.locale));
    expect([...locales].sort()).toEqual(expect.arrayContaining(['ar', 'en', 'es', 'fr', 'hy', 'nl', 'pt-BR', 'ru', 'uk']));
    const missing: string[] = [];
    for (const { locale, id, text } of MESSAGES) {
      const stack = stackOf(locale);
      for (const c of codePoints(text)) {
        if (familyFor(c, stack) === null) missing.push(`${locale} ${id}: U+${c.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(c)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('set each message in one font from start to end', () => {
    const mixed: string[] = [];
    for (const { locale, id, text } of MESSAGES) {
      const stack = stackOf(locale);
      const families = new Set(codePoints(text).map((c) => familyFor(c, stack)));
      families.delete(null);
      if (families.size > 1) mixed.push(`${locale} ${id}: ${[...families].join(' + ')}`);
    }
    expect(mixed).toEqual([]);
  });

  it('would catch a character no bundled font has', () => {
    expect(familyFor(0x10a0, stackOf('hy'))).toBeNull(); // Georgian
    expect(familyFor('Ա'.codePointAt(0) ?? 0, stackOf('en'))).toBe('Noto Sans Armenian');
    expect(familyFor(' '.codePointAt(0) ?? 0, stackOf('ar'))).toBe('Cairo');
  });
});
