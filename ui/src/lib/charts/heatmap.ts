// A matrix answered with 0–10 cells, as a heat map: one rectangle per row × column, coloured
// from a fixed sequential palette (light = 0, dark = 10), the number printed in it, and cells
// without an answer hatched and marked with a dash. Pure and deterministic like journal.ts.
//
// Right-to-left: the row labels stand on the right and the columns run from right to left.
// Anchors are physical (the SVG is drawn with direction="ltr").
import type { Direction } from '../../ipc/types';
import type { Field, MatrixCell } from '../../ipc/worksheet-types';
import { round1, scaleValue, SCALE_MAX, type Anchor } from './journal';

export type MatrixField = Extract<Field, { kind: 'matrix' }>;

/** Light to dark, one colour per whole number 0–10. */
export const PALETTE: readonly string[] = [
  '#f7f4ea',
  '#e4efdc',
  '#cfe6d0',
  '#b2d8c4',
  '#8fc7b8',
  '#6db3ab',
  '#4f9b9c',
  '#34737f',
  '#2b6778',
  '#1f4d63',
  '#14334a',
];

export const DARK_TEXT = '#1c2529';
export const LIGHT_TEXT = '#ffffff';
/** The mark printed in a cell without an answer. */
export const EMPTY_MARK = '—';

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The fill of a value and the text colour that reads best on it. */
export function cellColours(value: number): { fill: string; text: string } {
  const step = Math.round(Math.min(SCALE_MAX, Math.max(0, value)));
  const fill = PALETTE[step] ?? PALETTE[0] ?? '#ffffff';
  return { fill, text: contrast(fill, DARK_TEXT) >= contrast(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT };
}

/**
 * Breaks `text` into lines of at most `maxChars` characters at spaces, at most `maxLines`
 * lines; what does not fit ends the last line with "…".
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= maxChars || line === '') {
      line = next;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
  return kept;
}

export interface HeatmapOptions {
  dir: Direction;
  width: number;
  /** Share of the width for the row labels. */
  rowHeaderShare: number;
  cellHeight: number;
  /** Lines of a column label (the header is as high as this many lines). */
  headerLines: number;
  fontSize: number;
  lineHeight: number;
  /**
   * The size of a pictogram beside each label (above a column's, at the outer side of a row's);
   * 0 for none. The space is kept for every label, so labels stay aligned.
   */
  iconSize: number;
  /** The text of a row's or a column's label id. */
  label: (labelId: string) => string;
}

export const DEFAULT_HEATMAP_OPTIONS: HeatmapOptions = {
  dir: 'ltr',
  width: 640,
  rowHeaderShare: 0.28,
  cellHeight: 44,
  headerLines: 3,
  fontSize: 13,
  lineHeight: 15,
  iconSize: 0,
  label: (labelId) => labelId,
};

/** Average width of a character, in ems, to wrap labels without measuring them. */
const CHAR_EM = 0.56;
const HEADER_PAD = 8;
const LABEL_GAP = 8;
/** Between a pictogram and its label. */
const ICON_GAP = 6;

export interface HeatLabel {
  id: string;
  text: string;
  lines: string[];
  x: number;
  /** The baseline of the first line. */
  y: number;
  anchor: Anchor;
  /** Where a pictogram goes (its top-left corner and size), or null without pictograms. */
  icon: { x: number; y: number; size: number } | null;
}

export interface HeatCell {
  row: string;
  column: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The centre, where the number stands. */
  cx: number;
  cy: number;
  /** 0–10, or null when the cell has no answer. */
  value: number | null;
  /** The palette colour, or null for an empty (hatched) cell. */
  fill: string | null;
  textColor: string;
  /** The number, or the dash of an empty cell. */
  label: string;
}

export interface HeatmapModel {
  dir: Direction;
  width: number;
  height: number;
  lineHeight: number;
  columns: HeatLabel[];
  rows: HeatLabel[];
  /** Row by row, each row's cells in column order. */
  cells: HeatCell[];
}

