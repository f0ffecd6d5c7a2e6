// Which window this page is. The back end opens the projector window at
// `index.html?view=projector`; every other page is the counsellor window.

/** Whether this page is the projector window on the wall. */
export function isProjectorWindow(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get('view') === 'projector';
}
