/**
 * Rules for function characters standing alone as a token, where one default
 * reading is often wrong. Each rule looks only at the text around
 * the character (a few characters each side), so it works for any tokens,
 * with or without part-of-speech tags. Returns undefined when no rule applies.
 *
 * Logic:
 * - 得 is the complement particle `de` before a degree word (跑得很快,
 *   好得多, 说得不对); the modal děi "must" after a pronoun or an adverb
 *   and before a verb (我得走了, 大家都得去, 还得等), unless what follows is
 *   what one obtains or an aspect (他得了第一, 也得过奖); otherwise undefined:
 *   its default dé.
 * - 还 is the verb huán "give back" before what is paid back (还钱, 还债,
 *   还清了); otherwise undefined: its default hái "still, also".
 * - 地 is the adverbial particle `de` between two Han characters with at
 *   least two before it (慢慢地走, 预见性地指出), unless a measure word or
 *   demonstrative comes right before it or a word of 地 "land" follows it
 *   (这块地很大, 在该地区): then, and after one character, it stays dì.
 * - 只 is the measure word zhī after a numeral or demonstrative (一只猫,
 *   这只狗), but zhǐ "only" before a verb-like word (这只是, 只想) and
 *   everywhere else.
 * - 为 is wèi "for, because of" after the start of a clause, a pronoun, a
 *   modal verb or a purpose adverb (为人民服务, 要为, 专门为); everywhere else
 *   it is the copula or complement wéi (改为, 被评为, 女性为63%), which is
 *   how written Chinese mostly uses it.
 * - 数 is the verb shǔ "count" when a verb's complement or aspect follows
 *   (数一数, 数不清, 数着, 数到); otherwise undefined: its default shù.
 * - 将 closing a clause after a word is the noun jiàng "general" (参将。):
 *   jiāng "will, take" always has a verb or an object after it.
 * - 钉 is the verb dìng after 被/把/将 or before where to, a result or an
 *   aspect (被钉在, 钉上, 钉死); otherwise undefined: the noun dīng.
 * - 量 after a word, closing the clause or before a predicate (已, 与, 较,
 *   增, 大 …), is the noun liàng "amount" (计算量已超出); otherwise undefined.
 */
export function readInContext(char: string, before: string, after: string): string | undefined {
  switch (char) {
    case '得':
      if (startsWithAny(after, DEGREE_WORDS)) return 'de';
      return endsWithAny(before, MUST_BEFORE) && isHanStart(after) && !OBTAIN_AFTER.test(after) ? 'děi' : undefined;
    case '还':
      return startsWithAny(after, PAID_BACK) ? 'huán' : undefined;
    case '地':
      if (!isHanWordBefore(before, 2) || !isHanStart(after)) return undefined;
      return LAND_BEFORE.test(before) || startsWithAny(after, LAND_AFTER) ? undefined : 'de';
    case '只':
      if (startsWithAny(after, ONLY_BEFORE)) return 'zhǐ';
      return NUMERAL_OR_DEMONSTRATIVE.test(before) ? 'zhī' : 'zhǐ';
    case '为':
      return before === '' || FOR_BEFORE.test(before) || endsWithAny(before, FOR_AFTER_WORDS) ? 'wèi' : 'wéi';
    case '数':
      return startsWithAny(after, COUNT_AFTER) || /数[一了]?$/u.test(before) ? 'shǔ' : undefined;
    case '将':
      // jiāng "will, take" always has a verb or object after it: closing a
      // clause after a word, 将 is the noun jiàng "general" (参将。).
      return isHanWordBefore(before, 1) && !isHanStart(after) ? 'jiàng' : undefined;
    case '钉':
      return endsWithAny(before, NAIL_BEFORE) || startsWithAny(after, NAIL_AFTER) ? 'dìng' : undefined;
    case '量':
      return isHanWordBefore(before, 1) && (!isHanStart(after) || startsWithAny(after, AMOUNT_AFTER)) ? 'liàng' : undefined;
    default:
      return undefined;
  }
}

const DEGREE_WORDS = [
  '很', '非常', '太', '更', '十分', '特别', '越', '好', '多', '不', '极', '最', '比较', '较',
  '相当', '有点', '有些', '挺', '真', '那么', '这么', '如此', '格外', '过于', '清楚', '一塌糊涂',
];
/**
 * Subjects and adverbs before the modal 得 děi "must" (我得走, 都得去, 还得等).
 * Not 就, 又, 才: written text uses them before 得 dé "obtain" (就得紫杉醇,
 * 又得铜剑一枚).
 */
