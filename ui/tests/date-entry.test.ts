// Dates and times read and typed in the interface's language and the system's region: the
// fields' order and clock per locale, typing, stepping and checking, the stored value unchanged.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DateEntry from '../src/components/DateEntry.svelte';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import { formatDate, formatDateTime } from '../src/lib/dates';
import { layoutOf, read, step, typeDigit, valuesOf } from '../src/lib/date-entry';
import { catalogue, message, type TestLocale } from './fixtures';

afterEach(() => applyCatalogue(catalogue('en')));

describe('reading dates', () => {
  it('puts the day first and uses a 24-hour clock in nl and fr, and in English on a British system', () => {
    expect(formatDateTime('2026-12-02T01:30', 'nl-BE')).toBe('2 dec 2026, 01:30');
    expect(formatDateTime('2026-12-02T13:05', 'fr-BE')).toMatch(/^2 déc\. 2026,? (à )?13:05$/);
    // CLDR abbreviates September as "Sept" in British English.
    expect(formatDateTime('2025-09-29T09:00', 'en-GB')).toMatch(/^29 Sept? 2025, 09:00$/);
    expect(formatDateTime('2025-09-29T09:00', 'en-US')).toBe('Sep 29, 2025, 9:00 AM');
    expect(formatDate('2025-09-29', 'nl')).toBe('29 sep 2025');
    expect(formatDate('not a date', 'nl')).toBe('not a date');
  });
});

describe('the fields of a date entry', () => {
  it('follow the locale’s order and clock', () => {
    expect(layoutOf('nl-BE', true)).toMatchObject({ parts: ['day', 'month', 'year', 'hour', 'minute'], hour12: false });
    expect(layoutOf('fr', true)).toMatchObject({ parts: ['day', 'month', 'year', 'hour', 'minute'], hour12: false });
    expect(layoutOf('en-GB', true)).toMatchObject({ parts: ['day', 'month', 'year', 'hour', 'minute'], hour12: false });
    expect(layoutOf('en-US', true)).toMatchObject({ parts: ['month', 'day', 'year', 'hour', 'minute', 'dayPeriod'], hour12: true });
    expect(layoutOf('nl', false).parts).toEqual(['day', 'month', 'year']);
    expect(layoutOf('nl', false).after).toEqual(['-', '-', '']);
  });

  it('move on once a field is full or cannot take another digit', () => {
    expect(typeDigit('day', '', '4', false)).toEqual({ text: '04', next: true });
    expect(typeDigit('day', '', '2', false)).toEqual({ text: '2', next: false });
    expect(typeDigit('day', '2', '9', false)).toEqual({ text: '29', next: true });
    expect(typeDigit('month', '', '1', false)).toEqual({ text: '1', next: false });
    expect(typeDigit('month', '', '7', false)).toEqual({ text: '07', next: true });
    expect(typeDigit('hour', '', '3', false)).toEqual({ text: '03', next: true });
    expect(typeDigit('hour', '', '2', true)).toEqual({ text: '02', next: true });
    expect(typeDigit('year', '202', '6', false)).toEqual({ text: '2026', next: true });
    // A full field starts again.
    expect(typeDigit('minute', '45', '3', false)).toEqual({ text: '3', next: false });
  });

  it('step round their range with the arrows', () => {
    expect(step('month', '12', 1, false)).toBe('01');
    expect(step('day', '01', -1, false)).toBe('31');
    expect(step('hour', '23', 1, false)).toBe('00');
    expect(step('hour', '12', 1, true)).toBe('01');
    expect(step('dayPeriod', 'am', 1, true)).toBe('pm');
    expect(step('year', '', 1, false, new Date(2026, 11, 2))).toBe('2026');
  });

  it('make the stored value only from a real date', () => {
    const nl = layoutOf('nl', true);
    expect(read(valuesOf('2026-12-02T01:30', false), nl)).toEqual({ kind: 'value', iso: '2026-12-02T01:30' });
    expect(read({ ...valuesOf('2026-02-02T01:30', false), day: '30' }, nl)).toEqual({ kind: 'invalid' });
    expect(read({ ...valuesOf('2026-12-02T01:30', false), minute: '' }, nl)).toEqual({ kind: 'incomplete' });
    expect(read(valuesOf('', false), nl)).toEqual({ kind: 'empty' });
    const us = layoutOf('en-US', true);
    const evening = valuesOf('2026-12-02T21:05', true);
    expect(evening).toMatchObject({ hour: '09', minute: '05', dayPeriod: 'pm' });
    expect(read(evening, us)).toEqual({ kind: 'value', iso: '2026-12-02T21:05' });
    expect(read(valuesOf('2026-12-02T00:15', true), us)).toEqual({ kind: 'value', iso: '2026-12-02T00:15' });
  });
});

