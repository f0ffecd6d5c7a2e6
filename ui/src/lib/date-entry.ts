// The date and time entry: its fields in the order and clock of a locale, typing and stepping
// digits, and the value as the back end stores it (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`). It
// replaces WebKit's native date fields, which follow en-US whatever the interface language.
// Pure: no Svelte, no DOM.

export type Part = 'day' | 'month' | 'year' | 'hour' | 'minute' | 'dayPeriod';

export interface Layout {
  /** The fields in reading order. */
  parts: Part[];
  /** What stands after each field (the last one's is empty). */
  after: string[];
  /** A 12-hour clock with AM/PM (en-US), else 24 hours. */
  hour12: boolean;
  /** The locale's names of AM and PM. */
  periods: [string, string];
}

export type Values = Record<Part, string>;

export const EMPTY: Values = { day: '', month: '', year: '', hour: '', minute: '', dayPeriod: '' };

// Bidirectional marks Intl puts around literals in right-to-left locales.
const BIDI = /[\u200e\u200f\u061c]/g;

/** The fields of a date (and time) in `locale`, as Intl writes them. */
export function layoutOf(locale: string, withTime: boolean): Layout {
  const options: Intl.DateTimeFormatOptions = withTime
    ? { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }
    : { year: 'numeric', month: '2-digit', day: '2-digit' };
  const format = new Intl.DateTimeFormat(locale, options);
  const hour12 = withTime && /^h1[12]$/.test(format.resolvedOptions().hourCycle ?? '');
  const parts: Part[] = [];
  const after: string[] = [];
  for (const piece of format.formatToParts(new Date(2025, 8, 29, 21, 5))) {
    if (isPart(piece.type)) {
      parts.push(piece.type);
      after.push('');
    } else if (parts.length > 0) {
      after[parts.length - 1] += piece.value.replace(BIDI, '');
    }
  }
  if (hour12 && !parts.includes('dayPeriod')) {
    parts.push('dayPeriod');
    after.push('');
  }
  // Tidy separators: ", " between date and time stays; "à" or "om" words are kept too.
  const cleaned = after.map((s, i) => (i === after.length - 1 ? '' : s.replace(/\s+/g, ' ')));
  return { parts, after: cleaned, hour12, periods: periodNames(locale) };
}

function isPart(type: string): type is Part {
  return ['day', 'month', 'year', 'hour', 'minute', 'dayPeriod'].includes(type);
}

function periodNames(locale: string): [string, string] {
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', hour12: true });
  const name = (hour: number) =>
    format.formatToParts(new Date(2025, 0, 1, hour)).find((p) => p.type === 'dayPeriod')?.value ?? (hour < 12 ? 'AM' : 'PM');
  return [name(9), name(21)];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The fields of a stored value (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`); empty fields if it is none. */
export function valuesOf(iso: string, hour12: boolean): Values {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return { ...EMPTY };
  const values: Values = { ...EMPTY, year: m[1] ?? '', month: m[2] ?? '', day: m[3] ?? '' };
  if (m[4] !== undefined && m[5] !== undefined) {
    const hour = Number(m[4]);
    values.minute = m[5];
    if (hour12) {
      values.hour = pad(hour % 12 === 0 ? 12 : hour % 12);
      values.dayPeriod = hour < 12 ? 'am' : 'pm';
    } else {
      values.hour = m[4];
    }
  }
  return values;
}

export type Reading = { kind: 'empty' } | { kind: 'incomplete' } | { kind: 'invalid' } | { kind: 'value'; iso: string };

/** What the fields say: nothing, not yet everything, an impossible date, or a stored value. */
export function read(values: Values, layout: Layout): Reading {
  const filled = layout.parts.filter((p) => values[p] !== '');
  if (filled.length === 0) return { kind: 'empty' };
  if (filled.length < layout.parts.length || values.year.length < 4) return { kind: 'incomplete' };
  const year = Number(values.year);
  const month = Number(values.month);
  const day = Number(values.day);
  const date = new Date(year, month - 1, day);
  if (year < 1000 || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return { kind: 'invalid' };
  }
  let iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (layout.parts.includes('hour')) {
    let hour = Number(values.hour);
    const minute = Number(values.minute);
    if (layout.hour12) {
      if (hour < 1 || hour > 12) return { kind: 'invalid' };
      hour = (hour % 12) + (values.dayPeriod === 'pm' ? 12 : 0);
    } else if (hour > 23) {
      return { kind: 'invalid' };
    }
    if (minute > 59) return { kind: 'invalid' };
    iso += `T${pad(hour)}:${pad(minute)}`;
  }
  return { kind: 'value', iso };
}

/** How many digits a field holds. */
export const widthOf = (part: Part): number => (part === 'year' ? 4 : 2);

/** The highest first digit after which a field cannot take a second one. */
function firstDigitLimit(part: Part, hour12: boolean): number {
  switch (part) {
    case 'day':
      return 3;
    case 'month':
      return 1;
    case 'hour':
      return hour12 ? 1 : 2;
    case 'minute':
      return 5;
    default:
      return 9;
  }
}

// Arabic-Indic and Persian digits are typed too.
const DIGITS = /^[0-9\u0660-\u0669\u06f0-\u06f9]$/;

/** The Latin digit of a typed key, or null. */
export function digitOf(key: string): string | null {
  if (!DIGITS.test(key)) return null;
  const code = key.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return key;
}

/**
 * A digit typed into `part` holding `current`: the new text, and whether the entry moves on to
 * the next field (it is full, or no second digit could follow: "4" is a whole day).
 */
export function typeDigit(part: Part, current: string, digit: string, hour12: boolean): { text: string; next: boolean } {
  const width = widthOf(part);
  const text = current.length >= width ? digit : current + digit;
  if (text.length >= width) return { text, next: true };
  const single = text.length === 1 && Number(text) > firstDigitLimit(part, hour12);
  return { text: single ? pad(Number(text), width) : text, next: single };
}

/** The range of a field. */
function rangeOf(part: Part, hour12: boolean): [number, number] {
  switch (part) {
    case 'day':
      return [1, 31];
    case 'month':
      return [1, 12];
    case 'hour':
      return hour12 ? [1, 12] : [0, 23];
    case 'minute':
      return [0, 59];
    default:
      return [1900, 2100];
  }
}

/**
 * The Up and Down arrows: one more or one less, round the field's range (an empty field starts
 * from `now`'s value).
 */
export function step(part: Part, current: string, delta: 1 | -1, hour12: boolean, now: Date = new Date()): string {
  if (part === 'dayPeriod') return current === 'pm' ? 'am' : 'pm';
  const [min, max] = rangeOf(part, hour12);
  const width = widthOf(part);
  if (current === '') {
    const start: Record<Exclude<Part, 'dayPeriod'>, number> = {
      day: now.getDate(),
      month: now.getMonth() + 1,
      year: now.getFullYear(),
      hour: hour12 ? now.getHours() % 12 || 12 : now.getHours(),
      minute: now.getMinutes(),
    };
    return pad(start[part], width);
  }
  let n = Number(current) + delta;
  if (n > max) n = min;
  if (n < min) n = max;
  return pad(n, width);
}

/** What a field shows: its digits, or for AM/PM the locale's name. */
export function shown(part: Part, values: Values, layout: Layout): string {
  if (part !== 'dayPeriod') return values[part];
  if (values.dayPeriod === '') return '';
  return values.dayPeriod === 'pm' ? layout.periods[1] : layout.periods[0];
}
