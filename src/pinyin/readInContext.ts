/**
 * Rules for function characters standing alone as a token, where one default
 * reading is often wrong. Each rule looks only at the text around
 * the character (a few characters each side), so it works for any tokens,
 * with or without part-of-speech tags. Returns undefined when no rule applies.
 *
 * Logic:
 * - 得 is the complement particle `de` before a degree word (跑得很快,
 *   好得多, 说得不对) or after a common one-syllable verb or adjective
 *   (跑得满头大汗, 吓得发抖, 累得不想动); the modal děi "must" after a
 *   pronoun or an adverb and before a verb (我得走了, 大家都得去, 还得等),
 *   unless what follows is what one obtains or an aspect (他得了第一,
 *   也得过奖); otherwise undefined: its default dé.
 * - 还 is the verb huán "give back" before what is paid back (还钱, 还债,
 *   还了钱, 还清了, 还书); otherwise undefined: its default hái "still, also".
 * - 着 is zháo in 着急 split by its object (你着什么急, 着啥急); otherwise
 *   undefined.
 * - 长 after a pronoun and before an aspect, a complement or a numeral is
 *   the verb zhǎng "grow" (他长了一岁, 它长着, 我长高了); otherwise undefined.
 * - 倒 is dào "pour" and 盛 chéng "ladle" before a vessel or a liquid or
 *   food (倒了一杯水, 倒茶, 盛了一碗饭); otherwise undefined: dǎo "fall", shèng.
 * - 种 is the verb zhòng "plant" before an aspect or what is planted (种了,
 *   种的花, 种树, 种庄稼) unless a numeral or demonstrative comes before it
 *   (三种了, 该种的); otherwise undefined: the measure word zhǒng.
 * - 地 is the adverbial particle `de` between two Han characters with at
 *   least two before it (慢慢地走, 预见性地指出), unless a measure word or
 *   demonstrative comes right before it or a word of 地 "land" follows it
 *   (这块地很大, 在该地区): then, and after one character, it stays dì.
 * - 只 is the measure word zhī after a numeral or demonstrative (一只猫,
 *   这只狗), but zhǐ "only" before a verb-like word (这只是, 只想) and
 *   everywhere else.
 * - 为 is wéi in 为人 "one's conduct" (他为人很和气); wèi "for" when its
 *   clause goes on, after a noun, with a verb done for someone (社区为居民提供
 *   便利, 学校为学生创造条件); otherwise it is
 *   wèi "for, because of" after the start of a clause, a pronoun, a
 *   modal verb or a purpose adverb (为人民服务, 要为, 专门为); everywhere else
 *   it is the copula or complement wéi (改为, 被评为, 男生为52%), which is
 *   how written Chinese mostly uses it.
 * - 数 is the verb shǔ "count" when a verb's complement or aspect follows
 *   (数一数, 数不清, 数着, 数到); otherwise undefined: its default shù.
 * - 将 closing a clause after a word is the noun jiàng "general" (参将。):
 *   jiāng "will, take" always has a verb or an object after it.
 * - 钉 is the verb dìng after 被/把/将 or before where to, a result or an
 *   aspect (被钉在, 钉上, 钉死); otherwise undefined: the noun dīng.
 * - 量 after a word, closing the clause or before a predicate (已, 与, 较,
 *   增, 大 …), is the noun liàng "amount" (计算量已超出); otherwise undefined.
 * - 角 alone after a word is jiǎo "corner", the corner set aside for an
 *   activity (矛盾调解角, 读书角, 英语角): jué "role" comes in words (角色,
 *   主角, 角逐); otherwise undefined.
 */
export function readInContext(char: string, before: string, after: string): string | undefined {
  return CHARACTER_RULES.get(char)?.(before, after);
}

type CharacterRule = (before: string, after: string) => string | undefined;

