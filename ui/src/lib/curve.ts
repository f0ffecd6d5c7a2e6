// The curve of ordered stages (a choice with style = "curve"), like the grief
// curve of a migration project: down from the first stage into a valley, then
// up again to the last. Pure geometry for an SVG drawn behind a grid of
// buttons: `count` columns and CURVE_ROWS rows, in viewBox units.

/** Rows of the grid the stages are placed in (0 is the top). */
export const CURVE_ROWS = 11;

/** Where the valley is deepest, as a share of the way from the first stage to the last. */
const DEEPEST = 0.75;
const EXPONENT = Math.log(0.5) / Math.log(DEEPEST);

/** The row of each of `count` stages: near the top at both ends, deepest three quarters of the way. */
export function curveLevels(count: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [1];
  return Array.from({ length: count }, (_, i) => {
    const along = i / (count - 1);
    const depth = Math.sin(Math.PI * along ** EXPONENT);
    return Math.round(1 + (CURVE_ROWS - 3) * Math.max(0, depth));
  });
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** A smooth path (Catmull-Rom as cubic Béziers) through the centre of each stage's cell. */
export function curvePath(levels: readonly number[]): string {
  if (levels.length === 0) return '';
  const points = levels.map((level, i) => ({ x: i + 0.5, y: level + 0.5 }));
  const at = (i: number) => points[Math.max(0, Math.min(points.length - 1, i))] as { x: number; y: number };
  let d = `M ${round(at(0).x)} ${round(at(0).y)}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C ${round(c1.x)} ${round(c1.y)} ${round(c2.x)} ${round(c2.y)} ${round(p2.x)} ${round(p2.y)}`;
  }
  return d;
}
