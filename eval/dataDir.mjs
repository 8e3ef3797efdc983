import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Evaluation data is never copied into the repository (its text was written
// elsewhere, and some of it may not be redistributed). It lives in one folder
// with a subfolder per data set: `npm run eval -- --data DIR`, or
// PINYIN_GLOSS_DATA=DIR; without either, a `shared/data` folder beside the
// repository's folder, where the maintainers' machines keep it.

/** Each data set: the files the eval scripts read, and where to get them. */
export const DATASETS = {
  cpp: {
    files: ['dev.sent', 'dev.lb'],
    source:
      'the dev split of CPP (Chinese Polyphones with Pinyin), dev.sent and dev.lb as published with g2pM ' +
      '(https://github.com/kakaobrain/g2pM, Apache-2.0; Park & Lee, Interspeech 2020). ' +
      'Tune on dev only: the test split judges the result.',
  },
  'ner-dev': {
    files: ['peoples-daily.dev.jsonl'],
    source:
      "the dev split of the People's Daily 1998 NER corpus, as collected in https://github.com/OYE93/Chinese-NLP-Corpus " +
      "(NER/People's Daily/example.dev: a character and its BIO tag a line), converted with " +
      '`node eval/bioToJsonl.mjs example.dev > peoples-daily.dev.jsonl`. Research data: measure with it, never ship it.',
  },
  seed: {
    files: ['article.glossed.txt', 'article.clean.txt', 'article.glosses.json'],
    source: 'the scraped news page this project started from, with its glosses listed; it is not distributed.',
  },
  hsk: {
    files: ['levels.tsv'],
    source:
      'the HSK word levels of https://github.com/drkameleon/complete-hsk-vocabulary (MIT), one word a line: ' +
      'word, traditional forms, HSK 3.0 level, HSK 2.0 level, pinyin, tab-separated.',
  },
  g2pm: {
    files: ['weights.json', 'weights.f32'],
    source: 'the published g2pM weights (https://github.com/kakaobrain/g2pM, Apache-2.0), converted from its pickles.',
  },
};

const DEFAULT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data');

/** The folder $PINYIN_GLOSS_DATA names, else the maintainers' default. */
function dataRoot() {
  return process.env.PINYIN_GLOSS_DATA ?? DEFAULT_DIR;
}

/** Whether every file of a data set is there. */
export function hasDataset(name) {
  return DATASETS[name].files.every((file) => existsSync(join(dataRoot(), name, file)));
}

/**
 * The evaluation data folder: $PINYIN_GLOSS_DATA, else the maintainers'
 * default. Checks that the named data sets (keys of DATASETS) are there; when
 * one is not, says where to get it and exits with status 2.
 */
export function dataDir(...datasets) {
  const dir = dataRoot();
  const missing = datasets.flatMap((name) =>
    DATASETS[name].files.filter((file) => !existsSync(join(dir, name, file))).map((file) => `${name}/${file}`),
  );
  if (!existsSync(dir) || missing.length > 0) {
    console.error(existsSync(dir) ? `evaluation data missing in ${dir}: ${missing.join(', ')}` : `evaluation data not found at ${dir}`);
    console.error('Give its folder with `npm run eval -- --data DIR` or PINYIN_GLOSS_DATA=DIR. It holds a subfolder per data set:');
    const wanted = datasets.length > 0 ? datasets : Object.keys(DATASETS);
    for (const name of wanted) {
      console.error(`- ${name}/ ${DATASETS[name].files.join(', ')}: ${DATASETS[name].source}`);
    }
    process.exit(2);
  }
  return dir;
}