function withFormats(locale: TestLocale, formatLocale: string): void {
  applyCatalogue({ ...catalogue(locale), formatLocale });
}

function field(part: string): HTMLInputElement {
  return screen.getByTestId(`when-${part}`) as HTMLInputElement;
}

const entryValue = () => screen.getByTestId('when').dataset['value'];

function renderEntry(value: string, time = true, onchange = vi.fn()) {
  render(DateEntry, { props: { value, time, id: 'when', label: 'Session start', testid: 'when', required: true, onchange } });
  return onchange;
}

describe('the date entry', () => {
  it('shows a Dutch session day-month-year with a 24-hour clock, labelled in Dutch', () => {
    withFormats('nl', 'nl-BE');
    renderEntry('2026-12-02T01:30');
    const fields = [...screen.getByTestId('when').querySelectorAll('input')];
    expect(fields.map((f) => f.value)).toEqual(['02', '12', '2026', '01', '30']);
    expect(fields.map((f) => f.getAttribute('aria-label'))).toEqual(
      ['date-entry-day', 'date-entry-month', 'date-entry-year', 'date-entry-hour', 'date-entry-minute'].map((id) => message('nl', id)),
    );
    expect(screen.getByRole('group').getAttribute('aria-label')).toBe('Session start');
    expect(field('day').id).toBe('when');
  });

  it('takes typed digits, moving on by itself, and stores the value as before', async () => {
    withFormats('nl', 'nl-BE');
    const onchange = renderEntry('2026-12-02T01:30');
    field('day').focus();
    await fireEvent.keyDown(field('day'), { key: '0' });
    await fireEvent.keyDown(field('day'), { key: '3' });
    expect(document.activeElement).toBe(field('month'));
    expect(entryValue()).toBe('2026-12-03T01:30');
    expect(onchange).toHaveBeenCalledTimes(1);
    field('hour').focus();
    await fireEvent.keyDown(field('hour'), { key: '1' });
    await fireEvent.keyDown(field('hour'), { key: '4' });
    expect(entryValue()).toBe('2026-12-03T14:30');
    await fireEvent.keyDown(field('minute'), { key: 'ArrowUp' });
    expect(entryValue()).toBe('2026-12-03T14:31');
    // Letters have no place in a date.
    const refused = await fireEvent.keyDown(field('minute'), { key: 'x' });
    expect(refused).toBe(false);
    // A lone "1" in the month is stored once the field is left: January.
    await fireEvent.keyDown(field('month'), { key: '1' });
    expect(entryValue()).toBe('2026-12-03T14:31');
    await fireEvent.blur(field('month'));
    expect(field('month').value).toBe('01');
    expect(entryValue()).toBe('2026-01-03T14:31');
  });

  it('keeps the saved value while the date is half typed or impossible, and says so on leaving', async () => {
    withFormats('nl', 'nl-BE');
    const onchange = renderEntry('2026-02-02T10:00');
    await fireEvent.keyDown(field('day'), { key: '3' });
    await fireEvent.keyDown(field('day'), { key: '0' });
    expect(entryValue()).toBe('2026-02-02T10:00');
    expect(onchange).not.toHaveBeenCalled();
    await fireEvent.focusOut(screen.getByTestId('when'), { relatedTarget: document.body });
    expect(screen.getByTestId('when-problem').textContent).toBe(message('nl', 'date-entry-invalid'));
    expect(field('day').getAttribute('aria-invalid')).toBe('true');
    await fireEvent.keyDown(field('minute'), { key: 'Backspace' });
    await fireEvent.focusOut(screen.getByTestId('when'), { relatedTarget: document.body });
    expect(screen.getByTestId('when-problem').textContent).toBe(message('nl', 'date-entry-incomplete'));
  });

  it('follows an American system in English: month first and AM/PM', async () => {
    withFormats('en', 'en-US');
    renderEntry('2026-12-02T21:05');
    const fields = [...screen.getByTestId('when').querySelectorAll('input')];
    expect(fields.map((f) => f.value)).toEqual(['12', '02', '2026', '09', '05', 'PM']);
    await fireEvent.keyDown(field('dayPeriod'), { key: 'a' });
    expect(entryValue()).toBe('2026-12-02T09:05');
  });

  it('reads Arabic-Indic digits and a pasted date', async () => {
    withFormats('ar', 'ar');
    renderEntry('', false);
    await fireEvent.input(field('day'), { target: { value: '٢٩/٩/٢٠٢٥' } });
    expect(entryValue()).toBe('2025-09-29');
  });
});
