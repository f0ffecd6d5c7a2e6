import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyCatalogue, i18n } from '../src/i18n/i18n.svelte';
import { presentation } from '../src/lib/presentation.svelte';
import JournalView from '../src/screens/journal/JournalView.svelte';
import { argsOf, count, failure, PROFILE_A, renderApp, unlocked } from './backend';
import { clientsBackend } from './clients';
import { catalogue, message } from './fixtures';
import { ARABIC_WHY, journalBackend, journalHandlers, library } from './journal-fixtures';

describe('journal view', () => {
  beforeEach(() => {
    applyCatalogue(catalogue('en'));
  });

  it('draws the chart and one heat map per heat-map field, from the latest answer', async () => {
    const { calls } = journalBackend();
    render(JournalView, { props: { clientId: 1 } });
    const chart = await screen.findByTestId('journal-chart');
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(screen.queryByTestId('journal-empty')).toBeNull();
    const map = await screen.findByTestId('heatmap-basic-needs-by-pathway');
    expect(argsOf(calls, 'decision_journal')).toEqual([{ clientId: 1 }]);
    expect(count(calls, 'content_library')).toBe(1);
    // Only the exercise with a heat-map field is asked for its answers.
    expect(argsOf(calls, 'exercise_answers')).toEqual([{ clientId: 1, exercise: 'basic-needs' }]);
    // The newer session wins: its cells, not the older ones.
    const value = (row: string, column: string) =>
      map.querySelector(`[data-row="${row}"][data-column="${column}"] text`)?.textContent;
    expect(value('safety', 'today')).toBe('2');
    expect(value('safety', 'legalise')).toBe('9');
    expect(value('health', 'return')).toBe('10');
    expect(value('safety', 'return')).toBe('—');
    // Titled with the exercise and the question.
    const title = i18n.t('journal-heatmap-title', {
      exercise: i18n.t('ex-basic-needs-title'),
      question: i18n.t('ex-basic-needs-by-pathway'),
    });
    expect(map.querySelector('title')?.textContent).toBe(title);
    expect(screen.getByTestId('journal-view').querySelector('h5')?.textContent).toBe(title);
  });

  it('lists the words of why per session, as the person’s own text', async () => {
    journalBackend();
    render(JournalView, { props: { clientId: 1 } });
    const list = await screen.findByTestId('journal-why-list');
    const words = Array.from(list.querySelectorAll('bdi'));
    expect(words.map((w) => w.textContent)).toEqual(['My children are at school here', ARABIC_WHY, 'Mother is ill']);
    expect(words.every((w) => w.getAttribute('dir') === 'auto')).toBe(true);
    expect(list.querySelectorAll(':scope > ol > li')).toHaveLength(2);
  });

  it('hides the words of why when presenting, and keeps the charts', async () => {
    journalBackend();
    presentation.set(true);
    render(JournalView, { props: { clientId: 1 } });
    await screen.findByTestId('journal-chart');
    await screen.findByTestId('heatmap-basic-needs-by-pathway');
    expect(screen.queryByTestId('journal-why-list')).toBeNull();
    const shown = screen.getByTestId('journal-view').textContent ?? '';
    for (const words of ['My children are at school here', ARABIC_WHY, 'Mother is ill']) expect(shown).not.toContain(words);
  });

  it('never draws a heat map of the counsellor’s own sheet while presenting', async () => {
    const own = library();
    own.exercises = own.exercises.map((e) => (e.id === 'basic-needs' ? { ...e, visibility: 'counsellor_only' as const } : e));
    journalBackend({ content_library: () => own });
    render(JournalView, { props: { clientId: 1 } });
    await screen.findByTestId('heatmap-basic-needs-by-pathway');
    presentation.set(true);
    await waitFor(() => expect(screen.queryByTestId('heatmap-basic-needs-by-pathway')).toBeNull());
    expect(screen.getByTestId('journal-view').textContent).not.toContain(i18n.t('ex-basic-needs-by-pathway'));
    await screen.findByTestId('journal-chart');
    presentation.set(false);
    await screen.findByTestId('heatmap-basic-needs-by-pathway');
  });

  it('says so when nothing was placed yet', async () => {
    journalBackend({ decision_journal: () => [], exercise_answers: () => [] });
    render(JournalView, { props: { clientId: 1 } });
    expect((await screen.findByTestId('journal-empty')).textContent).toBe(message('en', 'journal-empty'));
    expect(screen.queryByTestId('journal-chart')).toBeNull();
    expect(screen.queryByTestId('heatmap-basic-needs-by-pathway')).toBeNull();
  });

  it('shows a translated error and still draws what could be loaded', async () => {
    journalBackend({ content_library: () => failure('error-locked') });
    render(JournalView, { props: { clientId: 1 } });
    await screen.findByTestId('journal-chart');
    expect((await screen.findByTestId('journal-view-error')).textContent).toBe(message('en', 'error-locked'));
  });
});

describe('the client overview', () => {
  async function overview(extra = {}) {
    const backend = clientsBackend(undefined, { ...journalHandlers(), ...extra });
    const calls = await renderApp(unlocked(PROFILE_A), 'client-list', backend.overrides);
    await fireEvent.click(await screen.findByTestId('client-row-1'));
    await screen.findByTestId('client-overview');
    return calls;
  }

  it('has a decision journal section with the chart', async () => {
    await overview();
    const section = screen.getByTestId('overview-journal');
    expect(section.querySelector('h4')?.textContent).toBe(message('en', 'journal-heading'));
    await screen.findByTestId('journal-chart');
    await screen.findByTestId('journal-why-list');
  });

  it('has the pathway cards, collapsed, loaded once when opened', async () => {
    const calls = await overview();
    const details = screen.getByTestId('overview-pathway-info') as HTMLDetailsElement;
    expect(details.tagName).toBe('DETAILS');
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe(message('en', 'pathcard-heading'));
    const before = count(calls, 'content_library');
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    await screen.findByTestId('pathway-cards');
    expect(count(calls, 'content_library')).toBe(before + 1);
    details.open = false;
    await fireEvent(details, new Event('toggle'));
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(count(calls, 'content_library')).toBe(before + 1));
    await fireEvent.click(screen.getByTestId('pathway-card-open-return'));
    expect(screen.getByTestId('pathway-card-view')).toBeTruthy();
  });

  it('keeps the journal, without the words of why, in presentation-safe mode', async () => {
    await overview();
    await screen.findByTestId('journal-why-list');
    await fireEvent.click(screen.getByTestId('presentation-toggle'));
    await screen.findByTestId('journal-chart');
    expect(screen.getByTestId('overview-pathway-info')).toBeTruthy();
    expect(screen.queryByTestId('journal-why-list')).toBeNull();
    document.body.classList.remove('presentation');
  });
});
