import { Option, type Command } from 'commander';
import type { AnnotateOptions, AnnotatedToken, HskVersion, Select } from '../../types.js';
import { addIoOptions, type IoOptions } from '../ioOptions.js';
import { addReadingOptions, addRenderOptions, parseNumber, readingOptionsFrom, renderOptionsFrom } from '../optionGroups.js';
import { readWordList } from '../readWordList.js';
import { addCorpusOptions, createCorpusRun, type CorpusFlags } from '../corpusOptions.js';
import { runTextCommand, type SessionFactory } from '../runTextCommand.js';
import { UsageError } from '../UsageError.js';
import { chooseSegmenter } from '../chooseSegmenter.js';

interface AnnotateFlags extends IoOptions, CorpusFlags {
  select?: 'all' | 'polyphonic' | 'rare';
  words?: string;
  rate?: number;
  seed?: string;
  hsk?: number;
  hskVersion?: string;
  once?: boolean;
  tone?: string;
  separator?: string;
  apostrophes?: boolean;
  system?: string;
  brackets?: string;
  output?: string;
  toneSandhi?: boolean;
  neutralTone?: string;
  polyphones?: string;
  dict?: string;
  userWords?: string;
  segmenter?: string;
  title?: string;
  json?: boolean;
  level?: number;
  toneColors?: boolean;
  hidePinyin?: boolean;
  properNouns?: string;
}

const EXAMPLES = `
Examples:
  $ echo 老旧小区改造 | pinyin-gloss annotate
  $ pinyin-gloss annotate --select polyphonic --once article.txt -o glossed.txt
  $ pinyin-gloss annotate --rate 0.1 --seed 7 article.txt        # sparse, like content farms
  $ pinyin-gloss annotate --hsk 4 article.txt                   # what a learner at HSK 4 has not met
  $ pinyin-gloss annotate --words hsk6.txt --tone number --brackets fullwidth article.txt
  $ pinyin-gloss annotate --output html article.txt > article.html   # not with --in-place (refused)
  $ pinyin-gloss annotate --output html --hsk 4 --system zhuyin --hide-pinyin 文章.txt > 文章.html
  $ pinyin-gloss annotate --proper-nouns capitalize article.txt     # 郭少华(Guō Shàohuá)
  $ pinyin-gloss annotate --json article.txt     # {"text":"行长","start":0,"end":2,"pinyin":["háng","zhǎng"],"glossed":true}

A word that already carries a gloss keeps it: annotating twice changes nothing.`;