const CHARACTER_RULES: ReadonlyMap<string, CharacterRule> = new Map<string, CharacterRule>([
  ['得', (before, after) => {
    // A subject or adverb first: 你得多吃 is děi, though 多 is a degree word (好得多).
    if (endsWithAny(before, MUST_BEFORE) && isHanStart(after) && !OBTAIN_AFTER.test(after)) return 'děi';
    return startsWithAny(after, DEGREE_WORDS) || (isHanStart(after) && COMPLEMENT_VERBS.test(before)) ? 'de' : undefined;
  }],
  ['还', (_before, after) => (PAID_BACK.test(after) ? 'huán' : undefined)],
  // 着急 split by what is worried about: 你着什么急 zháo.
  ['着', (_before, after) => (/^(?:什么|啥|哪门子)急/u.test(after) ? 'zháo' : undefined)],
  ['长', (before, after) => (PRONOUN_BEFORE.test(before) && startsWithAny(after, GROWN_AFTER) ? 'zhǎng' : undefined)],
  ['倒', (_before, after) => (POURED.test(after) ? 'dào' : undefined)],
  ['盛', (_before, after) => (LADLED.test(after) ? 'chéng' : undefined)],
  ['种', (before, after) =>
    !NUMERAL_OR_DEMONSTRATIVE.test(before) && !/[各某此该本同另其]$/u.test(before) && startsWithAny(after, PLANTED)
      ? 'zhòng'
      : undefined],
  ['地', (before, after) => {
    if (!isHanWordBefore(before, 2) || !isHanStart(after)) return undefined;
    return LAND_BEFORE.test(before) || startsWithAny(after, LAND_AFTER) ? undefined : 'de';
  }],
  ['只', (before, after) => {
    if (startsWithAny(after, ONLY_BEFORE)) return 'zhǐ';
    return NUMERAL_OR_DEMONSTRATIVE.test(before) ? 'zhī' : 'zhǐ';
  }],
  ['为', (before, after) => {
    if (startsWithAny(after, CONDUCT_AFTER)) return 'wéi';
    if (FOR_SOMEONE.test(after)) return 'wèi';
    if (NOUN_ENDING_IN_NENG.test(before)) return 'wéi';
    return before === '' || FOR_BEFORE.test(before) || endsWithAny(before, FOR_AFTER_WORDS) ? 'wèi' : 'wéi';
  }],
  ['数', (before, after) => (startsWithAny(after, COUNT_AFTER) || /数[一了]?$/u.test(before) ? 'shǔ' : undefined)],
  // jiāng "will, take" always has a verb or object after it: closing a
  // clause after a word, 将 is the noun jiàng "general" (参将。).
  ['将', (before, after) => (isHanWordBefore(before, 1) && !isHanStart(after) ? 'jiàng' : undefined)],
  ['钉', (before, after) => (endsWithAny(before, NAIL_BEFORE) || startsWithAny(after, NAIL_AFTER) ? 'dìng' : undefined)],
  ['角', (before) => (isHanWordBefore(before, 2) ? 'jiǎo' : undefined)],
  ['量', (before, after) =>
    isHanWordBefore(before, 1) && (!isHanStart(after) || startsWithAny(after, AMOUNT_AFTER)) ? 'liàng' : undefined],
]);

/** The code points readInContext has rules for: the engine calls it for these only. */
export const RULE_CHARACTERS: ReadonlySet<number> = new Set([...CHARACTER_RULES.keys()].map((char) => char.codePointAt(0)!));

/** A personal pronoun right before: a subject (他长了一岁, 我不了). */
const PRONOUN_BEFORE = /[我你您他她它们咱]$/u;

const DEGREE_WORDS = [
  '很', '非常', '太', '更', '十分', '特别', '越', '好', '多', '不', '极', '最', '比较', '较',
  '相当', '有点', '有些', '挺', '真', '那么', '这么', '如此', '格外', '过于', '清楚', '一塌糊涂',
];
/**
 * One-syllable verbs and adjectives that take a complement with 得 de
 * (跑得满头大汗, 吓得发抖). Not those that form a word with 得 dé (赢得,
 * 获得, 取得, 难得, 只得): where jieba splits such a word, 得 keeps dé.
 */
const COMPLEMENT_VERBS = /[跑走说讲写做干吃喝睡唱跳笑哭看听想学打洗玩站坐飞游忙累急气吓冻饿渴热冷疼痛高低好坏快慢早晚远近大小美丑胖瘦扫擦收摆放穿戴画读念背算弄搞修盖抓拿骂踢闹挤摔撞砸烧煮炒拉推挂贴装涂剪拍演弹吹逗爱恨怕忍活病醉猜问答教管查办花卖买]$/u;
/**
 * Subjects and adverbs before the modal 得 děi "must" (我得走, 都得去, 还得等).
 * Not 就, 又, 才: written text uses them before 得 dé "obtain" (这样就得满分,
 * 比赛中又得金牌).
 */
