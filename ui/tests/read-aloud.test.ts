// Read aloud: the button (its name, its pressed state, the second press that stops, the "no
// voice" message and the voice choice, the speech service that cannot be reached) and what it
// sends: the content text in the language it is shown in, never an answer or the group's answers.
import type { InvokeArgs } from '@tauri-apps/api/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ReadAloud from '../src/components/ReadAloud.svelte';
import { applyCatalogue, i18n } from '../src/i18n/i18n.svelte';
import type { Slide } from '../src/ipc/projector-types';
import type { Voice } from '../src/ipc/speech';
import { readAloud } from '../src/lib/read-aloud.svelte';
import { cardText, questionText, readableColumns, slideText, speechText } from '../src/lib/speech';
import SlideReadAloud from '../src/screens/courses/SlideReadAloud.svelte';
import PathwayCardView from '../src/screens/journal/PathwayCardView.svelte';
import { backend, button, type Call, type Handler } from './backend';
import { catalogue, message } from './fixtures';
import { card } from './journal-fixtures';
import { record, renderView } from './worksheets-fixtures';

const VOICES: Voice[] = [
  { id: 'avenir-en', name: 'English test voice', language: 'en' },
  { id: 'avenir-ru', name: 'Russian test voice', language: 'ru' },
];

interface Speech {
  /** What `speak` answers: nothing, or throws. */
  speak?: Handler;
  /** Whether the back end says it is still reading. */
  speaking?: () => boolean;
}

/** Read-aloud commands on top of `extra`; the calls are recorded. */
function speechHandlers(options: Speech = {}): Record<string, Handler> {
  return {
    speak: options.speak ?? (() => null),
    stop_speaking: () => null,
    speech_status: () => ({ speaking: options.speaking ? options.speaking() : true }),
    speech_voices: () => VOICES,
  };
}

const spoken = (calls: Call[]) =>
  calls.filter((c) => c.cmd === 'speak').map((c) => c.args as { text: string; locale: string; voice: string | null });
const count = (calls: Call[], cmd: string) => calls.filter((c) => c.cmd === cmd).length;

function noVoice(locale: string): never {
  throw { code: 'speech_no_voice', messageId: 'speech-no-voice', args: { language: locale } };
}

beforeEach(() => {
  applyCatalogue(catalogue('en'));
});

afterEach(() => {
  readAloud.reset();
});

