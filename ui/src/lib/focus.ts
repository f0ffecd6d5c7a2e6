/** Svelte attachment: moves the keyboard focus to the element once it is shown. */
export function focusOnMount(element: HTMLElement): void {
  element.focus();
}
