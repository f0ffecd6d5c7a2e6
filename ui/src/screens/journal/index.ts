// The decision journal, its charts and the pathway information cards.
// JournalEditor goes into a session (props: sessionId, clientId); JournalView and PathwayCards
// are part of the client overview.
export { default as JournalEditor } from './JournalEditor.svelte';
export { default as JournalView } from './JournalView.svelte';
export { default as JournalChart } from './JournalChart.svelte';
export { default as HeatMap } from './HeatMap.svelte';
export { default as PathwayCards } from './PathwayCards.svelte';
export { default as PathwayCardView } from './PathwayCardView.svelte';
