/** How many code units one `String.fromCharCode` call turns into a string (its arguments go on the stack). */
const CHUNK = 8192;

/**
 * Builds a long string from many short parts, as code units in a growing
 * buffer. Annotating appends two parts per word (the text up to it, its
 * gloss); with `+=`, every part and a rope node per append stay alive until
 * the text is done, and the collector copied them from one young space to
 * the other at each collection: about 15% of annotating with
 * `polyphones: 'rules'` (measured; docs/benchmarks.md, "Readings on text
 * that does not repeat"). Here the parts die young and cost nothing to keep.
 * Code units are copied as they are: lone surrogates survive.
 */
export class TextBuilder {
  private units: Uint16Array;
  private length = 0;

  constructor(capacity = 1024) {
    this.units = new Uint16Array(capacity);
  }

  /** Appends `text[from, to)`. */
  append(text: string, from = 0, to = text.length): void {
    const end = this.length + to - from;
    if (end > this.units.length) this.grow(end);
    const units = this.units;
    let at = this.length;
    for (let i = from; i < to; i++) units[at++] = text.charCodeAt(i);
    this.length = end;
  }

  /** The string built so far; the builder is then empty again. */
  take(): string {
    let text = '';
    for (let start = 0; start < this.length; start += CHUNK) {
      const chunk = this.units.subarray(start, Math.min(this.length, start + CHUNK));
      text += String.fromCharCode.apply(null, chunk as unknown as number[]);
    }
    this.length = 0;
    return text;
  }

  private grow(needed: number): void {
    const units = new Uint16Array(Math.max(needed, this.units.length * 2));
    units.set(this.units.subarray(0, this.length));
    this.units = units;
  }
}
