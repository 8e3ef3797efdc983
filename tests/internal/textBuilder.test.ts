import { describe, expect, test } from 'vitest';
import { TextBuilder } from '../../src/internal/textBuilder.js';

describe('TextBuilder', () => {
  test('appends whole strings and spans, then gives the text and starts again', () => {
    const builder = new TextBuilder(4);
    builder.append('改造');
    builder.append('(gǎizào)');
    builder.append('老旧小区改造', 2, 4);
    expect(builder.take()).toBe('改造(gǎizào)小区');
    expect(builder.take()).toBe('');
    builder.append('再来');
    expect(builder.take()).toBe('再来');
  });

  test('keeps every code unit as it is: lone surrogates, astral characters, a chunk boundary inside a pair', () => {
    const builder = new TextBuilder(1);
    // 8191 units, then a surrogate pair across the 8192-unit chunk boundary.
    const long = `${'字'.repeat(8191)}𬘡\udc00喲\ud800`;
    builder.append(long);
    const text = builder.take();
    expect(text).toBe(long);
    expect(text.length).toBe(long.length);
  });

  test('grows past its first capacity many times over', () => {
    const builder = new TextBuilder(1);
    const parts: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const part = `${i}字(zì)`;
      parts.push(part);
      builder.append(part);
    }
    expect(builder.take()).toBe(parts.join(''));
  });
});
