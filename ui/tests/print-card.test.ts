// Printing a pathway information card: the track the counsellor has open, in the person's
// language and optionally a second side by side, on A4 or A5; never in presentation-safe mode.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import { presentation } from '../src/lib/presentation.svelte';
import PathwayCardView from '../src/screens/journal/PathwayCardView.svelte';
import { argsOf, backend, button } from './backend';
import { catalogue, message } from './fixtures';
import { card } from './projector-fixtures';
import { worksheetHandlers } from './worksheets-fixtures';

const RETURN = card('return');
const sheet = () => screen.getByTestId('print-sheet');
const headings = () => Array.from(sheet().querySelectorAll('[data-column="1"] h2'), (h) => h.textContent);

beforeEach(() => {
  applyCatalogue(catalogue('en'));
});

async function openCardPrint(personLocale: string | null = 'ar') {
  const calls = backend(worksheetHandlers());
  render(PathwayCardView, { props: { card: RETURN, personLocale, onclose: () => undefined } });
  await fireEvent.click(button('pathway-card-print'));
  await screen.findByTestId('print-sheet');
  return calls;
}

describe('a printed pathway card', () => {
  it('opens from the card in the person’s language with the open track, its facts and the advice to confirm', async () => {
    const calls = await openCardPrint();
    expect(button('pathway-card-print').textContent?.trim()).toBe(message('en', 'print-open'));
    expect(argsOf(calls, 'content_catalogue')).toEqual([{ locale: 'ar' }]);
    expect(document.activeElement?.textContent).toBe(message('en', 'print-card-heading'));
    // No blank-or-answers choice: a card is content only.
    expect(screen.queryByTestId('print-answered')).toBeNull();
    expect([sheet().getAttribute('lang'), sheet().getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(sheet().querySelector('h1')?.textContent).toBe(message('ar', RETURN.titleId));
    expect(sheet().querySelector('.subtitle')?.textContent).toBe(message('ar', 'pathcard-track-overview'));
    expect(headings()).toEqual(RETURN.overview.map((s) => message('ar', s.headingId)));
    expect(screen.getByTestId('print-sheet-block-facts').textContent).toContain(message('ar', 'pathcard-confirm'));
  });

  it('follows the track the counsellor opens', async () => {
    await openCardPrint();
    await fireEvent.click(button('pathway-card-track-details'));
    await waitFor(() => expect(sheet().querySelector('.subtitle')?.textContent).toBe(message('ar', 'pathcard-track-details')));
    expect(headings()).toEqual(RETURN.details.map((s) => message('ar', s.headingId)));
  });

  it('puts a second language side by side, each column in its own language and direction', async () => {
    await openCardPrint();
    await fireEvent.change(screen.getByTestId('print-language-2'), { target: { value: 'nl' } });
    await waitFor(() => expect(sheet().dataset.columns).toBe('2'));
    for (const cell of Array.from(sheet().querySelectorAll('[data-column="1"]'))) expect(cell.getAttribute('dir')).toBe('rtl');
    for (const cell of Array.from(sheet().querySelectorAll('[data-column="2"]'))) {
      expect([cell.getAttribute('lang'), cell.getAttribute('dir')]).toEqual(['nl', 'ltr']);
    }
    expect(screen.getByTestId('print-sheet-head-2').querySelector('h1')?.textContent).toBe(message('nl', RETURN.titleId));
    await fireEvent.click(screen.getByTestId('print-paper-a5'));
    expect(sheet().classList.contains('paper-a5')).toBe(true);
  });

  it('opens in the counsellor’s language when the person’s is not known', async () => {
    await openCardPrint(null);
    expect(sheet().getAttribute('lang')).toBe('en');
  });

  it('is never offered in presentation-safe mode', async () => {
    await openCardPrint();
    presentation.set(true);
    await tick();
    expect(screen.queryByTestId('pathway-card-print')).toBeNull();
    expect(screen.queryByTestId('print-sheet')).toBeNull();
  });
});
