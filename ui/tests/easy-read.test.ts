// Easy-read pictograms in the exercises: every basic need, stage of the grief curve and pathway
// of the SHIPPED exercises has one, drawn beside its option, row or column, named by the concept
// in the language the exercise is shown in; the wall's pictograms stay decorative.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { DRAWINGS, Pictogram } from '../src/components/pictograms';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import type { Answer, Field } from '../src/ipc';
import { easyRead, EASY_READ_NAMES, NEEDS, STAGES, anyEasyRead } from '../src/lib/easy-read';
import ChecklistField from '../src/screens/worksheets/fields/ChecklistField.svelte';
import ChoiceField from '../src/screens/worksheets/fields/ChoiceField.svelte';
import MatrixField from '../src/screens/worksheets/fields/MatrixField.svelte';
import HeatMap from '../src/screens/journal/HeatMap.svelte';
import { heatmap } from '../src/lib/charts/heatmap';
import { catalogue, message, type TestLocale } from './fixtures';
import { cell } from './journal-fixtures';
import { exercise, translator } from './projector-fixtures';

function field<K extends Field['kind']>(exerciseId: string, fieldId: string, kind: K): Extract<Field, { kind: K }> {
  const found = exercise(exerciseId).fields.find((f) => f.id === fieldId);
  if (!found || found.kind !== kind) throw new Error(`no ${kind} field ${exerciseId}/${fieldId}`);
  return found as Extract<Field, { kind: K }>;
}

const NO_ANSWER = { kind: 'none' } as unknown as Answer;
const common = { answer: NO_ANSWER, labelledby: 'q', onchange: () => undefined };

/** Each pictogram shown inside `root`: its name and its text alternative. */
function pictograms(root: ParentNode): { name: string; alt: string | null; role: string | null }[] {
  return Array.from(root.querySelectorAll('[data-pictogram]'), (box) => {
    const svg = box.querySelector('svg');
    return { name: box.getAttribute('data-pictogram') ?? '', alt: svg?.getAttribute('aria-label') ?? null, role: svg?.getAttribute('role') ?? null };
  });
}

describe('the easy-read map', () => {
  it('gives every basic need, stage and pathway of the shipped exercises a pictogram that is drawn', () => {
    const needs = field('basic-needs', 'by-pathway', 'matrix');
    expect(needs.rows.map((row) => easyRead(row)?.name)).toEqual(NEEDS.map((need) => `need-${need}`));
    expect(needs.columns.map((column) => easyRead(column)?.name)).toEqual([undefined, 'legalise', 'onward', 'return', 'undocumented']);
    expect(field('basic-needs', 'most-important', 'choice').options.map((o) => easyRead(o)?.name)).toEqual(NEEDS.map((n) => `need-${n}`));
    expect(field('migration-project', 'needs-behind', 'checklist').options.every((o) => easyRead(o) !== null)).toBe(true);
    const stages = field('where-i-stand', 'stage', 'choice');
    expect(stages.options.map((o) => o.id)).toEqual([...STAGES]);
    expect(stages.options.map((o) => easyRead(o)?.name)).toEqual(STAGES.map((s) => `stage-${s}`));
    for (const id of ['side-by-side', 'feeling']) {
      expect(field('four-pathways', id, 'matrix').columns.map((c) => easyRead(c)?.name)).toEqual(['legalise', 'onward', 'return', 'undocumented']);
    }
    // Every name has a drawing, and names nothing else.
    for (const name of EASY_READ_NAMES) expect(DRAWINGS[name], name).toBeDefined();
    expect(new Set(EASY_READ_NAMES).size).toBe(4 + 6 + 6);
  });

  it('names each pictogram by the concept’s existing message, in every complete language', () => {
    const ids = [
      ...NEEDS.map((n) => easyRead({ id: n, labelId: `need-${n}` })?.altId),
      ...STAGES.map((s) => easyRead({ id: s, labelId: `ex-where-i-stand-stage-${s}` })?.altId),
      ...['legalise', 'onward', 'return', 'undocumented'].map((p) => easyRead({ id: p, labelId: `x-${p}` })?.altId),
    ];
    expect(ids).toContain('need-school');
    expect(ids).toContain('ex-where-i-stand-stage-bargaining');
    expect(ids).toContain('clients-pathway-undocumented');
    for (const locale of ['en', 'nl', 'fr', 'ar'] as TestLocale[]) {
      for (const id of ids) expect(message(locale, id ?? '').length, `${locale} ${id}`).toBeGreaterThan(0);
    }
  });

  it('leaves alone items that only share an id with a need (a factor, a situation) and other ids', () => {
    const factors = field('what-weighs', 'factors', 'matrix');
    expect(factors.rows.find((r) => r.id === 'safety')).toBeDefined();
    expect(factors.rows.map((r) => easyRead(r))).toEqual(factors.rows.map(() => null));
    // Its columns are pathways, whatever their labels.
    expect(factors.columns.every((c) => easyRead(c) !== null)).toBe(true);
    expect(easyRead({ id: 'today', labelId: 'ex-basic-needs-by-pathway-today' })).toBeNull();
    expect(easyRead({ id: 'shock', labelId: 'ex-other-shock' })).toBeNull();
    expect(anyEasyRead([{ id: 'today', labelId: 'x' }])).toBe(false);
    expect(anyEasyRead(field('basic-needs', 'by-pathway', 'matrix').rows)).toBe(true);
  });
});

