// Local calendar dates (`YYYY-MM-DD`) and date-times (`YYYY-MM-DDTHH:MM`) as
// the back end exchanges them, and their display in the user's language.

const pad = (n: number) => String(n).padStart(2, '0');

/** Today's local date, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The local date and time to the minute, `YYYY-MM-DDTHH:MM` (what datetime-local shows). */
export function nowLocalIso(now: Date = new Date()): string {
  return `${todayIso(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

function valid(date: Date): Date | null {
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The local Date of `YYYY-MM-DD`, or null. */
export function parseDate(iso: string): Date | null {
  const m = DATE.exec(iso);
  if (!m) return null;
  return valid(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** The local Date of `YYYY-MM-DDTHH:MM`, or null. */
export function parseDateTime(iso: string): Date | null {
  const m = DATE_TIME.exec(iso);
  if (!m) return null;
  return valid(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])));
}

/** A date for reading, e.g. "3 Mar 2025" in `locale`; the raw text if it is not a date. */
export function formatDate(iso: string, locale: string): string {
  const date = parseDate(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** A date and time for reading in `locale`; the raw text if it is not a date-time. */
export function formatDateTime(iso: string, locale: string): string {
  const date = parseDateTime(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
