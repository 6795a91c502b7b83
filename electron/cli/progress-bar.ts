const WIDTH = 30;

/** Too few files to be worth a bar: it would flash and vanish. */
const SMALLEST_SHOWN = 50;

/**
 * A one-line progress bar redrawn in place on stderr, cleared when done. Drawn only on a terminal:
 * in a pipe or a CI log the repeated carriage returns would be noise.
 */
export function progressBar(
  write: (text: string) => void,
  firstLabel: string,
): { update(done: number, total: number, label?: string): void; finish(): void } {
  let drawn = false;
  let shownFilled = -1;
  let shownLabel = firstLabel;
  return {
    /** `label` names a new stage ("Storing" after "Reading"); the bar starts again from it. */
    update(done, total, label = shownLabel) {
      if (total < SMALLEST_SHOWN) return;
      const filled = Math.round((done / total) * WIDTH);
      if (filled === shownFilled && label === shownLabel && done !== total) return;
      shownFilled = filled;
      shownLabel = label;
      write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total}`);
      drawn = true;
    },
    finish() {
      if (drawn) write('\r\x1b[2K');
    },
  };
}
