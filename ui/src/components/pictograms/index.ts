// The pictograms: `Pictogram` draws one by name (decorative, or with a text alternative);
// PICTOGRAMS maps each of the wall's names to its drawing, DRAWINGS every name there is.
export { DRAWINGS, PICTOGRAMS, type PictogramName } from './map';
export { default as Pictogram } from './Pictogram.svelte';
