import { render } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import { cellColours, EMPTY_MARK, heatmap, heatmapLegend, PALETTE, wrapText } from '../src/lib/charts/heatmap';
import { journalChart, round1 } from '../src/lib/charts/journal';
import HeatMap from '../src/screens/journal/HeatMap.svelte';
import JournalChart from '../src/screens/journal/JournalChart.svelte';
import { catalogue, message } from './fixtures';
import { cell, entry, journal, needsField, S11, S12, S13, smallField } from './journal-fixtures';

const day = (startedAt: string) => startedAt.slice(0, 10);

const panel = (model: ReturnType<typeof journalChart>, pathway: string) => {
  const found = model.panels.find((p) => p.pathway === pathway);
  if (!found) throw new Error(`no panel ${pathway}`);
  return found;
};
const series = (model: ReturnType<typeof journalChart>, pathway: string, key: 'possible' | 'wanted') => {
  const found = panel(model, pathway).series.find((s) => s.key === key);
  if (!found) throw new Error(`no series ${key}`);
  return found;
};

describe('journal chart model', () => {
  it('has four panels in the fixed order and one tick per session, oldest first', () => {
    const model = journalChart(journal(), day);
    expect(model.panels.map((p) => p.pathway)).toEqual(['legalise', 'onward', 'return', 'undocumented']);
    expect(model.sessions.map((s) => [s.sessionId, s.label])).toEqual([
      [11, '2025-02-03'],
      [12, '2025-03-03'],
      [13, '2025-04-07'],
    ]);
    expect(model.width).toBe(640);
    expect(model.height).toBe(384);
    expect(model.empty).toBe(false);
    // Every panel has the same ticks, also the one nobody spoke about.
    expect(panel(model, 'undocumented').xTicks.map((t) => t.label)).toEqual(['2025-02-03', '2025-03-03', '2025-04-07']);
    expect(panel(model, 'undocumented').series.every((s) => s.points.length === 0 && s.lines.length === 0)).toBe(true);
  });

  it('places the points at the expected coordinates (rounded to one decimal)', () => {
    const model = journalChart(journal(), day);
    const legalise = panel(model, 'legalise');
    expect(legalise.plot).toEqual({ left: 30, right: 298, top: 30, bottom: 154 });
    expect(legalise.xTicks.map((t) => t.x)).toEqual([74.7, 164, 253.3]);
    expect(legalise.yTicks).toEqual([
      { value: 0, y: 154, labelY: 158 },
      { value: 5, y: 92, labelY: 96 },
      { value: 10, y: 30, labelY: 34 },
    ]);
    expect(legalise.title).toEqual({ x: 0, y: 16, anchor: 'start' });
    expect(legalise.yLabel).toEqual({ x: 24, anchor: 'end' });
    const possible = series(model, 'legalise', 'possible');
    expect(possible.points.map((p) => [p.x, p.y, p.value])).toEqual([
      [74.7, 79.6, 6],
      [164, 104.4, 4],
      [253.3, 116.8, 3],
    ]);
    expect(possible.lines).toEqual(['M74.7 79.6L164 104.4L253.3 116.8']);
    // The second panel is beside the first, the third under it.
    expect(panel(model, 'onward').xTicks[0]?.x).toBe(406.7);
    expect(panel(model, 'return').plot).toEqual({ left: 30, right: 298, top: 234, bottom: 358 });
    expect(series(model, 'return', 'wanted').lines).toEqual(['M74.7 345.6L164 333.2L253.3 320.8']);
  });

  it('breaks the line where a value is missing', () => {
    const model = journalChart(journal(), day);
    const wanted = series(model, 'legalise', 'wanted');
    // 9, not said, 8: two markers and no line between them.
    expect(wanted.points.map((p) => p.sessionId)).toEqual([11, 13]);
    expect(wanted.lines).toEqual([]);
    // A gap in the middle of a longer run splits it in two.
    const split = journalChart(
      [1, 2, 3, 4, 5].map((n) =>
        entry(n, `2025-01-0${n}T10:00:00Z`, { pathway: 'return', possible: n === 3 ? null : n, wanted: null }),
      ),
      day,
    );
    expect(series(split, 'return', 'possible').lines).toHaveLength(2);
    expect(series(split, 'return', 'possible').points).toHaveLength(4);
  });

  it('draws markers only for a single session, in the middle', () => {
    const model = journalChart([entry(7, S12, { pathway: 'onward', possible: 10, wanted: 0 })], day);
    const possible = series(model, 'onward', 'possible');
    const wanted = series(model, 'onward', 'wanted');
    expect(possible.lines).toEqual([]);
    expect(wanted.lines).toEqual([]);
    expect(possible.points).toEqual([{ sessionId: 7, x: 496, y: 30, value: 10 }]);
    expect(wanted.points).toEqual([{ sessionId: 7, x: 496, y: 154, value: 0 }]);
  });

  it('mirrors x in right-to-left: the first session on the right, anchors flipped', () => {
    const ltr = journalChart(journal(), day);
    const rtl = journalChart(journal(), day, { dir: 'rtl' });
    const legalise = panel(rtl, 'legalise');
    expect(legalise.xTicks.map((t) => t.x)).toEqual([565.3, 476, 386.7]);
    const xs = legalise.xTicks.map((t) => t.x);
    expect(xs[0]).toBeGreaterThan(xs[2] ?? Infinity);
    // The first panel stands top right.
    expect(legalise.x).toBe(332);
    expect(legalise.plot).toEqual({ left: 342, right: 610, top: 30, bottom: 154 });
    expect(legalise.title).toEqual({ x: 640, y: 16, anchor: 'end' });
    expect(legalise.yLabel).toEqual({ x: 616, anchor: 'start' });
    for (const [i, p] of ltr.panels.entries()) {
      const mirrored = rtl.panels[i];
      for (const [j, tick] of p.xTicks.entries()) expect(mirrored?.xTicks[j]?.x).toBe(round1(640 - tick.x));
      expect(mirrored?.series[0]?.points.map((pt) => pt.y)).toEqual(p.series[0]?.points.map((pt) => pt.y));
    }
    expect(series(rtl, 'legalise', 'possible').lines).toEqual(['M565.3 79.6L476 104.4L386.7 116.8']);
  });

  it('leaves date labels out when sessions are close, always keeping the newest', () => {
    const many = Array.from({ length: 10 }, (_, n) =>
      entry(n + 1, `2025-01-${String(n + 10)}T10:00:00Z`, { pathway: 'legalise', possible: n }),
    );
    const ticks = panel(journalChart(many, day), 'legalise').xTicks;
    expect(ticks).toHaveLength(10);
    expect(ticks.map((t) => t.label !== null)).toEqual([true, false, false, true, false, false, true, false, false, true]);
    expect(ticks.at(-1)?.label).toBe('2025-01-19');
  });

  it('is empty without any number, and deterministic', () => {
    expect(journalChart([], day).empty).toBe(true);
    expect(journalChart([entry(1, S11, { pathway: 'return', why: 'only words' })], day).empty).toBe(true);
    expect(JSON.stringify(journalChart(journal(), day))).toBe(JSON.stringify(journalChart(journal(), day)));
    expect(JSON.stringify(journalChart(journal(), day, { dir: 'rtl', width: 500 }))).toBe(
      JSON.stringify(journalChart(journal(), day, { dir: 'rtl', width: 500 })),
    );
  });

  it('keeps values inside 0–10 and sorts sessions by time', () => {
    const model = journalChart(
      [
        entry(2, S13, { pathway: 'legalise', possible: 14 }),
        entry(1, S11, { pathway: 'legalise', possible: -3 }),
      ],
      day,
    );
    expect(model.sessions.map((s) => s.sessionId)).toEqual([1, 2]);
    expect(series(model, 'legalise', 'possible').points.map((p) => p.value)).toEqual([0, 10]);
  });
});

