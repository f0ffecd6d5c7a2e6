// The decision journal as small multiples: one panel per pathway, the sessions in time order
// along x, 0–10 along y, and two series per panel. Pure and deterministic: the same entries and
// options always give the same model, every coordinate rounded to one decimal.
//
// "possible" is drawn as a solid line with circles, "wanted" as a dashed line with squares, so
// the two differ in black-and-white print, not by colour alone. A session without a value breaks
// the line; a value with no neighbour is a marker only.
//
// Right-to-left: the whole drawing is mirrored (the first session on the right, the first panel
// top right) and the text anchors flip. Anchors are physical: the SVG is drawn with
// direction="ltr", so 'start' is always the left edge of a text.
import type { Direction, Pathway } from '../../ipc/types';
import type { JournalEntry } from '../../ipc/worksheet-types';

export const CHART_PATHWAYS: readonly Pathway[] = ['legalise', 'onward', 'return', 'undocumented'];

export type SeriesKey = 'possible' | 'wanted';

export const SERIES_KEYS: readonly SeriesKey[] = ['possible', 'wanted'];

/** The top of the scale (the bottom is 0). */
export const SCALE_MAX = 10;

/** The values with a grid line and a label on the y axis. */
export const Y_TICKS: readonly number[] = [0, 5, 10];

export type Anchor = 'start' | 'middle' | 'end';

export interface JournalChartOptions {
  dir: Direction;
  /** Width of the whole drawing (SVG user units). */
  width: number;
  /** Height of one panel. */
  panelHeight: number;
  /** Panels side by side (1 or 2). */
  columns: number;
  /** Room between panels. */
  gap: number;
  /** Least room between two date labels; labels closer than this are left out (the newest stays). */
  minLabelGap: number;
}

export const DEFAULT_JOURNAL_OPTIONS: JournalChartOptions = {
  dir: 'ltr',
  width: 640,
  panelHeight: 180,
  columns: 2,
  gap: 24,
  minLabelGap: 64,
};

/** Room inside a panel, before mirroring: y labels at the start, dates at the bottom. */
const PAD = { start: 30, end: 10, top: 30, bottom: 26 } as const;
const TITLE_BASELINE = 16;
const Y_LABEL_GAP = 6;
const X_LABEL_OFFSET = 17;
const Y_LABEL_SHIFT = 4;

export interface ChartSession {
  sessionId: number;
  startedAt: string;
  /** The date as the formatter gave it. */
  label: string;
}

export interface XTick {
  sessionId: number;
  x: number;
  /** The date, or null when left out for lack of room. */
  label: string | null;
}

export interface YTick {
  value: number;
  y: number;
  /** The baseline of its label. */
  labelY: number;
}

export interface ChartPoint {
  sessionId: number;
  x: number;
  y: number;
  value: number;
}

export interface ChartSeries {
  key: SeriesKey;
  /** One SVG path per unbroken run of two or more values. */
  lines: string[];
  /** Every value, with or without a line through it. */
  points: ChartPoint[];
}

export interface TextSpot {
  x: number;
  y: number;
  anchor: Anchor;
}

export interface ChartPanel {
  pathway: Pathway;
  /** The panel's box (left, top, width, height). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The plotting area: left < right, top < bottom, whatever the direction. */
  plot: { left: number; right: number; top: number; bottom: number };
  title: TextSpot;
  /** Where the y labels stand: x and anchor (the y comes from each tick). */
  yLabel: { x: number; anchor: Anchor };
  /** The baseline of the date labels. */
  xLabelY: number;
  xTicks: XTick[];
  yTicks: YTick[];
  series: ChartSeries[];
}

export interface JournalChartModel {
  dir: Direction;
  width: number;
  height: number;
  /** The sessions that have any entry, oldest first. */
  sessions: ChartSession[];
  panels: ChartPanel[];
  /** True when no entry has a number: nothing to draw. */
  empty: boolean;
}

/** Rounds to one decimal, without a negative zero. */
export function round1(n: number): number {
  const r = Math.round(n * 10) / 10;
  return r === 0 ? 0 : r;
}

/** A 0–10 value, or null for anything else. */
export function scaleValue(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.min(SCALE_MAX, Math.max(0, value));
}

const flip = (anchor: Anchor): Anchor => (anchor === 'start' ? 'end' : anchor === 'end' ? 'start' : 'middle');

/** The sessions with any entry, in time order (ties keep the order given). */
function sessionsOf(entries: readonly JournalEntry[]): { sessionId: number; startedAt: string }[] {
  const seen = new Map<number, string>();
  for (const entry of entries) if (!seen.has(entry.sessionId)) seen.set(entry.sessionId, entry.startedAt);
  return [...seen]
    .map(([sessionId, startedAt]) => ({ sessionId, startedAt }))
    .sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0));
}