/** The heat map of `field` answered with `cells` (later cells of the same row × column win). */
export function heatmap(
  field: Pick<MatrixField, 'rows' | 'columns'>,
  cells: readonly MatrixCell[],
  options: Partial<HeatmapOptions> = {},
): HeatmapModel {
  const o: HeatmapOptions = { ...DEFAULT_HEATMAP_OPTIONS, ...options };
  const rtl = o.dir === 'rtl';
  const mx = (x: number) => round1(rtl ? o.width - x : x);
  const flip = (a: Anchor): Anchor => (rtl ? (a === 'start' ? 'end' : a === 'end' ? 'start' : a) : a);

  const iconRoom = o.iconSize > 0 ? o.iconSize + ICON_GAP : 0;
  const header = o.headerLines * o.lineHeight + HEADER_PAD + iconRoom;
  const rowHeader = o.width * o.rowHeaderShare;
  const count = Math.max(1, field.columns.length);
  const cellWidth = (o.width - rowHeader) / count;
  const charsIn = (px: number) => Math.max(4, Math.floor(px / (o.fontSize * CHAR_EM)));

  const values = new Map<string, number | null>();
  for (const cell of cells) values.set(`${cell.row}\u0000${cell.column}`, scaleValue(cell.value));

  const columns = field.columns.map((column, c): HeatLabel => {
    const text = o.label(column.labelId);
    const lines = wrapText(text, charsIn(cellWidth - 4), o.headerLines);
    // Bottom-aligned: the last line sits just above the first row.
    const y = header - HEADER_PAD / 2 - (lines.length - 1) * o.lineHeight - (o.lineHeight - o.fontSize);
    const cx = mx(rowHeader + (c + 0.5) * cellWidth);
    // The pictograms stand in one line at the top of the header, above their labels.
    const icon = iconRoom > 0 ? { x: round1(cx - o.iconSize / 2), y: round1(HEADER_PAD / 2), size: o.iconSize } : null;
    return { id: column.id, text, lines, x: cx, y: round1(y), anchor: 'middle', icon };
  });

  const rowLines = Math.max(1, Math.floor(o.cellHeight / o.lineHeight));
  const rows = field.rows.map((row, r): HeatLabel => {
    const text = o.label(row.labelId);
    const lines = wrapText(text, charsIn(rowHeader - LABEL_GAP - iconRoom), rowLines);
    const middle = header + (r + 0.5) * o.cellHeight;
    const y = middle - ((lines.length - 1) * o.lineHeight) / 2 + o.fontSize * 0.35;
    // The pictogram stands at the outer edge of the row's header, in the middle of the row.
    const icon =
      iconRoom > 0 ? { x: round1(rtl ? o.width - ICON_GAP / 2 - o.iconSize : ICON_GAP / 2), y: round1(middle - o.iconSize / 2), size: o.iconSize } : null;
    return { id: row.id, text, lines, x: mx(rowHeader - LABEL_GAP), y: round1(y), anchor: flip('end'), icon };
  });

  const heatCells: HeatCell[] = [];
  field.rows.forEach((row, r) => {
    field.columns.forEach((column, c) => {
      const value = values.get(`${row.id}\u0000${column.id}`) ?? null;
      const left = rowHeader + c * cellWidth;
      const x = rtl ? o.width - left - cellWidth : left;
      const y = header + r * o.cellHeight;
      const colours = value === null ? null : cellColours(value);
      heatCells.push({
        row: row.id,
        column: column.id,
        x: round1(x),
        y: round1(y),
        width: round1(cellWidth),
        height: round1(o.cellHeight),
        cx: round1(x + cellWidth / 2),
        cy: round1(y + o.cellHeight / 2),
        value: value === null ? null : round1(value),
        fill: colours?.fill ?? null,
        textColor: colours?.text ?? DARK_TEXT,
        label: value === null ? EMPTY_MARK : String(round1(value)),
      });
    });
  });

  return {
    dir: o.dir,
    width: round1(o.width),
    height: round1(header + field.rows.length * o.cellHeight),
    lineHeight: o.lineHeight,
    columns,
    rows,
    cells: heatCells,
  };
}

export interface LegendSwatch {
  value: number;
  x: number;
  /** The centre, where the number stands. */
  cx: number;
  fill: string;
  textColor: string;
}

/** The palette as a legend strip of `width`: 0 at the start side, 10 at the end side. */
export function heatmapLegend(dir: Direction, width = 330): { width: number; swatchWidth: number; swatches: LegendSwatch[] } {
  const swatchWidth = width / PALETTE.length;
  const swatches = PALETTE.map((_, value) => {
    const left = value * swatchWidth;
    const { fill, text } = cellColours(value);
    const x = dir === 'rtl' ? width - left - swatchWidth : left;
    return { value, x: round1(x), cx: round1(x + swatchWidth / 2), fill, textColor: text };
  });
  return { width: round1(width), swatchWidth: round1(swatchWidth), swatches };
}
