// Avenir's generated passphrase, offered wherever a new one is chosen: asked from the back end and
// handed to the form; the first, automatic suggestion fills in only what is still empty.
import { generatePassphrase, toAvenirError, type AvenirError } from '../ipc';

export class PassphraseSuggestion {
  generating = $state(false);
  generated = $state(false);
  error = $state.raw<AvenirError | null>(null);

  /** Asks for a passphrase and gives it to `fill` — with `untouched`, only if it still holds then. */
  async suggest(fill: (passphrase: string) => void, untouched?: () => boolean): Promise<void> {
    if (this.generating) return;
    this.generating = true;
    this.error = null;
    try {
      const answer = await generatePassphrase();
      if (untouched && !untouched()) return;
      fill(answer.passphrase);
      this.generated = true;
    } catch (raw) {
      this.error = toAvenirError(raw);
    } finally {
      this.generating = false;
    }
  }
}
