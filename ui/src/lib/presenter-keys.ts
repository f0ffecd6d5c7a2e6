// The presenter's keys in the counsellor window: PageDown / ArrowRight for the next slide,
// PageUp / ArrowLeft for the previous one, B (or .) for the black-out — never while typing.

export type PresenterKey = 'next' | 'previous' | 'blackout';

/** Whether `target` takes typed text (a field, a list, editable text): keys there are its own. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** What a key pressed asks of the presenter, or null when it is not one of its keys. */
export function presenterKey(event: KeyboardEvent): PresenterKey | null {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return null;
  if (event.key === 'PageDown' || event.key === 'ArrowRight') return 'next';
  if (event.key === 'PageUp' || event.key === 'ArrowLeft') return 'previous';
  if (event.key === 'b' || event.key === 'B' || event.key === '.') return 'blackout';
  return null;
}
