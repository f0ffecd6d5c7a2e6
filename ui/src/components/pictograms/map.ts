// The pictograms of the wall: one drawing (its shapes only) per value of the contract Pictogram
// type; Pictogram.svelte draws the shared 48×48 frame.
import type { Component } from 'svelte';
import type { Pictogram } from '../../ipc/projector-types';
import Break from './Break.svelte';
import Discussion from './Discussion.svelte';
import Exercise from './Exercise.svelte';
import Group from './Group.svelte';
import Information from './Information.svelte';
import Legalise from './Legalise.svelte';
import Onward from './Onward.svelte';
import Return from './Return.svelte';
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
