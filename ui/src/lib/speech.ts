// Read aloud, the pure parts: WHICH text a read-aloud button reads. Only content, in the
// language it is shown in — an exercise's title and introduction, a question and its help, a
// pathway card's texts, a slide's column — and never an answer, a note or the group's answers on
// a slide: nothing here takes any of them as input. No Svelte, no DOM, no commands.
import type { CardSection, PathwayCard } from '../ipc/worksheet-types';
import type { Slide, SlideColumn } from '../ipc/projector-types';
import type { Translate } from './content-language';

/** Marks after which a speech engine pauses: Latin, Arabic, Armenian and CJK sentence ends. */
const PAUSE = /[.!?…:;؟։。！？»”")]$/u;

/**
 * One text from its parts, each made a sentence of its own (so a title is not run into the
 * text after it): empty parts are left out, a part without a final mark gets a full stop.
 */
export function speechText(parts: readonly (string | null | undefined)[]): string {
  return parts
    .map((part) => (part ?? '').trim())
    .filter((part) => part !== '')
    .map((part) => (PAUSE.test(part) ? part : `${part}.`))
    .join('\n');
}

/** An exercise's title and introduction. */
export function exerciseText(title: string, intro: string): string {
  return speechText([title, intro]);
}

/** A question and its help, if it has one. */
export function questionText(label: string, help: string | null): string {
  return speechText([label, help]);
}

/** A pathway card as shown: its title, its summary, then the sections of the track on screen. */
export function cardText(card: PathwayCard, sections: readonly CardSection[], t: Translate): string {
  return speechText([t(card.titleId), t(card.summaryId), ...sections.flatMap((s) => [t(s.headingId), t(s.bodyId)])]);
}

/**
 * One column (language) of a slide. The group's answers are never read: of a group slide,
 * only its title (the question) and subtitle.
 */
export function slideText(slide: Slide, column: SlideColumn): string {
  const lines = slide.kind === 'group' ? [] : column.lines.flatMap((line) => [line.label, line.text]);
  return speechText([column.title, column.subtitle, ...lines]);
}

/** The columns of a slide that have something to read, with their language. */
export function readableColumns(slide: Slide | null): SlideColumn[] {
  if (!slide || slide.kind === 'blank') return [];
  return slide.columns.filter((column) => slideText(slide, column) !== '');
}

/** A language's own name from the app's list, else its tag. */
export function languageName(locale: string, available: readonly { locale: string; name: string }[]): string {
  return available.find((info) => info.locale === locale)?.name ?? locale;
}

/** Error codes of the `speak` command that the read-aloud button answers in its own way. */
export const NO_VOICE = 'speech_no_voice';
export const VOICE_GONE = 'speech_voice_gone';
