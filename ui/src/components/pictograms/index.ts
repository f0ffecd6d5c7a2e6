// The wall's pictograms: `Pictogram` draws one by name; PICTOGRAMS maps each name to its drawing.
export { PICTOGRAMS } from './map';
export { default as Pictogram } from './Pictogram.svelte';
