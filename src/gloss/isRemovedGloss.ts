import type { GlossBody } from './readGlossBody.js';

/**
 * Whether strip() removes a gloss it has matched: the one rule every
 * stripping path follows (strings, streams, the CLI's corpus paths).
 *
 * Content farms write their glosses in lowercase (no capital letter in any of
 * 51 scraped farm pages); a reading with a capital letter (`汉语拼音(Hànyǔ
 * Pīnyīn)`, `汉字(Hànzì)`, `中国(Zhōngguó)`) is how encyclopedias and learner
 * material write content, so it stays unless `capitalized` is set (which
 * also reads back names that `annotate` writes capitalized).
 */
export function isRemovedGloss(glossBody: Pick<GlossBody, 'capitalized'>, options: { readonly capitalized: boolean }): boolean {
  return options.capitalized || !glossBody.capitalized;
}
