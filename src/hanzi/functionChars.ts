/**
 * Characters that are grammar rather than name material: particles,
 * pronouns, adverbs, prepositions, numerals, measure words. Person and place
 * names practically never contain them.
 */
export const FUNCTION_CHARS: ReadonlySet<string> = new Set(
  '的了着过地得是在这那之其更很最被把从也都就还又而所此该每各及与或即均则乃亦向往到对将曾已仍为以因由后前时中内多有会能要让使个些年月日号们我你他她它不没一二三四五六七八九十百千万亿两几第次大小',
);
