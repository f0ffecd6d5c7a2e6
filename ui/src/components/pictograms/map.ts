// The pictograms of the wall: one drawing (its shapes only) per value of the contract Pictogram
// type; Pictogram.svelte draws the shared 48×48 frame. DRAWINGS adds the easy-read pictograms of
// the exercises (lib/easy-read.ts): the basic needs and the stages of the grief curve.
import type { Component } from 'svelte';
import type { Pictogram } from '../../ipc/projector-types';
import type { EasyReadName } from '../../lib/easy-read';
import Break from './Break.svelte';
import Discussion from './Discussion.svelte';
import Exercise from './Exercise.svelte';
import Group from './Group.svelte';
import Information from './Information.svelte';
import Legalise from './Legalise.svelte';
import NeedHealth from './NeedHealth.svelte';
import NeedLiving from './NeedLiving.svelte';
import NeedPeople from './NeedPeople.svelte';
import NeedSafety from './NeedSafety.svelte';
import NeedSchool from './NeedSchool.svelte';
import NeedSelf from './NeedSelf.svelte';
import Onward from './Onward.svelte';
import Return from './Return.svelte';
import StageAcceptance from './StageAcceptance.svelte';
import StageAnger from './StageAnger.svelte';
import StageBargaining from './StageBargaining.svelte';
import StageDenial from './StageDenial.svelte';
import StageSadness from './StageSadness.svelte';
import StageShock from './StageShock.svelte';
import Undocumented from './Undocumented.svelte';

export const PICTOGRAMS: Record<Exclude<Pictogram, null>, Component> = {
  legalise: Legalise,
  onward: Onward,
  return: Return,
  undocumented: Undocumented,
  information: Information,
  exercise: Exercise,
  discussion: Discussion,
  break: Break,
  group: Group,
};

/** Every pictogram there is: the wall's and the exercises' easy-read ones. */
export type PictogramName = Exclude<Pictogram, null> | EasyReadName;

export const DRAWINGS: Record<PictogramName, Component> = {
  ...PICTOGRAMS,
  'need-safety': NeedSafety,
  'need-living': NeedLiving,
  'need-people': NeedPeople,
  'need-health': NeedHealth,
  'need-self': NeedSelf,
  'need-school': NeedSchool,
  'stage-shock': StageShock,
  'stage-denial': StageDenial,
  'stage-anger': StageAnger,
  'stage-bargaining': StageBargaining,
  'stage-sadness': StageSadness,
  'stage-acceptance': StageAcceptance,
};
