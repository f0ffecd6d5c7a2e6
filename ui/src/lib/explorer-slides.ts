// The support explorer's general results on the wall, for a group: what exists on each pathway,
// the same way for each (a slide naming what exists, then one slide per line with its detail and
// its source). Never a client, a household, an amount, a fee or whether something applies to
// anyone: nothing here reads them. Pure: no Svelte, no DOM, no commands.
import type { Exploration } from '../ipc';
import type { Slide } from '../ipc/projector-types';
import type { Translate } from './content-language';
import { formatDate } from './dates';
import { CONFIRM_IDS, pathwayNameId } from './explorer';
import { line, make, paragraphs, PATHWAYS, type SequenceEntry, type WallLanguages } from './slides';

interface Built {
  slide: Slide;
  /** The message id of what the slide is about (for the group's answers). */
  questionId: string;
}

function build(exploration: Exploration, wall: WallLanguages): Built[] {
  const { period, lines } = exploration;
  const validFrom = (locale: string) => formatDate(period.validFrom, locale);
  const rules = (t: Translate, locale: string) => t('explore-wall-rules', { period: t(period.labelId), date: validFrom(locale) });
  const built: Built[] = [
    {
      questionId: 'explore-wall-title',
      slide: make('explorer-intro', 'title', 'information', wall, (t, locale) => ({
        title: t('explore-wall-title'),
        subtitle: t('explore-wall-intro'),
        lines: [...PATHWAYS.map((p) => line(t(`clients-pathway-${p}-about`), t(pathwayNameId(p)), p)), line(rules(t, locale))],
      })),
    },
  ];
  for (const pathway of PATHWAYS) {
    const own = lines.filter((l) => l.pathway === pathway);
    built.push({
      questionId: pathwayNameId(pathway),
      slide: make(`explorer-${pathway}`, 'title', pathway, wall, (t) => ({
        title: t(pathwayNameId(pathway)),
        subtitle: t('explore-wall-pathway'),
        lines: [...own.map((l) => line(t(l.titleId))), line(t(CONFIRM_IDS[pathway]))],
      })),
    });
    for (const l of own) {
      built.push({
        questionId: l.titleId,
        slide: make(`explorer-${pathway}-${l.id}`, 'card', pathway, wall, (t, locale) => ({
          title: t(l.titleId),
          subtitle: t(pathwayNameId(pathway)),
          lines: [
            ...paragraphs(t(l.detailId)).map((p) => line(p)),
            ...(l.bringId ? [line(t(l.bringId), t('explore-bring-heading'))] : []),
            ...(l.timeId ? [line(t(l.timeId), t('explore-time-heading'))] : []),
            line(t('explore-source', { source: t(l.sourceId), date: validFrom(locale) })),
          ],
        })),
      });
    }
  }
  return built;
}

/**
 * What exists on each pathway in the period of `exploration`: an opening slide (the four pathways
 * and the period of rules), then for each pathway in the usual order a slide listing what exists
 * and one slide per line. Whatever household the exploration was made for, nothing of it shows.
 */
export function explorerSlides(exploration: Exploration, wall: WallLanguages): Slide[] {
  return build(exploration, wall).map((b) => b.slide);
}

/** The same slides as a running order of their own (one block), for the presenter. */
export function explorerSequence(exploration: Exploration, wall: WallLanguages): SequenceEntry[] {
  return build(exploration, wall).map(({ slide, questionId }) => ({ slide, day: 0, block: 0, questionId }));
}
