import { InvalidArgumentError, Option, type Command } from 'commander';
import type { NeutralTone, Polyphones, ReadingOptions, StripOptions } from '../types.js';
import { readDictFile } from './readDictFile.js';

/**
 * Flag groups shared by several commands, one per library option group, so
 * each command file only lists which groups it takes. Commander camel-cases
 * the flags into the library's option names (--tone-sandhi → toneSandhi).
 */

/** --tone-sandhi, --neutral-tone, --polyphones, --dict FILE → ReadingOptions. */
export function addReadingOptions(command: Command): Command {
  return command
    .option('--tone-sandhi', 'apply the tone sandhi of 一 and 不 (yígè, búduì)')
    .addOption(
      new Option('--neutral-tone <where>', 'neutral tones wherever dictionaries write them (rènshi, default) or on particles only (rènshí)').choices([
        'dictionary',
        'particles',
      ]),
    )
    .addOption(
      new Option('--polyphones <who>', 'polyphones read by the context model (default) or by dictionaries and rules alone (faster)').choices([
        'model',
        'rules',
      ]),
    )
    .option('--dict <file>', 'JSON object of word → reading overrides, e.g. {"行长": "háng zhǎng"}');
}

export function readingOptionsFrom(flags: { toneSandhi?: boolean; neutralTone?: string; polyphones?: string; dict?: string }): ReadingOptions {
  return {
    ...(flags.toneSandhi ? { toneSandhi: true } : {}),
    ...(flags.neutralTone !== undefined ? { neutralTone: flags.neutralTone as NeutralTone } : {}),
    ...(flags.polyphones !== undefined ? { polyphones: flags.polyphones as Polyphones } : {}),
    ...(flags.dict !== undefined ? { dict: readDictFile(flags.dict) } : {}),
  };
}

/** --toneless, --spaced, --capitalized → which glosses are recognised (StripOptions). */
export function addGlossParseOptions(command: Command): Command {
  return command
    .option('--toneless', 'also treat glosses without tones as glosses: 小区(xiaoqu)')
    .option('--spaced', 'also take glosses separated from their word by spaces: 小区 (xiǎoqū)')
    .option('--capitalized', 'also remove readings written with a capital letter, kept by default as content: 汉字(Hànzì)');
}

export function glossParseOptionsFrom(flags: { toneless?: boolean; spaced?: boolean; capitalized?: boolean }): StripOptions {
  return {
    ...(flags.toneless ? { toneless: true } : {}),
    ...(flags.spaced ? { spaced: true } : {}),
    ...(flags.capitalized ? { capitalized: true } : {}),
  };
}

/** --tone, --separator, --brackets, --output: how a gloss is written. */
export function addRenderOptions(command: Command, outputs: readonly string[]): Command {
  return command
    .addOption(new Option('--system <system>', 'glosses in pinyin (default) or zhuyin: 中國(ㄓㄨㄥㄍㄨㄛˊ)').choices(['pinyin', 'zhuyin']))
    .addOption(new Option('--tone <style>', 'tone marks (gǎi), numbers (gai3) or none (gai)').choices(['mark', 'number', 'none']))
    .option('--separator <text>', "between the syllables of one gloss (default: none, 'gǎizào')")
    .option('--no-apostrophes', "no apostrophe before a, o, e inside a word (default: fāng'àn)")
    .addOption(new Option('--brackets <style>', 'ASCII (…) or full-width （…）').choices(['ascii', 'fullwidth']))
    .addOption(new Option('--output <mode>', 'inline glosses, <ruby> markup' + (outputs.includes('html') ? ', or a whole HTML page' : '')).choices(outputs));
}

export function renderOptionsFrom<T extends { tone?: string; separator?: string; brackets?: string; output?: string; apostrophes?: boolean; system?: string }>(flags: T) {
  const { tone, separator, brackets, output, apostrophes, system } = flags;
  return {
    ...(system !== undefined ? { system } : {}),
    ...(tone !== undefined ? { tone } : {}),
    ...(separator !== undefined ? { separator } : {}),
    // Commander sets `apostrophes: true` unless --no-apostrophes is given.
    ...(apostrophes === false ? { apostrophes } : {}),
    ...(brackets !== undefined ? { brackets } : {}),
    ...(output !== undefined ? { output } : {}),
  } as { system?: 'pinyin' | 'zhuyin'; tone?: 'mark' | 'number' | 'none'; separator?: string; apostrophes?: boolean; brackets?: 'ascii' | 'fullwidth'; output?: 'inline' | 'ruby' };
}

export function parseNumber(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new InvalidArgumentError('Not a number.');
  return number;
}