const MUST_BEFORE = ['我', '你', '您', '他', '她', '它', '们', '咱', '大家', '自己', '谁', '这', '还', '也', '都', '总', '必'];
/**
 * After 得 dé "obtain": an aspect, a numeral or ordinal, or what is obtained
 * (得了第一, 得过奖, 得三分, 得知, 得以; but 得知道 is děi): not the modal děi.
 */
const OBTAIN_AFTER = /^(?:[了过着到第0-9０-９一二三四五六七八九十百千万两半奖分病罪出以益逞手意失胜救宠票名利悉体当力用法空闲其道势计志心天数之主]|知(?!道))/u;
/** What is paid back after the verb 还 huán (还钱, 还清了): never hái "still". */
const PAID_BACK = ['钱', '债', '款', '贷', '账', '清了', '清所', '清全', '清欠', '清债', '清贷'];
/**
 * Right before 地 "land, place" rather than the particle: a measure word,
 * demonstrative or numeral (这块地, 该地, 三地, 各地), 的 or 之 (之地), and 等,
 * 在, 多 where they are not the end of a word the particle follows (陕北等地,
 * 跪在地, 多地; but 平等地, 自在地, 更多地 are de).
 */
const LAND_BEFORE = /(?:[块片亩该此本各这那每其两一二三四五六七八九十数几诸的之]|(?<![平对均相同])等|(?<![自实存潜所])在|(?<![更很较越最过许])多)$/u;
/** What follows 地 "land" rather than the particle (地上, 地区, 地很大). */
const LAND_AFTER = [
  '上', '下', '里', '中', '面', '区', '方', '图', '球', '址', '带', '点', '位', '质', '震', '铁', '产',
  '形', '势', '主', '皮', '毯', '板', '道', '段', '名', '理', '域', '标', '层', '价', '税', '很', '是', '的',
];
/** Words after which 只 means "only". */
const ONLY_BEFORE = ['是', '有', '要', '能', '会', '在', '想', '见', '因', '剩', '限', '用', '需', '可', '好', '不', '得', '知', '管', '怕', '顾'];
const NUMERAL_OR_DEMONSTRATIVE = /[0-9０-９一二三四五六七八九十百千万两几每这那哪某数半多]$/u;
/** Clause start, pronouns, modal verbs and adverbs of purpose before 为 "for". */
const FOR_BEFORE = /(?:^|[\s，。！？；：、,.!?;:（(“‘「『《])$|[他她它我你咱]们?$|大家$|自己$|人们$/u;
const FOR_AFTER_WORDS = [
  '专门', '特地', '特意', '积极', '努力', '主动', '要', '将', '愿', '愿意', '能', '能够', '可以', '应',
  '应该', '该', '来', '去', '并', '而', '就', '正', '也', '都', '还', '不', '因', '甘愿', '全心全意', '只',
  // a clause-opening adverbial of time or place: 在节日里为…送去, 在此期间为…
  '里', '时', '期间', '之际',
];

/** What follows the verb 数 shǔ: reduplication, complements, aspect. */
const COUNT_AFTER = ['一数', '了数', '不清', '不过来', '不胜数', '得清', '得过来', '着', '过来', '一下', '一遍', '到', '出'];

/** Before the verb 钉 dìng "nail (something) to": a passive or object marker. */
const NAIL_BEFORE = ['被', '把', '将'];
/** After the verb 钉 dìng: where to, a result or aspect (钉在墙上, 钉上, 钉死, 钉了). */
const NAIL_AFTER = ['在', '上', '入', '进', '住', '死', '牢', '着', '了', '过', '到', '于'];
/** After the noun 量 liàng "amount" ending a noun phrase (计算量已…, 累积量与…). */
const AMOUNT_AFTER = ['已', '与', '和', '及', '是', '为', '较', '很', '增', '减', '达', '不', '大', '小', '多', '少', '也', '都', '则', '上升', '下降'];

function startsWithAny(text: string, words: readonly string[]): boolean {
  return words.some((word) => text.startsWith(word));
}

function endsWithAny(text: string, words: readonly string[]): boolean {
  return words.some((word) => text.endsWith(word));
}

/** Whether `before` ends with at least `count` Han characters. */
function isHanWordBefore(before: string, count: number): boolean {
  const tail = [...before.slice(-2 * count)].slice(-count);
  return tail.length === count && tail.every((char) => HAN.test(char));
}

function isHanStart(after: string): boolean {
  const first = after.codePointAt(0);
  return first !== undefined && HAN.test(String.fromCodePoint(first));
}

const HAN = /^\p{Script=Han}$/u;
