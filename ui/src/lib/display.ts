// The display settings of this device, pure: the text sizes there are, how a setting is written
// on the page's root element (app.css reads the two attributes), and what a chart's drawing
// width becomes with larger text. No Svelte, no back end.
import type { Display } from '../ipc/display';

/** The text sizes, in percent of the normal size. */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** A display setting known to be valid. */
export interface ValidDisplay extends Display {
  textSize: TextSize;
}

export const DEFAULT_DISPLAY: ValidDisplay = { textSize: 100, highContrast: false };

export function isTextSize(value: unknown): value is TextSize {
  return typeof value === 'number' && (TEXT_SIZES as readonly number[]).includes(value);
}

/**
 * A display setting as received from elsewhere (the back end, an event), checked: anything that
 * is not a setting gives the defaults, field by field.
 */
export function readDisplay(raw: unknown): ValidDisplay {
  const d = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    textSize: isTextSize(d['textSize']) ? d['textSize'] : DEFAULT_DISPLAY.textSize,
    highContrast: d['highContrast'] === true,
  };
}

/**
 * Writes `display` on `root` (the <html> element): `data-text-size="150"` scales the root font
 * size, and with it everything sized in rem; `data-contrast="high"` switches the palette.
 */
export function applyDisplay(root: HTMLElement, display: Display): void {
  root.dataset['textSize'] = String(display.textSize);
  if (display.highContrast) root.dataset['contrast'] = 'high';
  else delete root.dataset['contrast'];
}

/**
 * The drawing width of an SVG chart whose labels are set in SVG units: narrower with larger text,
 * so that the chart, scaled to its box, shows its labels larger by the same factor.
 */
export function chartWidth(base: number, textSize: number): number {
  const size = isTextSize(textSize) ? textSize : DEFAULT_DISPLAY.textSize;
  return Math.round((base * 100) / size);
}
