/**
 * A table by UTF-16 unit, 1 for the first unit of each of `chars` (BMP
 * characters): the name step reads one per token of every cut, and a typed
 * array read is cheaper than a Set lookup there.
 */
export function unitTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const char of chars) table[char.charCodeAt(0)] = 1;
  return table;
}
