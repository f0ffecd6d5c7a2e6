// Presentation-safe mode is ambient state (src/lib/presentation.svelte.ts): the components that
// show a photo or a note read it themselves. Each is rendered here WITHOUT any flag among its
// props, so a component that ignored the ambient state would show the private thing and fail.
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import AlbumImage from '../src/components/AlbumImage.svelte';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import { createTranslator } from '../src/lib/content-language';
import { presentation } from '../src/lib/presentation.svelte';
import AlbumPage from '../src/screens/album/AlbumPage.svelte';
import BookletSheet from '../src/screens/album/BookletSheet.svelte';
import JournalView from '../src/screens/journal/JournalView.svelte';
import { photosById } from '../src/lib/album';
import { sampleAlbum } from './album-fixtures';
import { catalogue, message } from './fixtures';
import { ARABIC_WHY, journalBackend } from './journal-fixtures';
import { contentCatalogueOf } from './worksheets-fixtures';

beforeEach(() => {
  applyCatalogue(catalogue('en'));
});

describe('the presentation state', () => {
  it('is off by default; set turns it on and off; reset turns it off', () => {
    expect(presentation.on).toBe(false);
    presentation.set(true);
    expect(presentation.on).toBe(true);
    presentation.set(false);
    expect(presentation.on).toBe(false);
    presentation.set(true);
    presentation.reset();
    expect(presentation.on).toBe(false);
  });
});

describe('components read it themselves', () => {
  const PHOTO = { src: 'avenir-media://localhost/photo/1', width: 1600, height: 1200, alt: 'At the market', testid: 'photo' };

  it('an album photo, given no flag, is a placeholder while presenting, and follows the switch', () => {
    presentation.set(true);
    render(AlbumImage, { props: PHOTO });
    expect(document.querySelector('img')).toBeNull();
    const hidden = screen.getByTestId('photo-hidden');
    expect(hidden.textContent?.trim()).toBe(message('en', 'album-photo-hidden'));
    expect(hidden.getAttribute('aria-label')).toBe(message('en', 'album-photo-hidden'));
    expect(document.body.innerHTML).not.toContain('avenir-media:');

    presentation.set(false);
    flushSync();
    expect(screen.getByTestId('photo').getAttribute('src')).toBe(PHOTO.src);
    expect(screen.queryByTestId('photo-hidden')).toBeNull();

    presentation.set(true);
    flushSync();
    expect(document.querySelector('img')).toBeNull();
  });

  it('an album page, given no flag, hides its photos and its controls while presenting', () => {
    const album = sampleAlbum();
    presentation.set(true);
    render(AlbumPage, {
      props: {
        page: album.pages[0]!,
        index: 0,
        count: album.pages.length,
        photos: photosById(album),
        personLocale: null,
        busy: false,
        onedit: () => undefined,
        onmove: () => undefined,
        ondelete: () => undefined,
      },
    });
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(screen.getByTestId('album-thumb-1-hidden')).toBeTruthy();
    expect(screen.getByTestId('album-thumb-2-hidden')).toBeTruthy();
    expect(screen.queryByTestId('album-page-edit-7')).toBeNull();
    expect(screen.queryByTestId('album-page-delete-7')).toBeNull();
  });

  it('the booklet preview, given no flag, shows no photo while presenting', () => {
    const album = sampleAlbum();
    presentation.set(true);
    render(BookletSheet, {
      props: {
        choice: { title: 'My year', locale: 'en', paper: 'a4', pages: [7, 8], exercises: [] },
        album,
        exercises: [],
        answers: new Map(),
        content: createTranslator(contentCatalogueOf('en')),
      },
    });
    expect(screen.getByTestId('booklet-sheet-page-7')).toBeTruthy();
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(screen.getAllByRole('img', { name: message('en', 'album-photo-hidden') })).toHaveLength(3);
  });

  it('the decision journal, given no flag, hides the words of why while presenting', async () => {
    journalBackend();
    presentation.set(true);
    render(JournalView, { props: { clientId: 1 } });
    await screen.findByTestId('journal-chart');
    expect(screen.queryByTestId('journal-why-list')).toBeNull();
    const shown = screen.getByTestId('journal-view').textContent ?? '';
    for (const words of ['My children are at school here', ARABIC_WHY, 'Mother is ill']) expect(shown).not.toContain(words);

    presentation.set(false);
    flushSync();
    expect(screen.getByTestId('journal-why-list').textContent).toContain('Mother is ill');
  });
});
