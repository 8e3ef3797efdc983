/**
 * `text` with each traditional character replaced by its simplified one
 * (`銀行行長` → `银行行长`), character for character, so that every UTF-16
 * offset still points at the same character. Returns `text` itself when it
 * holds none (the usual case: no new string).
 *
 * @param table code unit → simplified code unit, 0 for none
 */
export function toSimplified(text: string, table: Uint16Array): string {
  let out: string | undefined;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const simple = table[text.charCodeAt(i)]!;
    if (simple !== 0) {
      out = (out ?? '') + text.slice(copied, i) + String.fromCharCode(simple);
      copied = i + 1;
    }
  }
  return out === undefined ? text : out + text.slice(copied);
}
