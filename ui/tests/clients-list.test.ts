import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { argsOf, button, count, input, PROFILE_A, renderApp, text, unlocked } from './backend';
import { clientsBackend } from './clients';
import { message } from './fixtures';

afterEach(() => {
  vi.useRealTimers();
});

async function list() {
  const backend = clientsBackend();
  const calls = await renderApp(unlocked(PROFILE_A), 'client-list', backend.overrides);
  await screen.findByTestId('client-row-1');
  return { calls, model: backend.model };
}

describe('client list', () => {
  it('shows each client by code, with the last session and the next follow-up', async () => {
    const { calls } = await list();
    expect(argsOf(calls, 'list_clients')).toEqual([{ filter: 'all', sort: 'code' }]);
    const row = screen.getByTestId('client-row-1');
    expect(row.querySelector('bdi')?.textContent).toBe('B3-SOL');
    expect(row.textContent).toContain(message('en', 'clients-row-last-session', { date: 'Mar 3, 2025' }));
    expect(row.textContent).toContain(message('en', 'clients-row-next-follow-up', { date: 'Mar 17, 2025' }));
    const other = screen.getByTestId('client-row-2');
    expect(other.querySelector('bdi')?.textContent).toBe('Z8-LUNE');
    expect(other.textContent).toContain(message('en', 'clients-row-no-session'));
    expect(other.textContent).toContain(message('en', 'clients-row-no-follow-up'));
  });

  it('asks the back end for the chosen filter, shown as pressed', async () => {
    const { calls } = await list();
    expect(button('client-filter-all').getAttribute('aria-pressed')).toBe('true');
    for (const filter of ['due_this_week', 'not_seen_3_months', 'due_for_review', 'all'] as const) {
      await fireEvent.click(button(`client-filter-${filter}`));
      await waitFor(() => expect(argsOf(calls, 'list_clients').at(-1)).toEqual({ filter, sort: 'code' }));
      expect(button(`client-filter-${filter}`).getAttribute('aria-pressed')).toBe('true');
    }
    expect(count(calls, 'list_clients')).toBe(5);
    expect(text('client-filter-due_this_week')).toBe(message('en', 'clients-filter-due-this-week'));
    const group = screen.getByRole('group', { name: message('en', 'clients-filter-label') });
    expect(group.contains(button('client-filter-all'))).toBe(true);
  });

  it('asks the back end for the chosen order, keeping the filter', async () => {
    const { calls } = await list();
    await fireEvent.click(button('client-filter-due_for_review'));
    const select = screen.getByTestId('client-sort') as HTMLSelectElement;
    expect(screen.getByLabelText(message('en', 'clients-sort-label'))).toBe(select);
    expect(Array.from(select.options, (o) => o.value)).toEqual(['code', 'next_follow_up', 'last_session']);
    await fireEvent.change(select, { target: { value: 'last_session' } });
    await waitFor(() =>
      expect(argsOf(calls, 'list_clients').at(-1)).toEqual({ filter: 'due_for_review', sort: 'last_session' }),
    );
    await fireEvent.change(select, { target: { value: 'next_follow_up' } });
    await waitFor(() =>
      expect(argsOf(calls, 'list_clients').at(-1)).toEqual({ filter: 'due_for_review', sort: 'next_follow_up' }),
    );
  });

  it('says so when no client matches a filter', async () => {
    const backend = clientsBackend(undefined, { list_clients: () => [] });
    await renderApp(unlocked(PROFILE_A), 'client-list', backend.overrides);
    expect((await screen.findByTestId('client-list-empty')).textContent?.trim()).toBe(message('en', 'clients-list-empty'));
    await fireEvent.click(button('client-filter-due_this_week'));
    await waitFor(() => expect(text('client-list-empty')).toBe(message('en', 'clients-list-empty-filter')));
  });

  it('opens a client from its row', async () => {
    const { calls } = await list();
    await fireEvent.click(button('client-row-1'));
    await screen.findByTestId('client-overview');
    expect(argsOf(calls, 'client_overview')).toEqual([{ id: 1 }]);
    expect(screen.queryByTestId('client-list')).toBeNull();
  });
});

describe('search', () => {
  it('searches ~150 ms after the last key, from two characters', async () => {
    const { calls } = await list();
    vi.useFakeTimers();
    const box = input('search-input');
    await fireEvent.input(box, { target: { value: 's' } });
    await vi.advanceTimersByTimeAsync(500);
    expect(count(calls, 'search')).toBe(0);
    await fireEvent.input(box, { target: { value: 'su' } });
    await vi.advanceTimersByTimeAsync(100);
    await fireEvent.input(box, { target: { value: 'sum' } });
    await vi.advanceTimersByTimeAsync(100);
    await fireEvent.input(box, { target: { value: 'summ' } });
    await vi.advanceTimersByTimeAsync(149);
    expect(count(calls, 'search')).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(argsOf(calls, 'search')).toEqual([{ query: 'summ' }]);
    await fireEvent.input(box, { target: { value: ' s ' } });
    await vi.advanceTimersByTimeAsync(500);
    expect(count(calls, 'search')).toBe(1);
    expect(screen.queryByTestId('search-results')).toBeNull();
  });

  it('shows each hit with the code and the snippet; a hit opens that client', async () => {
    const { calls } = await list();
    await fireEvent.input(input('search-input'), { target: { value: 'summary' } });
    const results = await screen.findByTestId('search-results');
    const hits = results.querySelectorAll('[data-testid^="search-hit-"]');
    expect(hits).toHaveLength(2);
    const first = screen.getByTestId('search-hit-0');
    expect(first.querySelector('bdi.code')?.textContent).toBe('B3-SOL');
    expect(first.querySelector('bdi.snippet')?.textContent).toBe('Older summary');
    expect(first.textContent).toContain(message('en', 'clients-search-field-summary'));
    expect(screen.getByTestId('search-hit-1').querySelector('bdi.snippet')?.textContent).toBe('Newest summary');
    await fireEvent.click(first);
    await screen.findByTestId('client-overview');
    expect(argsOf(calls, 'client_overview')).toEqual([{ id: 1 }]);
    expect(text('overview-code')).toBe('B3-SOL');
  });
});