describe('the read-aloud button', () => {
  function renderButton(options: Speech = {}, props: Partial<{ text: string; locale: string; label: string }> = {}) {
    const calls = backend(speechHandlers(options));
    render(ReadAloud, {
      props: { text: 'Quelle est votre histoire ?', locale: 'fr', label: message('en', 'speech-read-question'), ...props },
    });
    return calls;
  }

  it('is named after what it reads, shows “Read aloud”, and is not pressed', () => {
    renderButton();
    const read = screen.getByRole('button', { name: message('en', 'speech-read-question') });
    expect(read).toBe(button('read-aloud'));
    // The visible words are the start of its name (a voice command finds it by what it shows).
    expect(read.textContent?.trim()).toBe(message('en', 'speech-read-aloud'));
    expect(message('en', 'speech-read-question').startsWith(read.textContent?.trim() ?? '?')).toBe(true);
    expect(read.getAttribute('aria-pressed')).toBe('false');
    // Its own words in the counsellor's language, whatever language it reads.
    expect(read.closest('[lang]')?.getAttribute('lang')).toBe('en');
  });

  it('reads the text in its language, is pressed while reading, and a second press stops', async () => {
    const calls = renderButton();
    await fireEvent.click(button('read-aloud'));
    await waitFor(() => expect(button('read-aloud').getAttribute('aria-pressed')).toBe('true'));
    expect(spoken(calls)).toEqual([{ text: 'Quelle est votre histoire ?', locale: 'fr', voice: null }]);
    await fireEvent.click(button('read-aloud'));
    await waitFor(() => expect(button('read-aloud').getAttribute('aria-pressed')).toBe('false'));
    expect(count(calls, 'stop_speaking')).toBe(1);
    expect(spoken(calls)).toHaveLength(1);
  });

  it('is no longer pressed when the text has been read', async () => {
    let speaking = true;
    renderButton({ speaking: () => speaking });
    await fireEvent.click(button('read-aloud'));
    await waitFor(() => expect(button('read-aloud').getAttribute('aria-pressed')).toBe('true'));
    speaking = false;
    await waitFor(() => expect(button('read-aloud').getAttribute('aria-pressed')).toBe('false'), { timeout: 3000 });
  });

  it('pressing another button stops the first one', async () => {
    const calls = backend(speechHandlers());
    render(ReadAloud, { props: { text: 'Un', locale: 'fr', label: 'Read aloud: one', testid: 'one' } });
    render(ReadAloud, { props: { text: 'Twee', locale: 'nl', label: 'Read aloud: two', testid: 'two' } });
    await fireEvent.click(button('one'));
    await waitFor(() => expect(button('one').getAttribute('aria-pressed')).toBe('true'));
    await fireEvent.click(button('two'));
    await waitFor(() => expect(button('two').getAttribute('aria-pressed')).toBe('true'));
    expect(button('one').getAttribute('aria-pressed')).toBe('false');
    expect(spoken(calls).map((s) => [s.text, s.locale])).toEqual([
      ['Un', 'fr'],
      ['Twee', 'nl'],
    ]);
  });

  it('says so when the computer has no voice for the language, reads nothing, and offers the voices it has', async () => {
    const calls = renderButton({ speak: (_cmd, args) => (a(args).voice ? null : noVoice(a(args).locale as string)) }, { text: 'Բարեւ', locale: 'hy' });
    await fireEvent.click(button('read-aloud'));
    const why = await screen.findByTestId('read-aloud-no-voice');
    expect(why.textContent?.trim()).toBe(message('en', 'speech-no-voice', { language: message('hy', 'language-name') }));
    expect(why.getAttribute('role')).toBe('alert');
    expect(button('read-aloud').getAttribute('aria-pressed')).toBe('false');
    // The voices, to choose one: nothing is read with another voice until one is chosen.
    const select = (await screen.findByTestId('read-aloud-voice')) as HTMLSelectElement;
    expect(screen.getByRole('combobox', { name: message('en', 'speech-voice-label') })).toBe(select);
    expect(Array.from(select.options, (o) => o.textContent)).toEqual([
      message('en', 'speech-voice-option', { name: 'English test voice', language: 'en' }),
      message('en', 'speech-voice-option', { name: 'Russian test voice', language: 'ru' }),
    ]);
    expect(spoken(calls).every((s) => s.voice === null)).toBe(true);

    await fireEvent.change(select, { target: { value: 'avenir-ru' } });
    await fireEvent.click(button('read-aloud-use-voice'));
    await waitFor(() => expect(button('read-aloud').getAttribute('aria-pressed')).toBe('true'));
    expect(spoken(calls).at(-1)).toEqual({ text: 'Բարեւ', locale: 'hy', voice: 'avenir-ru' });
    expect(screen.queryByTestId('read-aloud-choice')).toBeNull();

    // The choice holds for that language (in memory): the next press uses it at once.
    await fireEvent.click(button('read-aloud'));
    await fireEvent.click(button('read-aloud'));
    await waitFor(() => expect(spoken(calls)).toHaveLength(3));
    expect(spoken(calls).at(-1)?.voice).toBe('avenir-ru');
  });

  it('cancelling the voice choice reads nothing and gives the focus back', async () => {
    const calls = renderButton({ speak: (_cmd, args) => noVoice(a(args).locale as string) }, { locale: 'hy' });
    await fireEvent.click(button('read-aloud'));
    await fireEvent.click(await screen.findByTestId('read-aloud-cancel'));
    expect(screen.queryByTestId('read-aloud-choice')).toBeNull();
    expect(document.activeElement).toBe(button('read-aloud'));
    expect(spoken(calls)).toHaveLength(1);
  });

  it('says when the computer has no voices at all', async () => {
    backend({ ...speechHandlers({ speak: (_cmd, args) => noVoice(a(args).locale as string) }), speech_voices: () => [] });
    render(ReadAloud, { props: { text: 'Բարեւ', locale: 'hy', label: 'Read aloud: x' } });
    await fireEvent.click(button('read-aloud'));
    expect((await screen.findByTestId('read-aloud-no-voices')).textContent).toBe(message('en', 'speech-no-voices'));
    expect(screen.queryByTestId('read-aloud-voice')).toBeNull();
  });

  it('says reading aloud is not available when the speech service cannot be reached, in the counsellor’s language', async () => {
    applyCatalogue(catalogue('fr'));
    renderButton({ speak: () => failureOf('speech_unavailable', 'speech-unavailable') }, { label: message('fr', 'speech-read-question') });
    await fireEvent.click(screen.getByRole('button', { name: message('fr', 'speech-read-question') }));
    const error = await screen.findByTestId('read-aloud-error');
    expect(error.textContent).toBe(message('fr', 'speech-unavailable'));
    expect(error.getAttribute('role')).toBe('alert');
    expect(button('read-aloud').getAttribute('aria-pressed')).toBe('false');
    expect(button('read-aloud').textContent?.trim()).toBe(message('fr', 'speech-read-aloud'));
  });

  it('a voice that has gone is forgotten and the choice offered again', async () => {
    let first = true;
    const calls = renderButton(
      {
        speak: (_cmd, args) => {
          if (!a(args).voice) return noVoice('hy');
          if (first) {
            first = false;
            return null;
          }
          return failureOf('speech_voice_gone', 'speech-voice-gone');
        },
      },
      { locale: 'hy' },
    );
    await fireEvent.click(button('read-aloud'));
    await fireEvent.click(await screen.findByTestId('read-aloud-use-voice'));
    await waitFor(() => expect(button('read-aloud').getAttribute('aria-pressed')).toBe('true'));
    await fireEvent.click(button('read-aloud'));
    await fireEvent.click(button('read-aloud'));
    expect((await screen.findByTestId('read-aloud-no-voice')).textContent?.trim()).toBe(message('en', 'speech-voice-gone'));
    expect(readAloud.voiceFor('hy')).toBeNull();
    expect(spoken(calls).at(-1)?.voice).toBe('avenir-en');
  });

  it('leaving the screen stops what it was reading', async () => {
    const calls = backend(speechHandlers());
    const view = render(ReadAloud, { props: { text: 'Un', locale: 'fr', label: 'Read aloud: one' } });
    await fireEvent.click(button('read-aloud'));
    await waitFor(() => expect(button('read-aloud').getAttribute('aria-pressed')).toBe('true'));
    view.unmount();
    await waitFor(() => expect(count(calls, 'stop_speaking')).toBe(1));
  });
});

