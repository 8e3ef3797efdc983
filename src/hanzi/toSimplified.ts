/**
 * `text` with each traditional character replaced by its simplified one
 * (`銀行行長` → `银行行长`), character for character, so that every UTF-16
 * offset still points at the same character. Returns `text` itself when it
 * holds none (the usual case: no new string).
 *
 * @param table code unit → simplified code unit, 0 for none (`simplifiedTable()`)
 */
export function toSimplified(text: string, table: Uint16Array): string {
  let parts: string[] | undefined;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const simple = table[text.charCodeAt(i)]!;
    if (simple !== 0) {
      parts ??= [];
      parts.push(text.slice(copied, i), String.fromCharCode(simple));
      copied = i + 1;
    }
  }
  if (parts === undefined) return text;
  parts.push(text.slice(copied));
  // join() gives a flat string; repeated `+` would give a rope that every
  // later character access has to walk.
  return parts.join('');
}