describe('pictograms in the exercises', () => {
  it('the grief curve shows each stage’s pictogram named in Arabic when the exercise is in Arabic', () => {
    const ar = translator('ar');
    const stage = field('where-i-stand', 'stage', 'choice');
    render(ChoiceField, { props: { ...common, field: stage, t: ar.t, dir: 'rtl' } });
    const shown = pictograms(document.body);
    expect(shown.map((p) => p.name)).toEqual(STAGES.map((s) => `stage-${s}`));
    expect(shown.map((p) => p.alt)).toEqual(STAGES.map((s) => message('ar', `ex-where-i-stand-stage-${s}`)));
    expect(shown.every((p) => p.role === 'img')).toBe(true);
    // The button's text is still the stage's name alone; the pictogram adds its image.
    const bargaining = screen.getByTestId('choice-stage-bargaining');
    expect(bargaining.textContent?.trim()).toBe(message('ar', 'ex-where-i-stand-stage-bargaining'));
    expect(screen.getByRole('img', { name: message('ar', 'ex-where-i-stand-stage-anger') })).toBeTruthy();
  });

  it('the needs of a checklist and a choice carry their names in the shown language (French)', () => {
    const fr = translator('fr');
    const checklist = render(ChecklistField, { props: { ...common, field: field('migration-project', 'needs-behind', 'checklist'), t: fr.t } });
    expect(pictograms(checklist.container).map((p) => p.alt)).toEqual(NEEDS.map((n) => message('fr', `need-${n}`)));
    // The check box keeps its label: the need's name.
    expect(screen.getByRole('checkbox', { name: new RegExp(message('fr', 'need-health')) })).toBeTruthy();
    checklist.unmount();
    const choice = render(ChoiceField, { props: { ...common, field: field('basic-needs', 'most-important', 'choice'), t: fr.t, dir: 'ltr' } });
    expect(pictograms(choice.container).map((p) => p.alt)).toEqual(NEEDS.map((n) => message('fr', `need-${n}`)));
  });

  it('a matrix shows needs on its rows and pathways on its columns; its cells are named by the texts alone', () => {
    const ar = translator('ar');
    const grid = field('basic-needs', 'by-pathway', 'matrix');
    const { container } = render(MatrixField, { props: { ...common, field: grid, t: ar.t } });
    const shown = pictograms(container);
    expect(shown.map((p) => p.name)).toEqual(['legalise', 'onward', 'return', 'undocumented', ...NEEDS.map((n) => `need-${n}`)]);
    expect(shown[0]?.alt).toBe(message('ar', 'clients-pathway-legalise'));
    expect(shown.at(-1)?.alt).toBe(message('ar', 'need-school'));
    const select = screen.getByTestId('matrix-by-pathway-safety-return');
    const names = (select.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(names).toEqual([message('ar', 'need-safety'), ar.t('ex-basic-needs-by-pathway-return')]);
  });

  it('the four pathways of a matrix with scores have their pictograms too', () => {
    const en = translator('en');
    const { container } = render(MatrixField, { props: { ...common, field: field('four-pathways', 'feeling', 'matrix'), t: en.t } });
    expect(pictograms(container).map((p) => [p.name, p.alt])).toEqual(
      ['legalise', 'onward', 'return', 'undocumented'].map((p) => [p, message('en', `clients-pathway-${p}`)]),
    );
  });

  it('an exercise without needs, stages or pathways shows no pictogram', () => {
    const en = translator('en');
    const { container } = render(MatrixField, { props: { ...common, field: field('what-weighs', 'factors', 'matrix'), t: en.t } });
    expect(pictograms(container).map((p) => p.name)).toEqual(['legalise', 'onward', 'return', 'undocumented']);
    const lifeline = exercise('reintegration-plan').fields.find((f) => f.kind === 'matrix');
    if (!lifeline || lifeline.kind !== 'matrix') throw new Error('no matrix');
    const other = render(MatrixField, { props: { ...common, field: lifeline, t: en.t } });
    expect(pictograms(other.container)).toEqual([]);
  });

  it('the basic-needs heat map draws the needs and pathways, each titled in the shown language', () => {
    applyCatalogue(catalogue('en'));
    const ar = translator('ar');
    const grid = field('basic-needs', 'by-pathway', 'matrix');
    const { container } = render(HeatMap, {
      props: { exerciseId: 'basic-needs', field: grid, cells: [cell('safety', 'today', 3)], title: 'T', t: ar.t },
    });
    const drawn = Array.from(container.querySelectorAll('svg.chart svg[data-easy-read]'), (svg) => [
      svg.getAttribute('data-easy-read'),
      svg.querySelector('title')?.textContent,
    ]);
    expect(drawn).toEqual([
      ...['legalise', 'onward', 'return', 'undocumented'].map((p) => [p, message('ar', `clients-pathway-${p}`)]),
      ...NEEDS.map((n) => [`need-${n}`, message('ar', `need-${n}`)]),
    ]);
    // Drawn as SVG inside the chart, with their shapes.
    const first = container.querySelector('svg.chart svg[data-easy-read]');
    expect(first?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(first?.querySelectorAll('path, circle, rect, ellipse').length).toBeGreaterThan(0);
  });
});

describe('the heat map’s room for pictograms', () => {
  const grid = () => field('basic-needs', 'by-pathway', 'matrix');

  it('keeps a line for them above the columns and a place at the outer side of each row', () => {
    const plain = heatmap(grid(), []);
    const withIcons = heatmap(grid(), [], { iconSize: 22 });
    expect(plain.rows.every((r) => r.icon === null)).toBe(true);
    expect(withIcons.height - plain.height).toBe(28);
    // One line of pictograms, the same height for every column, above every label.
    expect(new Set(withIcons.columns.map((c) => c.icon?.y))).toEqual(new Set([4]));
    for (const c of withIcons.columns) expect((c.icon?.y ?? 0) + 22).toBeLessThan(c.y - 13);
    for (const [i, r] of withIcons.rows.entries()) {
      expect(r.icon?.x).toBe(3);
      // In the middle of its row, clear of its label (which ends at the cells).
      expect((r.icon?.y ?? 0) + 11).toBe(withIcons.cells[i * 5]?.cy);
    }
    const rtl = heatmap(grid(), [], { iconSize: 22, dir: 'rtl' });
    expect(rtl.rows[0]?.icon?.x).toBe(640 - 3 - 22);
  });

  it('wraps row labels in what is left beside the pictogram', () => {
    const label = () => 'School for the children of the family';
    const plain = heatmap(grid(), [], { label });
    const withIcons = heatmap(grid(), [], { label, iconSize: 22 });
    const longest = (m: typeof plain) => Math.max(...(m.rows[0]?.lines ?? []).map((l) => l.replace('…', '').length));
    expect(longest(withIcons)).toBeLessThan(longest(plain));
  });
});

describe('the wall’s pictograms', () => {
  it('stay decorative: hidden from assistive technology, with no name', () => {
    const { container } = render(Pictogram, { props: { name: 'legalise' } });
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.getAttribute('role')).toBeNull();
    expect(svg?.getAttribute('aria-label')).toBeNull();
  });
});
