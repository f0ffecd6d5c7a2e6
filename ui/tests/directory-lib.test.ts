// The referral directory's small rules (ui/src/lib/directory.ts).
import { describe, expect, it } from 'vitest';
import {
  badRowReason,
  emptyDraft,
  emptySearch,
  fileNameOf,
  parseLanguageTags,
  plainStepText,
  slipFileName,
  toFilter,
  toServiceInput,
} from '../src/lib/directory';

/** A stand-in translator that shows the id and its arguments. */
const t = (id: string, args?: Record<string, string | number>) => `${id}${args ? JSON.stringify(args) : ''}`;

describe('the directory’s rules', () => {
  it('reads language tags separated by spaces, commas (Latin or Arabic) or semicolons, once each', () => {
    expect(parseLanguageTags(' nl, fr  ar،ti;AR ')).toEqual(['nl', 'fr', 'ar', 'ti']);
    expect(parseLanguageTags('   ')).toEqual([]);
  });

  it('sends an empty search field as "any", and trims the rest', () => {
    expect(toFilter(emptySearch())).toEqual({ text: '', pathway: null, kind: null, language: null, town: null, anonymousOnly: false });
    expect(toFilter({ text: ' a ', pathway: 'return', kind: 'shelter', language: ' ar ', town: ' Gent ', anonymousOnly: true })).toEqual({
      text: 'a',
      pathway: 'return',
      kind: 'shelter',
      language: 'ar',
      town: 'Gent',
      anonymousOnly: true,
    });
  });

  it('sends a date never checked as null', () => {
    expect(toServiceInput({ ...emptyDraft(), name: ' X ', checkedOn: '' }).checkedOn).toBeNull();
    expect(toServiceInput({ ...emptyDraft(), name: ' X ', checkedOn: '2025-03-01' })).toMatchObject({ name: 'X', checkedOn: '2025-03-01' });
  });

  it('explains a bad row by the field’s label, or by the line it repeats', () => {
    expect(badRowReason({ line: 4, field: 'checked_on', duplicateOf: null }, t)).toBe(
      'directory-import-bad-field{"line":4,"field":"directory-field-checked-on"}',
    );
    expect(badRowReason({ line: 9, field: null, duplicateOf: 2 }, t)).toBe('directory-import-bad-duplicate{"line":9,"first":2}');
    // A field the UI does not know is named as the back end names it.
    expect(badRowReason({ line: 5, field: 'colour', duplicateOf: null }, t)).toBe('directory-import-bad-field{"line":5,"field":"colour"}');
  });

  it('names files plainly', () => {
    expect(slipFileName(new Date(2026, 10, 29))).toBe('referral-slip-2026-11-29.pdf');
    expect(fileNameOf('/media/stick/avenir-directory.csv')).toBe('avenir-directory.csv');
    expect(fileNameOf('C:\\Users\\a\\dir.toml')).toBe('dir.toml');
  });

  it('stores a referral without Fluent’s invisible isolation marks', () => {
    expect(plainStepText('Referred to \u2068Clinic\u2069 on \u2068Mar 3, 2025\u2069')).toBe('Referred to Clinic on Mar 3, 2025');
  });
});
