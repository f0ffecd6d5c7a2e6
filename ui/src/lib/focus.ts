/** Svelte attachment: moves the keyboard focus to the element once it is shown. */
export function focusOnMount(element: HTMLElement): void {
  element.focus();
}

/** What a dialog's Tab key moves between. */
const DIALOG_CONTROLS = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled)';

/**
 * Keeps Tab and Shift+Tab inside `box` (a modal dialog): from its last control to its first and
 * back. Call it from the dialog's keydown handler; other keys are left alone.
 */
export function keepFocusIn(event: KeyboardEvent, box: HTMLElement | undefined): void {
  if (event.key !== 'Tab' || !box) return;
  const controls = Array.from(box.querySelectorAll<HTMLElement>(DIALOG_CONTROLS));
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