const MUST_BEFORE = ['我', '你', '您', '他', '她', '它', '们', '咱', '大家', '自己', '谁', '这', '还', '也', '都', '总', '必'];
/**
 * After 得 dé "obtain": an aspect, a numeral or ordinal, or what is obtained
 * (得了第一, 得过奖, 得三分, 得知, 得以; but 得知道 is děi): not the modal děi.
 */
const OBTAIN_AFTER = /^(?:[了过着到第0-9０-９一二三四五六七八九十百千万两半奖分病罪出以益逞手意失胜救宠票名利悉体当力用法空闲其道势计志心天数之主]|知(?!道))/u;
/** After the verb 长 zhǎng "grow": an aspect, a complement, a numeral. */
const GROWN_AFTER = ['了', '着', '过', '得', '出', '成', '满', '高', '大', '胖', '一', '两', '几', '个'];
/** After 倒 dào "pour": (an aspect or result, then) a vessel or a drink. */
const POURED = /^[了上满进出入]?(?:[一两半几满]?[杯碗盆壶瓶盅勺桶]|[水茶酒汤油奶]|咖啡|垃圾)/u;
/** After 盛 chéng "ladle": (an aspect or result, then) a bowl or food. */
const LADLED = /^[了上满着]?(?:[一两半几满]?[碗盆杯勺盘锅]|[饭汤粥菜水])/u;
/** After the verb 种 zhòng "plant": an aspect, or what is planted. */
const PLANTED = [
  '了', '着', '过', '的', '在', '下', '上', '出', '树', '花', '菜', '地', '田', '粮', '草', '庄稼', '果', '豆', '瓜',
  '麦', '稻', '棉', '玉米', '土豆', '茶', '药', '竹', '苗', '树苗', '蔬菜', '水稻', '小麦',
];
/** What is paid back after the verb 还 huán (还钱, 还了钱, 还清了, 还书): never hái "still". */
const PAID_BACK = /^(?:[了过]?(?:[钱债款贷账]|书(?![写法记面籍店房信桌包本页刊号]))|清[了所全欠债贷])/u;
/**
 * Right before 地 "land, place" rather than the particle: a measure word,
 * demonstrative or numeral (这块地, 该地, 三地, 各地), 的 or 之 (之地), and 等,
 * 在, 多 where they are not the end of a word the particle follows (广东等地,
 * 跪在地, 多地; but 平等地, 自在地, 更多地 are de).
 */
const LAND_BEFORE = /(?:[块片亩该此本各这那每其两一二三四五六七八九十数几诸的之]|(?<![平对均相同])等|(?<![自实存潜所])在|(?<![更很较越最过许])多)$/u;
/** What follows 地 "land" rather than the particle (地上, 地区, 地很大). */
const LAND_AFTER = [
  '上', '下', '里', '中', '面', '区', '方', '图', '球', '址', '带', '点', '位', '质', '震', '铁', '产',
  '形', '势', '主', '皮', '毯', '板', '道', '段', '名', '理', '域', '标', '层', '价', '税', '很', '是', '的',
];
/** 为人 wéirén "one's conduct" before how one behaves (他为人很和气, 为人正直). */
const CONDUCT_AFTER = ['人很', '人正', '人处', '人厚', '人和', '人老', '人诚', '人豪', '人谦', '人低', '人师', '人耿', '人忠', '人善', '人热', '人真', '人坦', '人稳', '人仗', '人刚', '人宽', '人谨'];
/**
 * A verb done for someone, after 为 and the one it is done for, in the same
 * clause (为居民提供, 为灾区送去, 为祖国争光). At least one character comes
 * between: 为 right before the verb is the copula (职能为提供服务 wéi).
 */