describe('what an exercise reads', () => {
  const ANSWER = 'I left in 2015 ANSWER-MARKER';

  it('the title and introduction, and each question with its help, in the language shown — never an answer', async () => {
    const records = [record(29, '2025-05-01T10:00', 'story', { kind: 'text', value: ANSWER })];
    const { calls } = renderView({ personLocale: 'fr', records, extra: speechHandlers() });
    const story = await screen.findByTestId('field-story');
    // The answer is on screen…
    await waitFor(() => expect((within(story).getByRole('textbox') as HTMLTextAreaElement).value).toBe(ANSWER));

    const title = screen.getByRole('button', { name: message('en', 'speech-read-exercise') });
    expect(title).toBe(button('read-aloud-exercise'));
    await fireEvent.click(title);
    await waitFor(() => expect(spoken(calls)).toHaveLength(1));
    expect(spoken(calls)[0]).toEqual({
      text: 'Tout à la fois.\nVous pouvez répondre à chaque question, ou à aucune.',
      locale: 'fr',
      voice: null,
    });

    const question = within(story).getByRole('button', { name: message('en', 'speech-read-question') });
    await fireEvent.click(question);
    await waitFor(() => expect(spoken(calls)).toHaveLength(2));
    expect(spoken(calls)[1]).toEqual({ text: 'Quelle est votre histoire ?\nQuelques mots suffisent.', locale: 'fr', voice: null });
    // …and never read.
    expect(spoken(calls).some((s) => s.text.includes('ANSWER-MARKER'))).toBe(false);
    expect(question.getAttribute('aria-pressed')).toBe('true');
    expect(title.getAttribute('aria-pressed')).toBe('false');
  });

  it('every question has its button, in presentation-safe mode too', async () => {
    const { presentation } = await import('../src/lib/presentation.svelte');
    presentation.set(true);
    renderView({ personLocale: 'fr', extra: speechHandlers() });
    await screen.findByTestId('field-album');
    const sections = screen.getAllByTestId(/^field-[a-z]+$/);
    expect(sections.length).toBeGreaterThan(5);
    for (const section of sections) expect(within(section).getAllByTestId('read-aloud-question')).toHaveLength(1);
    expect(button('read-aloud-exercise').getAttribute('data-speech-locale')).toBe('fr');
  });
});

