// Easy-read: which options, rows and columns of an exercise get a pictogram, and which message
// names the concept it stands for (its text alternative). Pure, and built from the items alone,
// so an exercise definition needs no change: any item whose id is a pathway, any item labelled
// with the shared `need` prefix, and the stages of the grief curve (`where-i-stand`).
import type { Pathway } from '../ipc/types';
import { PATHWAY_IDS, PATHWAYS } from './client-labels';

/** The six basic needs (messages `need-<need>`, assets/content/README.md). */
export const NEEDS = ['safety', 'living', 'people', 'health', 'self', 'school'] as const;
export type Need = (typeof NEEDS)[number];

/** The stages of the grief curve, in the order of the `where-i-stand` exercise. */
export const STAGES = ['shock', 'denial', 'anger', 'bargaining', 'sadness', 'acceptance'] as const;
export type Stage = (typeof STAGES)[number];

/** Where the stages' names live: the options of the `where-i-stand` exercise's `stage` field. */
export const STAGE_PREFIX = 'ex-where-i-stand-stage';
const NEED_PREFIX = 'need';

/** The name of an easy-read pictogram (the pathways share the wall's drawings). */
export type EasyReadName = Pathway | `need-${Need}` | `stage-${Stage}`;

export interface EasyRead {
  name: EasyReadName;
  /** The message that names the concept: the pictogram's text alternative. */
  altId: string;
}

/** An option, row or column of an exercise field. */
export interface LabelledItem {
  id: string;
  labelId: string;
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** The pictogram of an option, row or column, or null when it has none. */
export function easyRead(item: LabelledItem): EasyRead | null {
  const { id, labelId } = item;
  if (isOneOf(PATHWAYS, id)) return { name: id, altId: PATHWAY_IDS[id] };
  if (isOneOf(NEEDS, id) && labelId === `${NEED_PREFIX}-${id}`) return { name: `need-${id}`, altId: labelId };
  if (isOneOf(STAGES, id) && labelId === `${STAGE_PREFIX}-${id}`) return { name: `stage-${id}`, altId: labelId };
  return null;
}

/** Every easy-read pictogram name (the drawings must cover them all). */
export const EASY_READ_NAMES: readonly EasyReadName[] = [
  ...PATHWAYS,
  ...NEEDS.map((need) => `need-${need}` as const),
  ...STAGES.map((stage) => `stage-${stage}` as const),
];

/** Whether any of `items` has a pictogram (a chart then keeps room for them). */
export function anyEasyRead(items: readonly LabelledItem[]): boolean {
  return items.some((item) => easyRead(item) !== null);
}
