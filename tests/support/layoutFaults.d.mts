/** What `layoutFaults` finds on the page: see layoutFaults.mjs. */
export interface LayoutFaults {
  /** Horizontal overflow, px. */
  readonly overflow: number;
  /** Words whose pinyin is not above them. */
  readonly notAbove: string[];
  /** Pinyin that overlaps text. */
  readonly collisions: string[];
  /** The text before each closing mark that starts a line. */
  readonly badStarts: string[];
  /** Words that start a line although they fitted on the line before. */
  readonly early: string[];
}

/** Runs in the page (`page.evaluate(layoutFaults)`). */
export declare function layoutFaults(): LayoutFaults;