describe('heat map model', () => {
  const cells = [
    cell('safety', 'today', 0),
    cell('safety', 'legalise', 10),
    cell('living', 'today', 7),
    cell('living', 'return', 'x'),
  ];

  it('colours cells from light (0) to dark (10), with a readable text colour', () => {
    const model = heatmap(smallField(), cells);
    const at = (row: string, column: string) => model.cells.find((c) => c.row === row && c.column === column);
    expect(at('safety', 'today')).toMatchObject({ value: 0, fill: '#f7f4ea', textColor: '#1c2529', label: '0' });
    expect(at('safety', 'legalise')).toMatchObject({ value: 10, fill: '#14334a', textColor: '#ffffff', label: '10' });
    expect(at('living', 'today')).toMatchObject({ value: 7, fill: '#34737f', textColor: '#ffffff', label: '7' });
    expect(PALETTE).toHaveLength(11);
    expect(cellColours(3)).toEqual({ fill: '#b2d8c4', text: '#1c2529' });
  });

  it('marks cells without an answer as empty', () => {
    const model = heatmap(smallField(), cells);
    const empty = model.cells.filter((c) => c.value === null).map((c) => `${c.row}/${c.column}`);
    expect(empty).toEqual(['safety/return', 'living/legalise', 'living/return']);
    for (const c of model.cells.filter((c) => c.value === null)) {
      expect(c.fill).toBeNull();
      expect(c.label).toBe(EMPTY_MARK);
    }
  });

  it('lays out the grid at the expected coordinates and mirrors the columns right to left', () => {
    const ltr = heatmap(smallField(), cells, { label: (id) => id });
    expect(ltr.width).toBe(640);
    expect(ltr.height).toBe(141);
    const xOf = (model: typeof ltr, column: string) => model.cells.filter((c) => c.row === 'safety' && c.column === column)[0];
    expect(xOf(ltr, 'today')).toMatchObject({ x: 179.2, y: 53, width: 153.6, height: 44, cx: 256, cy: 75 });
    expect(xOf(ltr, 'return')?.x).toBe(486.4);
    expect(ltr.rows[0]).toMatchObject({ x: 171.2, anchor: 'end' });
    const rtl = heatmap(smallField(), cells, { dir: 'rtl', label: (id) => id });
    expect(xOf(rtl, 'today')?.x).toBe(307.2);
    expect(xOf(rtl, 'return')?.x).toBe(0);
    expect(rtl.columns.map((c) => c.x)).toEqual([384, 230.4, 76.8]);
    expect(rtl.rows[0]).toMatchObject({ x: 468.8, anchor: 'start' });
    expect(JSON.stringify(heatmap(smallField(), cells))).toBe(JSON.stringify(heatmap(smallField(), cells)));
  });

  it('wraps long labels and lets later answers of a cell win', () => {
    expect(wrapText('Staying in Belgium without papers', 12, 3)).toEqual(['Staying in', 'Belgium', 'without…']);
    expect(wrapText('Short', 12, 3)).toEqual(['Short']);
    const model = heatmap(smallField(), [cell('safety', 'today', 2), cell('safety', 'today', 5)]);
    expect(model.cells[0]?.value).toBe(5);
    const legend = heatmapLegend('rtl', 330);
    expect(legend.swatches[0]).toMatchObject({ value: 0, x: 300, fill: PALETTE[0] });
    expect(legend.swatches[10]).toMatchObject({ value: 10, x: 0 });
  });
});

