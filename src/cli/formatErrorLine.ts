/** The one stderr line for a failure: `pinyin-gloss: …`. */
export function formatErrorLine(message: string): string {
  const oneLine = message.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ');
  return `pinyin-gloss: ${oneLine}\n`;
}
