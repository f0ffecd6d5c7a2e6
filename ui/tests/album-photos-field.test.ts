// A photos field of an exercise picks photos from the client's album.
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../src/ipc/worksheet-types';
import { albumHandlers, albumModel, CLIENT } from './album-fixtures';
import { argsOf } from './backend';
import { message } from './fixtures';
import { ALL_KINDS, record, renderView, saves } from './worksheets-fixtures';

const fieldEl = () => screen.getByTestId('field-album');
const toggle = (photoId: number) => screen.getByTestId(`photos-album-${photoId}`) as HTMLButtonElement;
const pressed = () =>
  Array.from(fieldEl().querySelectorAll('button[aria-pressed="true"]'), (b) => b.getAttribute('data-testid'));

async function opened(options: Parameters<typeof renderView>[0] = {}) {
  const view = renderView({ ...options, extra: { ...albumHandlers(albumModel()), ...options.extra } });
  await screen.findByTestId('photos-album-1');
  return view;
}

describe('a photos field', () => {
  it('shows the album’s photos as toggle buttons, in the album’s order, through avenir-media: only', async () => {
    const { calls } = await opened();
    expect(argsOf(calls, 'album')).toEqual([{ clientId: CLIENT }]);
    // The field's own buttons (not the read-aloud button of its question).
    const buttons = Array.from(fieldEl().querySelectorAll<HTMLButtonElement>('button:not([data-testid^="read-aloud"])'));
    // Page by page (7: photos 1, 2; 8: photo 3), then the photo on no page.
    expect(buttons.map((b) => b.getAttribute('data-testid'))).toEqual(['photos-album-1', 'photos-album-2', 'photos-album-3', 'photos-album-4']);
    expect(buttons.every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
    const img = toggle(1).querySelector('img');
    expect(img?.getAttribute('src')).toBe('avenir-media://localhost/thumb/1');
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['360', '270']);
    // A number names each photo, with its page's caption when it has one.
    const named = message('en', 'worksheet-photos-photo-caption', { n: 2, caption: 'My friends from the Dutch class' });
    expect(within(fieldEl()).getByRole('button', { name: named, pressed: false })).toBe(toggle(2));
    expect(toggle(4).querySelector('img')?.getAttribute('alt')).toBe(message('en', 'worksheet-photos-photo', { n: 4 }));
    expect(fieldEl().textContent).toContain(message('en', 'worksheet-photos-choose', { max: 12 }));
    expect(fieldEl().innerHTML).not.toMatch(/data:|blob:/);
  });

  it('saves the chosen photo ids, in the album’s order', async () => {
    const { calls } = await opened();
    await fireEvent.click(toggle(3));
    await waitFor(() => expect(saves(calls).at(-1)).toEqual({ sessionId: 30, exercise: 'test-all', field: 'album', answer: { kind: 'photos', value: [3] } }));
    await fireEvent.click(toggle(1));
    await waitFor(() => expect(saves(calls).at(-1)?.answer).toEqual({ kind: 'photos', value: [1, 3] }));
    expect(pressed()).toEqual(['photos-album-1', 'photos-album-3']);
    expect(screen.getByTestId('photos-album-count').textContent).toBe(message('en', 'worksheet-photos-count', { count: 2 }));
    await fireEvent.click(toggle(3));
    await waitFor(() => expect(saves(calls).at(-1)?.answer).toEqual({ kind: 'photos', value: [1] }));
  });

  it('starts from the latest answer, and drops photos no longer in the album when it changes', async () => {
    const { calls } = await opened({ records: [record(12, '2025-03-03T10:00', 'album', { kind: 'photos', value: [2, 55] })] });
    expect(pressed()).toEqual(['photos-album-2']);
    await fireEvent.click(toggle(4));
    await waitFor(() => expect(saves(calls).at(-1)?.answer).toEqual({ kind: 'photos', value: [2, 4] }));
  });

  it('allows at most maxItems photos', async () => {
    const two: Exercise = {
      ...ALL_KINDS,
      fields: ALL_KINDS.fields.map((f) => (f.kind === 'photos' ? { ...f, maxItems: 2 } : f)),
    };
    const { calls } = await opened({ exercise: two });
    await fireEvent.click(toggle(1));
    await fireEvent.click(toggle(2));
    expect(toggle(3).disabled).toBe(true);
    expect(toggle(4).disabled).toBe(true);
    expect(toggle(1).disabled).toBe(false);
    await fireEvent.click(toggle(3));
    await waitFor(() => expect(saves(calls).at(-1)?.answer).toEqual({ kind: 'photos', value: [1, 2] }));
    await fireEvent.click(toggle(1));
    expect(toggle(3).disabled).toBe(false);
  });

  it('keeps the hint when the album has no photos', async () => {
    renderView({ extra: { ...albumHandlers(albumModel({ clientId: CLIENT, pages: [], photos: [] })) } });
    await screen.findByTestId('field-album');
    await waitFor(() => expect(fieldEl().textContent).toContain(message('en', 'worksheet-photos-empty')));
    expect(fieldEl().querySelector('button:not([data-testid^="read-aloud"])')).toBeNull();
  });
});
