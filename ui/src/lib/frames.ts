/** Resolves after `count` animation frames, i.e. once the page has painted. */
export function afterFrames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number): void => {
      if (left <= 0) {
        resolve();
        return;
      }
      requestAnimationFrame(() => step(left - 1));
    };
    step(count);
  });
}