function pathOf(run: readonly ChartPoint[]): string {
  return run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join('');
}

/**
 * The chart model of `entries` (oldest session first). `formatDate` turns a session's
 * `startedAt` into its short date label.
 */
export function journalChart(
  entries: readonly JournalEntry[],
  formatDate: (startedAt: string) => string,
  options: Partial<JournalChartOptions> = {},
): JournalChartModel {
  const o: JournalChartOptions = { ...DEFAULT_JOURNAL_OPTIONS, ...options };
  const rtl = o.dir === 'rtl';
  const columns = Math.max(1, Math.min(CHART_PATHWAYS.length, Math.floor(o.columns)));
  const rows = Math.ceil(CHART_PATHWAYS.length / columns);
  const panelWidth = (o.width - (columns - 1) * o.gap) / columns;
  const height = rows * o.panelHeight + (rows - 1) * o.gap;

  /** Mirrors an x of the left-to-right layout. */
  const mx = (x: number) => round1(rtl ? o.width - x : x);
  const anchor = (a: Anchor) => (rtl ? flip(a) : a);

  const sessions = sessionsOf(entries);
  const count = sessions.length;
  const index = new Map(sessions.map((s, i) => [s.sessionId, i]));
  const byKey = new Map<string, JournalEntry>();
  for (const entry of entries) byKey.set(`${entry.sessionId}/${entry.pathway}`, entry);

  let anyValue = false;

  const panels = CHART_PATHWAYS.map((pathway, i): ChartPanel => {
    const column = i % columns;
    const row = Math.floor(i / columns);
    const left = column * (panelWidth + o.gap);
    const top = row * (o.panelHeight + o.gap);
    const plotLeft = left + PAD.start;
    const plotRight = left + panelWidth - PAD.end;
    const plotTop = top + PAD.top;
    const plotBottom = top + o.panelHeight - PAD.bottom;
    const band = count > 0 ? (plotRight - plotLeft) / count : 0;
    const xAt = (n: number) => plotLeft + (n + 0.5) * band;
    const yAt = (value: number) => round1(plotBottom - (value / SCALE_MAX) * (plotBottom - plotTop));
    // Keep every k-th label, counting back from the newest session.
    const every = band > 0 ? Math.max(1, Math.ceil(o.minLabelGap / band)) : 1;

    const xTicks = sessions.map((s, n) => ({
      sessionId: s.sessionId,
      x: mx(xAt(n)),
      label: (count - 1 - n) % every === 0 ? formatDate(s.startedAt) : null,
    }));

    const series = SERIES_KEYS.map((key): ChartSeries => {
      const points: ChartPoint[] = [];
      const lines: string[] = [];
      let run: ChartPoint[] = [];
      const close = () => {
        if (run.length >= 2) lines.push(pathOf(run));
        run = [];
      };
      for (const s of sessions) {
        const value = scaleValue(byKey.get(`${s.sessionId}/${pathway}`)?.[key]);
        if (value === null) {
          close();
          continue;
        }
        anyValue = true;
        const point = { sessionId: s.sessionId, x: mx(xAt(index.get(s.sessionId) ?? 0)), y: yAt(value), value: round1(value) };
        points.push(point);
        run.push(point);
      }
      close();
      return { key, lines, points };
    });

    const x0 = mx(plotLeft);
    const x1 = mx(plotRight);
    return {
      pathway,
      x: round1(rtl ? o.width - left - panelWidth : left),
      y: round1(top),
      width: round1(panelWidth),
      height: round1(o.panelHeight),
      plot: { left: Math.min(x0, x1), right: Math.max(x0, x1), top: round1(plotTop), bottom: round1(plotBottom) },
      title: { x: mx(left), y: round1(top + TITLE_BASELINE), anchor: anchor('start') },
      yLabel: { x: mx(plotLeft - Y_LABEL_GAP), anchor: anchor('end') },
      xLabelY: round1(plotBottom + X_LABEL_OFFSET),
      xTicks,
      yTicks: Y_TICKS.map((value) => ({ value, y: yAt(value), labelY: round1(yAt(value) + Y_LABEL_SHIFT) })),
      series,
    };
  });

  return {
    dir: o.dir,
    width: round1(o.width),
    height: round1(height),
    sessions: sessions.map((s) => ({ ...s, label: formatDate(s.startedAt) })),
    panels,
    empty: !anyValue,
  };
}