export function addAnnotateCommand(program: Command): Command {
  const command = program
    .command('annotate')
    .description('insert pinyin glosses after words: 老旧小区改造 → 老旧(lǎojiù)小区(xiǎoqū)改造(gǎizào)')
    .argument('[files...]', 'input files (default: stdin)')
    .addOption(new Option('--select <which>', 'which words to gloss').choices(['all', 'polyphonic', 'rare']))
    .option('--words <file>', 'gloss only the words listed in FILE, one a line')
    .option('--rate <r>', 'gloss a reproducible sample: this share (0–1) of the words', parseNumber)
    .option('--seed <s>', 'seed of the --rate sample (default 0)')
    .option('--hsk <level>', 'gloss the words a learner at this HSK level (0–7) has not met', parseNumber)
    .addOption(new Option('--hsk-version <version>', "HSK syllabus of --hsk and of the page's levels (default 3.0)").choices(['3.0', '2.0']))
    .option('--once', 'gloss only the first occurrence of each word');
  addRenderOptions(command, ['inline', 'ruby', 'html']);
  addReadingOptions(command);
  command
    .option('--user-words <file>', 'extra words for the segmenter (names, terms), one a line')
    .addOption(
      new Option('--segmenter <which>', 'nodejieba (native), wasm (jieba-wasm), or auto: nodejieba when it loads, else wasm (env PINYIN_GLOSS_SEGMENTER)').choices([
        'auto',
        'nodejieba',
        'wasm',
      ]),
    )
    .option('--title <text>', 'title of the --output html page (default: its first line)')
    .option('--level <n>', '--output html: mark the words above this HSK level when the page opens (default: --hsk)', parseNumber)
    .option('--no-tone-colors', '--output html: open the page without tone colours')
    .option('--hide-pinyin', '--output html: open the page with the pinyin hidden')
    .addOption(
      new Option('--proper-nouns <style>', "names as the pinyin standard writes them (郭少华(Guō Shàohuá), capitalize) or lowercase like other words (default)").choices([
        'lowercase',
        'capitalize',
      ]),
    )
    .option('--json', 'write the tokens as JSON Lines, one a line (annotateTokens): text, start, end, pinyin, glossed');
  addIoOptions(command, { inPlace: true });
  addCorpusOptions(command);
  return command.addHelpText('after', EXAMPLES).action(async (files: string[], flags: AnnotateFlags) => {
    const { output, ...render } = renderOptionsFrom(flags);
    if (flags.output === 'html' && flags.brackets !== undefined) throw new UsageError('--brackets does not apply to --output html');
    const options: AnnotateOptions = {
      ...render,
      ...readingOptionsFrom(flags),
      ...selectFrom(flags),
      ...(flags.hskVersion !== undefined ? { hskVersion: flags.hskVersion as HskVersion } : {}),
      ...(flags.once ? { once: true } : {}),
      ...(flags.properNouns !== undefined ? { properNouns: flags.properNouns as AnnotateOptions['properNouns'] } : {}),
      ...(flags.userWords !== undefined ? { words: readWordList('--user-words', flags.userWords) } : {}),
      segmenter: chooseSegmenter(flags.segmenter),
    };
    const html = (flags.output as string | undefined) === 'html';
    if (flags.json && (flags.output !== undefined || flags.inPlace)) {
      throw new UsageError(`--json cannot be used with ${flags.inPlace ? '--in-place' : '--output'}: it writes tokens, not text`);
    }
    if (html && flags.inPlace) {
      throw new UsageError('--in-place cannot be used with --output html: it would replace the text with a page (write the page with -o FILE.html)');
    }
    const whole = html ? '--output html' : flags.json ? '--json' : undefined;
    const corpus = createCorpusRun(flags, 'annotate', output !== undefined && !html ? { ...options, output } : options, whole ? { wholeText: whole } : {});
    await runTextCommand(files, flags, async (): Promise<SessionFactory> => {
      if ((flags.output as string | undefined) === 'html') {
        // A whole page: it is built from all of the input at once.
        const { annotateHtml } = await import('../../html/index.js');
        const { brackets: _brackets, ...htmlOptions } = options;
        const pageOptions = {
          ...htmlOptions,
          ...(flags.title !== undefined ? { title: flags.title } : {}),
          ...(flags.level !== undefined ? { level: flags.level } : {}),
          ...(flags.toneColors === false ? { toneColors: false } : {}),
          ...(flags.hidePinyin ? { showPinyin: false } : {}),
        };
        annotateHtml('', pageOptions); // bad options fail before any output
        return () => {
          // All of the input, then one page: an empty input gives annotateHtml(''), a whole page.
          let text = '';
          return {
            push: (chunk: string) => ((text += chunk), ''),
            flush: () => annotateHtml(text, pageOptions),
          };
        };
      }
      for (const [flag, given] of [['--title', flags.title !== undefined], ['--level', flags.level !== undefined], ['--no-tone-colors', flags.toneColors === false], ['--hide-pinyin', flags.hidePinyin === true]] as const) {
        if (given) throw new UsageError(`${flag} needs --output html`);
      }
      if (flags.json) {
        const { createTokenSession } = await import('../../annotate/createTokenSession.js');
        createTokenSession(options); // bad options fail before any output
        return () => {
          const session = createTokenSession(options);
          return { push: (text) => toJsonLines(session.push(text)), flush: () => toJsonLines(session.flush()) };
        };
      }
      const { createAnnotateSession } = await import('../../annotate/index.js');
      const withOutput: AnnotateOptions = output !== undefined ? { ...options, output } : options;
      createAnnotateSession(withOutput);
      return corpus?.session ?? (() => createAnnotateSession(withOutput));
    });
    corpus?.finish();
  });
}

function selectFrom(flags: AnnotateFlags): { select?: Select } {
  const chosen = [flags.select && '--select', flags.words && '--words', flags.rate !== undefined && '--rate', flags.hsk !== undefined && '--hsk'].filter(Boolean);
  if (chosen.length > 1) throw new UsageError(`${chosen.join(' and ')} cannot be used together: choose one`);
  if (flags.seed !== undefined && flags.rate === undefined) throw new UsageError('--seed needs --rate');
  if (flags.select !== undefined) return { select: flags.select };
  if (flags.words !== undefined) return { select: readWordList('--words', flags.words) };
  if (flags.hsk !== undefined) return { select: { hsk: flags.hsk } };
  if (flags.rate !== undefined) {
    const seed = flags.seed === undefined ? undefined : /^-?\d+$/.test(flags.seed) ? Number(flags.seed) : flags.seed;
    return { select: seed === undefined ? { rate: flags.rate } : { rate: flags.rate, seed } };
  }
  return {};
}

function toJsonLines(tokens: readonly AnnotatedToken[]): string {
  let out = '';
  for (const token of tokens) out += `${JSON.stringify(token)}\n`;
  return out;
}
