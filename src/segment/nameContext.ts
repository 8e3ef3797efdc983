/**
 * News context that announces or follows a person's name: a title or role
 * before it (记者, 县长, 总经理: a word of two or more characters ending in
 * one of TITLE_ENDINGS) and a verb of saying, a form of address or a list
 * mark after it (说, 先生, 、). The segmenter weighs it when joining a name
 * (recognizeNames); the reading engine trusts a surname reading more with it
 * (readNames).
 */
export const TITLE_ENDINGS: ReadonlySet<string> = new Set('长员记者理任席师授家官手工民人裁监帅督将援锋委事士友');
export const AFTER_NAME: ReadonlySet<string> = new Set(['说', '讲', '报道', '摄', '表示', '指出', '认为', '强调', '介绍', '告诉', '等', '先生', '女士', '同志', '教授', '老师', '、', '）', '）', ')']);

/** Forms of address and titles that follow a surname alone (单|先生, 曾|女士, 查|老师). */
export const ADDRESS_AFTER_SURNAME: ReadonlySet<string> = new Set([
  ...['先生', '女士', '小姐', '太太', '夫人', '老师', '同志', '教授', '师傅', '大夫', '院士', '博士', '主任', '书记', '经理', '老板'],
]);

/** Whether `before` (the word before a name) is a title or role. */
export function isTitleBefore(before: string): boolean {
  return before.length >= 2 && TITLE_ENDINGS.has(before[before.length - 1]!);
}
