import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyCatalogue, i18n } from '../src/i18n/i18n.svelte';
import PathwayCards from '../src/screens/journal/PathwayCards.svelte';
import PathwayCardView from '../src/screens/journal/PathwayCardView.svelte';
import { button, text } from './backend';
import { catalogue, message } from './fixtures';
import { card, cards } from './journal-fixtures';

/** A stand-in for the person's language: card texts get a mark, the rest is the app's English. */
const person = (id: string, args?: Record<string, string | number>) =>
  id.startsWith('card-') || id.startsWith('source-') ? `[${id}]` : i18n.t(id, args);

beforeEach(() => {
  applyCatalogue(catalogue('en'));
});

describe('a pathway card', () => {
  it('shows the overview first, then the details when asked', async () => {
    render(PathwayCardView, { props: { card: card('return', 30), t: person } });
    const view = screen.getByTestId('pathway-card-view');
    expect(view.querySelector('h5')?.textContent).toBe('[card-return-title]');
    expect(view.textContent).toContain('[card-return-summary]');
    const overview = button('pathway-card-track-overview');
    const details = button('pathway-card-track-details');
    expect(overview.textContent?.trim()).toBe(message('en', 'pathcard-track-overview'));
    expect(details.textContent?.trim()).toBe(message('en', 'pathcard-track-details'));
    expect(overview.getAttribute('aria-selected')).toBe('true');
    const sections = () =>
      Array.from(view.querySelectorAll('[role="tabpanel"] section'), (s) => [
        s.querySelector('h6')?.textContent,
        s.querySelector('p')?.textContent,
      ]);
    expect(sections()).toEqual([
      ['[card-section-what]', '[card-return-overview-what]'],
      ['[card-section-rights]', '[card-return-overview-rights]'],
      ['[card-section-advice]', '[card-return-overview-advice]'],
    ]);
    await fireEvent.click(details);
    expect(details.getAttribute('aria-selected')).toBe('true');
    expect(overview.getAttribute('aria-selected')).toBe('false');
    expect(sections()).toEqual([
      ['[card-section-support]', '[card-return-details-support]'],
      ['[card-section-conditions]', '[card-return-details-conditions]'],
      ['[card-section-advice]', '[card-return-details-advice]'],
    ]);
    // The arrow keys move between the tracks too.
    details.focus();
    await fireEvent.keyDown(details, { key: 'ArrowLeft' });
    expect(overview.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(overview);
  });

  it('always shows when the facts were checked, the sources and the advice to confirm', () => {
    render(PathwayCardView, { props: { card: card('legalise', 10, { checkedOn: '2025-06-30' }), t: person } });
    expect(text('pathway-card-checked')).toBe(message('en', 'pathcard-checked', { date: 'Jun 30, 2025' }));
    expect(screen.getByTestId('pathway-card-checked').querySelector('time')?.getAttribute('datetime')).toBe('2025-06-30');
    const sources = screen.getByTestId('pathway-card-sources');
    expect(Array.from(sources.querySelectorAll('li'), (li) => li.textContent)).toEqual([
      message('en', 'pathcard-source', { source: '[source-kuleuven-2016]', year: '2016' }),
    ]);
    expect(text('pathway-card-confirm')).toBe(message('en', 'pathcard-confirm'));
    expect(screen.queryByTestId('pathway-card-outdated')).toBeNull();
  });

  it('marks a card checked more than a year ago as possibly out of date', () => {
    const [returnCard] = cards();
    if (!returnCard) throw new Error('no card');
    render(PathwayCardView, { props: { card: returnCard, t: person } });
    const notice = screen.getByTestId('pathway-card-outdated');
    expect(notice.textContent).toContain(message('en', 'pathcard-outdated-label'));
    expect(notice.textContent).toContain(message('en', 'pathcard-outdated'));
    expect(text('pathway-card-checked')).toBe(message('en', 'pathcard-checked', { date: 'Mar 31, 2016' }));
    expect(screen.getByTestId('pathway-card-sources').querySelectorAll('li')).toHaveLength(2);
    expect(screen.getByTestId('pathway-card-sources').textContent).toContain('2015');
    expect(screen.getByTestId('pathway-card-sources').textContent).not.toContain('2,015');
  });

  it('formats the date in the language asked for', () => {
    render(PathwayCardView, { props: { card: card('onward', 20, { checkedOn: '2025-06-30' }), locale: 'fr' } });
    expect(text('pathway-card-checked')).toBe(message('en', 'pathcard-checked', { date: '30 juin 2025' }));
  });
});

describe('the list of pathway cards', () => {
  it('lists the four cards in their order and opens one, with the translator given', async () => {
    render(PathwayCards, { props: { cards: cards(), t: person } });
    const list = screen.getByTestId('pathway-cards');
    const openers = Array.from(list.querySelectorAll('[data-testid^="pathway-card-open-"]'));
    expect(openers.map((o) => o.getAttribute('data-testid'))).toEqual([
      'pathway-card-open-legalise',
      'pathway-card-open-onward',
      'pathway-card-open-return',
      'pathway-card-open-undocumented',
    ]);
    expect(openers[0]?.textContent).toContain('[card-legalise-title]');
    expect(openers[0]?.textContent).toContain('[card-legalise-summary]');
    expect(screen.queryByTestId('pathway-card-view')).toBeNull();
    await fireEvent.click(button('pathway-card-open-return'));
    expect(button('pathway-card-open-return').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('pathway-card-view').getAttribute('data-card')).toBe('return');
    expect(screen.getByTestId('pathway-card-outdated')).toBeTruthy();
    await fireEvent.click(button('pathway-card-open-onward'));
    expect(screen.getByTestId('pathway-card-view').getAttribute('data-card')).toBe('onward');
    expect(screen.queryByTestId('pathway-card-outdated')).toBeNull();
    await fireEvent.click(button('pathway-card-close'));
    expect(screen.queryByTestId('pathway-card-view')).toBeNull();
    expect(document.activeElement).toBe(button('pathway-card-open-onward'));
  });

  it('uses the app’s language by default', () => {
    render(PathwayCards, { props: { cards: [] } });
    expect(text('pathway-cards')).toBe(message('en', 'pathcard-none'));
  });
});
