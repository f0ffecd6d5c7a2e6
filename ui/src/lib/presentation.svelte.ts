// Presentation-safe mode (Svelte 5 runes), ambient like the i18n store: the counsellor's switch
// for when the screen may be seen by others (shared, projected). While it is on, only what is
// meant for the person is on screen: no album photo, no note, no client data. Every component
// that shows something private reads `presentation.on` itself, so none can show it by being
// left out of a chain of props. The vault home owns the switch (its button and F9) and turns it
// off when it goes (the lock); the body's `presentation` class is the CSS safety net (app.css).

class Presentation {
  #on = $state(false);

  /** Presentation-safe mode is on. Reading it in markup re-renders that markup when it changes. */
  get on(): boolean {
    return this.#on;
  }

  /** Turns presentation-safe mode on or off. */
  set = (on: boolean): void => {
    this.#on = on;
  };

  /** Off again: when the open vault goes, and between tests. */
  reset = (): void => {
    this.#on = false;
  };
}

export const presentation = new Presentation();