/** The markup of `svg` with the per-instance id replaced, to compare two renderings. */
function normalised(svg: Element): string {
  const title = svg.querySelector('title')?.id ?? '';
  const prefix = title.replace(/-title$/, '');
  // With its dash: a short prefix (`c2`) may also be part of a colour (`#1c2529`).
  return svg.outerHTML.split(`${prefix}-`).join('ID-');
}

describe('chart components', () => {
  beforeEach(() => {
    applyCatalogue(catalogue('en'));
  });

  it('the same entries give byte-identical SVG, labelled for assistive technology', () => {
    const a = render(JournalChart, { props: { entries: journal() } });
    const b = render(JournalChart, { props: { entries: journal() } });
    const [svgA, svgB] = [a.container, b.container].map((c) => c.querySelector('[data-testid="journal-chart"]'));
    if (!svgA || !svgB) throw new Error('no chart');
    expect(normalised(svgA)).toBe(normalised(svgB));
    expect(svgA.getAttribute('role')).toBe('img');
    const [titleId, descId] = (svgA.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(svgA.querySelector('title')?.id).toBe(titleId);
    expect(svgA.querySelector('desc')?.id).toBe(descId);
    expect(svgA.querySelector('title')?.textContent).toBe(message('en', 'journal-chart-title'));
    expect(svgA.querySelector('desc')?.textContent).toBe(message('en', 'journal-chart-desc', { sessions: 3 }));
    expect(svgA.getAttribute('viewBox')).toBe('0 0 640 384');
  });

  it('draws solid lines with circles and dashed lines with squares, and a data table', () => {
    const { container } = render(JournalChart, { props: { entries: journal() } });
    const legalise = container.querySelector('[data-pathway="legalise"]');
    expect(legalise?.querySelector('.panel-title')?.textContent?.trim()).toBe(message('en', 'clients-pathway-legalise'));
    const possible = legalise?.querySelector('[data-series="possible"]');
    const wanted = legalise?.querySelector('[data-series="wanted"]');
    expect(possible?.querySelectorAll('circle')).toHaveLength(3);
    expect(possible?.querySelector('path')?.getAttribute('d')).toBe('M74.7 79.6L164 104.4L253.3 116.8');
    expect(Array.from(possible?.querySelectorAll('circle') ?? [], (c) => c.getAttribute('cx'))).toEqual(['74.7', '164', '253.3']);
    expect(wanted?.querySelectorAll('rect')).toHaveLength(2);
    expect(wanted?.querySelector('path')).toBeNull();
    expect(wanted?.querySelector('rect')?.getAttribute('x')).toBe('70.7');
    const texts = Array.from(container.querySelectorAll('.legend'), (l) => l.textContent ?? '').join(' ');
    expect(texts).toContain(message('en', 'journal-legend-possible'));
    expect(texts).toContain(message('en', 'journal-legend-wanted'));
    const tables = container.querySelectorAll('table');
    expect(tables).toHaveLength(4);
    const rows = Array.from(tables[0]?.querySelectorAll('tbody tr') ?? [], (tr) =>
      Array.from(tr.children, (c) => c.textContent?.trim()),
    );
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['6', '9'],
      ['4', message('en', 'journal-not-said')],
      ['3', '8'],
    ]);
  });

  it('in Arabic the chart runs right to left, with flipped anchors', () => {
    applyCatalogue(catalogue('ar'));
    const { container } = render(JournalChart, { props: { entries: journal() } });
    const svg = container.querySelector('[data-testid="journal-chart"]');
    expect(svg?.getAttribute('direction')).toBe('ltr');
    const legalise = container.querySelector('[data-pathway="legalise"]');
    const cx = Array.from(legalise?.querySelectorAll('[data-series="possible"] circle') ?? [], (c) => Number(c.getAttribute('cx')));
    expect(cx).toEqual([565.3, 476, 386.7]);
    expect(legalise?.querySelector('.panel-title')?.getAttribute('text-anchor')).toBe('end');
    expect(legalise?.querySelector('.tick-label')?.getAttribute('text-anchor')).toBe('start');
  });

  it('the heat map shows colours, numbers and hatched empty cells, identically each time', () => {
    const cells = [cell('safety', 'today', 0), cell('safety', 'legalise', 10), cell('health', 'return', 6)];
    const props = { exerciseId: 'basic-needs', field: needsField(), cells, title: 'Basic needs', t: (id: string) => `«${id}»` };
    const a = render(HeatMap, { props });
    const b = render(HeatMap, { props });
    const svg = a.container.querySelector('[data-testid="heatmap-basic-needs-by-pathway"]');
    const svgB = b.container.querySelector('[data-testid="heatmap-basic-needs-by-pathway"]');
    if (!svg || !svgB) throw new Error('no heat map');
    expect(normalised(svg)).toBe(normalised(svgB));
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')?.textContent).toBe('Basic needs');
    const at = (row: string, column: string) => svg.querySelector(`[data-row="${row}"][data-column="${column}"]`);
    expect(at('safety', 'today')?.querySelector('rect')?.getAttribute('fill')).toBe(PALETTE[0]);
    expect(at('safety', 'today')?.querySelector('text')?.textContent).toBe('0');
    expect(at('safety', 'legalise')?.querySelector('rect')?.getAttribute('fill')).toBe(PALETTE[10]);
    expect(at('safety', 'legalise')?.querySelector('text')?.getAttribute('fill')).toBe('#ffffff');
    expect(at('health', 'return')?.querySelector('text')?.textContent).toBe('6');
    const empty = at('school', 'undocumented');
    expect(empty?.classList.contains('empty')).toBe(true);
    expect(empty?.querySelector('text')?.textContent).toBe(EMPTY_MARK);
    expect(empty?.querySelector('.cell-hatch')?.getAttribute('fill')).toMatch(/^url\(#.+-hatch\)$/);
    expect(svg.querySelectorAll('.cell')).toHaveLength(30);
    expect(svg.querySelectorAll('.cell.empty')).toHaveLength(27);
    // Labels come from the translator given.
    expect(svg.querySelector('.row-label')?.textContent).toContain('«need-safety»');
    const table = a.container.querySelector('table');
    expect(table?.querySelector('tbody tr td')?.textContent).toBe('0');
    expect(table?.textContent).toContain(message('en', 'journal-heatmap-empty-cell'));
  });

  it('the heat map mirrors its columns in Arabic', () => {
    applyCatalogue(catalogue('ar'));
    const { container } = render(HeatMap, {
      props: { exerciseId: 'x', field: smallField(), cells: [cell('safety', 'today', 4)], title: 'T', t: (id: string) => id },
    });
    const x = (column: string) =>
      Number(container.querySelector(`[data-row="safety"][data-column="${column}"] rect`)?.getAttribute('x'));
    expect(x('today')).toBeGreaterThan(x('legalise'));
    expect(x('legalise')).toBeGreaterThan(x('return'));
    expect(container.querySelector('.row-label')?.getAttribute('text-anchor')).toBe('start');
  });
});