const DONE_FOR = [
  '提供', '服务', '做出', '作出', '带来', '创造', '解决', '办理', '送去', '送上', '送来', '点赞', '加油', '庆祝',
  '祝福', '举办', '担心', '付出', '奉献', '贡献', '争光', '效力', '效劳', '着想', '看病', '治病', '出力', '捐款',
  '捐赠', '打造', '买单', '埋单', '剪彩', '颁奖', '颁发', '讲解', '演唱', '表演', '开辟', '配备', '发放', '辩护',
  '保驾护航', '撑腰', '默哀', '祈祷', '欢呼', '鼓掌', '喝彩', '骄傲', '自豪', '感到', '操心', '排忧解难',
  '打下', '奠定', '铺平', '指明', '注入', '增添', '树立', '开创', '敲响',
].join('|');
const FOR_SOMEONE = new RegExp(`^(?!${DONE_FOR})[^，。！？；：、,.!?;:\\s（）()“”]{1,8}?(?:${DONE_FOR})`, 'u');
/** Nouns ending in 能, not the modal (职能为, 功能为: wéi "is"). */
const NOUN_ENDING_IN_NENG = /[职功性技本智效潜机体热动核电势官]能$/u;
/** Words after which 只 means "only". */
const ONLY_BEFORE = ['是', '有', '要', '能', '会', '在', '想', '见', '因', '剩', '限', '用', '需', '可', '好', '不', '得', '知', '管', '怕', '顾'];
const NUMERAL_OR_DEMONSTRATIVE = /[0-9０-９一二三四五六七八九十百千万两几每这那哪某数半多]$/u;
/** Clause start, pronouns, modal verbs and adverbs of purpose before 为 "for". */
const FOR_BEFORE = /(?:^|[\s，。！？；：、,.!?;:（(“‘「『《])$|[他她它我你咱]们?$|大家$|自己$|人们$/u;
const FOR_AFTER_WORDS = [
  '专门', '特地', '特意', '积极', '努力', '主动', '要', '将', '愿', '愿意', '能', '能够', '可以', '应',
  '应该', '该', '来', '去', '并', '而', '就', '正', '正在', '一直', '也', '都', '还', '不', '因', '甘愿', '全心全意', '只',
  // adverbs of manner before a beneficiary: 纷纷为社区点赞, 免费为居民体检
  '纷纷', '共同', '亲自', '免费', '热情', '耐心', '默默', '无私', '义务',
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

/**
 * Words whose listed reading is only one of their senses, told apart by the
 * characters around them. Returns the word's syllables for the sense the
 * context shows, or undefined to keep the listed reading.
 *
 * Logic:
 * - 东西 is dōngxi "thing" (买东西, 好东西), but dōngxī "east and west"
 *   before a direction, size or side (东西方向, 东西长, 东西两侧) or after
 *   南北, 贯, 横 (横贯东西).
 * - 地方 is dìfang "place" (这个地方, 什么地方), but dìfāng "local" before
 *   the nouns of local government and culture (地方政府, 地方官员, 地方戏)
 *   or after 中央 (中央和地方 too).
 * - 大都 is dàdōu "mostly" before a predicate (大都是, 大都已失传); elsewhere
 *   the capital Dàdū (到大都，, 元大都的城墙).
 * - 穿着 is chuānzhe "wearing" before what is worn (穿着一件, 穿着红衣服);
 *   elsewhere the noun chuānzhuó "attire" (她的穿着很朴素, 穿着打扮).
 * - 教会 is jiāohuì "taught (so that one can)" before an aspect or a person
 *   (教会了我, 教会孩子游泳); otherwise the listed jiàohuì "church".
 * - 重重 is zhòngzhòng "heavily" before 地 (重重地摔了一跤); otherwise the
 *   listed chóngchóng "layer upon layer" (困难重重).
 * - 所长 is suǒcháng "strong points" after 各自, 各展, 发挥 … (发挥各自所长);
 *   otherwise the listed suǒzhǎng "head of an institute".
 * - 一行 is yīháng "a line of" before what comes in lines (一行字, 一行泪);
 *   otherwise the listed yīxíng "a party travelling together" (他们一行五人).
 * - 不了 after a verb is the complement bùliǎo "cannot" (来不了, 走不了);
 *   alone, after a pronoun or a pause it keeps bù le "no, thanks" (不了，谢谢).
 * - 一数 (jieba's word "one number") is 一 and the verb 数 shǔ "count" after
 *   从 or before what the verb 数 takes (从一数到十, 一数到三); otherwise the
 *   listed yīshù.
 */
export function readWordInContext(word: string, before: string, after: string): string[] | undefined {
  return WORD_RULES.get(word)?.(before, after);
}

type WordRule = (before: string, after: string) => string[] | undefined;

const WORD_RULES: ReadonlyMap<string, WordRule> = new Map<string, WordRule>([
  ['东西', (before, after) =>
    startsWithAny(after, EAST_WEST_AFTER) || endsWithAny(before, EAST_WEST_BEFORE) ? undefined : ['dōng', 'xi']],
  ['地方', (before, after) =>
    startsWithAny(after, LOCAL_AFTER) || before.endsWith('中央') || before.includes('中央和') ? ['dì', 'fāng'] : ['dì', 'fang']],
  ['大都', (_before, after) => (isHanStart(after) && !CAPITAL_AFTER.test(after) ? ['dà', 'dōu'] : undefined)],
  ['穿着', (_before, after) => (startsWithAny(after, WORN_AFTER) ? ['chuān', 'zhe'] : undefined)],
  ['教会', (_before, after) => (startsWithAny(after, TAUGHT_AFTER) ? ['jiāo', 'huì'] : undefined)],
  ['重重', (_before, after) => (after.startsWith('地') ? ['zhòng', 'zhòng'] : undefined)],
  ['一行', (_before, after) => (startsWithAny(after, IN_LINES) ? ['yī', 'háng'] : undefined)],
  ['所长', (before) => (STRENGTHS_BEFORE.test(before) ? ['suǒ', 'cháng'] : undefined)],
  ['不了', (before) => (isHanWordBefore(before, 1) && !PRONOUN_BEFORE.test(before) ? ['bù', 'liǎo'] : undefined)],
  ['一数', (before, after) => (before.endsWith('从') || startsWithAny(after, COUNT_AFTER) ? ['yī', 'shǔ'] : undefined)],
]);

/** The first UTF-16 units of the words readWordInContext has rules for (all two BMP characters). */
export const CONTEXT_WORD_STARTS: ReadonlySet<number> = new Set([...WORD_RULES.keys()].map((word) => word.charCodeAt(0)));

const EAST_WEST_AFTER = ['方向', '向', '走向', '长', '宽', '两', '各', '距离', '跨度', '南北', '部', '侧', '之间', '文化', '合璧', '方', '横', '纵', '贯', '轴', '对峙'];
const EAST_WEST_BEFORE = ['南北', '贯', '横', '横跨', '纵横'];
const LOCAL_AFTER = [
  '政府', '官', '行政', '当局', '财政', '税', '法', '性', '志', '病', '戏', '军', '部队', '武装', '特色', '自治',
  '选举', '议会', '经济', '企业', '国有', '银行', '干部', '机关', '组织', '党', '长官', '首长', '势力', '割据',
  '保护', '主义', '媒体', '报', '剧', '语', '口音', '风味', '小吃', '名', '上的', '各级',
];
/** After 教会 jiāohuì "taught": an aspect or the person taught. */
const TAUGHT_AFTER = ['了', '过', '我', '你', '您', '他', '她', '它', '咱', '孩子', '学生', '大家', '人们', '自己', '徒弟', '儿子', '女儿'];
/** Before 所长 suǒcháng "one's strong points" (发挥各自所长, 各展所长), not the head of an institute. */
const STRENGTHS_BEFORE = /(?:各自|各有|各展|各尽|各施|各显|发挥|展其|扬其|尽其|之|其)$/u;
/** What comes in lines, after 一行 yīháng (一行字, 一行白鹭). */
const IN_LINES = ['字', '诗', '文', '泪', '眼泪', '热泪', '清泪', '白鹭', '大雁', '雁', '代码', '数据', '树', '标题', '脚印', '公式', '注释', '记录', '小字', '大字'];
/** After the capital 大都: a particle, a noun it names (大都城, 大都路), or the end. */
const CAPITAL_AFTER = /^[的之城路市会督]/u;
/** What is worn after 穿着 chuānzhe: a numeral or measure, a colour, clothes. */
const WORN_AFTER = [
  '一', '两', '件', '身', '双', '套', '条', '红', '白', '黑', '蓝', '绿', '黄', '灰', '紫', '粉', '花', '新', '旧',
  '长', '短', '厚', '薄', '衣', '裙', '裤', '鞋', '袜', '西装', '校服', '军装', '制服', '礼服', '睡衣', '大衣',
  '外套', '毛衣', '皮', '布', '棉', '雨', '婚纱', '和服', '汉服', '朝服', '官服', '便服', '盔甲', '铠甲', '它', '他', '她',
];
