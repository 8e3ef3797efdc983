/**
 * A table from two-unit words, keyed by their two UTF-16 units read in
 * place, to a small number (1…255; 0 is "absent"). The name step asks
 * about most tokens (two characters, the usual Chinese word): slicing each
 * into a fresh string and hashing it for a `Map` cost more than the rest of
 * the rule, while this reads two units and probes a typed array.
 *
 * Open addressing with linear probing, kept at most half full.
 */
export class CharPairTable {
  private keys: Uint32Array;
  private values: Uint8Array;
  private mask: number;
  /** How many pairs are stored. */
  size = 0;

  constructor(capacity = 1024) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Uint32Array(slots);
    this.values = new Uint8Array(slots);
    this.mask = slots - 1;
  }

  /** The value for the units `first`, `second`, or 0. */
  get(first: number, second: number): number {
    const key = ((first << 16) | second) >>> 0;
    for (let slot = slotOf(key, this.mask); ; slot = (slot + 1) & this.mask) {
      const value = this.values[slot]!;
      if (value === 0 || this.keys[slot] === key) return value;
    }
  }

  /** The value of the two-unit word at `at` in `text`. */
  getAt(text: string, at: number): number {
    return this.get(text.charCodeAt(at), text.charCodeAt(at + 1));
  }

  /** Stores `value` (1…255) for the units `first`, `second`. */
  set(first: number, second: number, value: number): void {
    if (value < 1 || value > 255) throw new RangeError(`CharPairTable value out of range: ${value}`);
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const key = ((first << 16) | second) >>> 0;
    let slot = slotOf(key, this.mask);
    while (this.values[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    if (this.values[slot] === 0) this.size++;
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Uint8Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    this.size = 0;
    for (let slot = 0; slot < keys.length; slot++) if (values[slot] !== 0) this.set(keys[slot]! >>> 16, keys[slot]! & 0xffff, values[slot]!);
  }
}

function slotOf(key: number, mask: number): number {
  const hash = Math.imul(key, 0x9e3779b1);
  return (hash ^ (hash >>> 16)) & mask;
}
