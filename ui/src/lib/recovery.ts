// Recovery-key helpers: its groups, the groups asked back, and normalising what is typed.

/** The groups of a key such as `7K3M-Q9XA-…`. */
export function recoveryGroups(key: string): string[] {
  return key.split('-').filter((group) => group !== '');
}

/** Upper-case, without spaces or dashes: how a typed group or key is compared. */
export function compactRecovery(text: string): string {
  return text.replace(/[\s-]+/g, '').toUpperCase();
}

/** A typed recovery key in the form Avenir shows it: groups of 4 joined by '-'. */
export function canonicalRecoveryKey(text: string): string {
  const compact = compactRecovery(text);
  return (compact.match(/.{1,4}/g) ?? []).join('-');
}

export type RandomInt = (below: number) => number;

/** A uniformly random integer in [0, below), from the platform's secure generator. */
export const secureRandomInt: RandomInt = (below) => {
  const limit = Math.floor(0x1_0000_0000 / below) * below;
  const buffer = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buffer);
    const value = buffer[0] ?? 0;
    if (value < limit) return value % below;
  }
};

/** Two different 0-based group indices in increasing order, chosen at random. */
export function pickCheckIndices(groups: number, random: RandomInt = secureRandomInt): [number, number] {
  if (groups < 2) return [0, 0];
  const first = random(groups);
  const second = (first + 1 + random(groups - 1)) % groups;
  return first < second ? [first, second] : [second, first];
}

/** A recovery key as the creation screen shows it. */
export interface RecoveryView {
  groups: string[];
  /** The two 0-based group indices the user must type back. */
  check: [number, number];
  /** True when an earlier key was shown and thrown away (Back, then Next). */
  renewed: boolean;
}