describe('what a pathway card reads', () => {
  const person = (id: string, args?: Record<string, string | number>) =>
    id.startsWith('card-') ? `[${id}]` : i18n.t(id, args);

  it('its title, summary and the track on screen, in the card’s language', async () => {
    const calls = backend(speechHandlers());
    render(PathwayCardView, { props: { card: card('return', 30), t: person, locale: 'ru' } });
    await fireEvent.click(screen.getByRole('button', { name: message('en', 'speech-read-card') }));
    await waitFor(() => expect(spoken(calls)).toHaveLength(1));
    const { text, locale } = spoken(calls)[0] ?? { text: '', locale: '' };
    expect(locale).toBe('ru');
    expect(text.split('\n')).toEqual([
      '[card-return-title].',
      '[card-return-summary].',
      '[card-section-what].',
      '[card-return-overview-what].',
      '[card-section-rights].',
      '[card-return-overview-rights].',
      '[card-section-advice].',
      '[card-return-overview-advice].',
    ]);
  });

  it('in the app’s language when shown in it', async () => {
    const calls = backend(speechHandlers());
    render(PathwayCardView, { props: { card: card('return', 30) } });
    await fireEvent.click(button('read-aloud-card'));
    await waitFor(() => expect(spoken(calls)).toHaveLength(1));
    expect(spoken(calls)[0]?.locale).toBe('en');
    expect(spoken(calls)[0]?.text.startsWith(message('en', 'card-return-title'))).toBe(true);
  });
});

describe('what a slide reads', () => {
  const slide = (kind: Slide['kind']): Slide => ({
    id: 's1',
    kind,
    pictogram: null,
    columns: [
      { locale: 'fr', dir: 'ltr', title: 'Vos questions', subtitle: null, lines: [{ text: 'Travailler', label: 'A', pictogram: null }] },
      { locale: 'ar', dir: 'rtl', title: 'أسئلتك', subtitle: 'سؤال', lines: [{ text: 'العمل', label: null, pictogram: null }] },
    ],
  });

  it('one button per language on the wall, each reading its own column', async () => {
    const calls = backend(speechHandlers());
    render(SlideReadAloud, { props: { slide: slide('topic') } });
    const fr = screen.getByRole('button', { name: message('en', 'speech-read-slide', { language: message('fr', 'language-name') }) });
    const ar = screen.getByRole('button', { name: message('en', 'speech-read-slide', { language: message('ar', 'language-name') }) });
    await fireEvent.click(fr);
    await fireEvent.click(ar);
    await waitFor(() => expect(spoken(calls)).toHaveLength(2));
    expect(spoken(calls).map((s) => [s.locale, s.text])).toEqual([
      ['fr', 'Vos questions.\nA.\nTravailler.'],
      ['ar', 'أسئلتك.\nسؤال.\nالعمل.'],
    ]);
  });

  it('never the group’s answers: of a group slide, only the question', () => {
    const group = slide('group');
    expect(slideText(group, group.columns[0]!)).toBe('Vos questions.');
    expect(slideText(group, group.columns[1]!)).toBe('أسئلتك.\nسؤال.');
  });

  it('nothing for a dark slide or no slide', () => {
    expect(readableColumns(slide('blank'))).toEqual([]);
    expect(readableColumns(null)).toEqual([]);
    render(SlideReadAloud, { props: { slide: null } });
    expect(screen.queryByTestId('presenter-read-aloud')).toBeNull();
  });
});

describe('the texts', () => {
  it('make each part a sentence, leave out empty parts, and keep final marks', () => {
    expect(speechText(['Title', null, '  ', 'Is it?', 'هل هذا صحيح؟', 'Այսօր որտե՞ղ եք։', 'Done.', undefined])).toBe(
      'Title.\nIs it?\nهل هذا صحيح؟\nԱյսօր որտե՞ղ եք։\nDone.',
    );
    expect(questionText('Where?', null)).toBe('Where?');
    expect(speechText([])).toBe('');
  });

  it('of a card come from its own texts only', () => {
    const c = card('return', 30);
    const ids: string[] = [];
    cardText(c, c.overview, (id) => {
      ids.push(id);
      return id;
    });
    expect(ids[0]).toBe(c.titleId);
    expect(ids[1]).toBe(c.summaryId);
    expect(ids.every((id) => id.startsWith('card-'))).toBe(true);
  });
});

function a(args: InvokeArgs | undefined): Record<string, unknown> {
  return (args ?? {}) as Record<string, unknown>;
}

function failureOf(code: string, messageId: string): never {
  throw { code, messageId, args: {} };
}
