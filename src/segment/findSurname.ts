import { loadNameData, type Surname } from './loadNameData.js';

/**
 * The surname a Chinese person's name starts with (compound first: 欧阳,
 * 尉迟), with its length in characters; `undefined` for a name that is not
 * Han characters only (卡洛斯·阿马特) or starts with no surname.
 */
export function findSurname(name: string): (Surname & { readonly length: number }) | undefined {
  if (name.length < 2 || name.length > 4 || !/^\p{Script=Han}+$/u.test(name)) return undefined;
  const { surnames } = loadNameData();
  const compound = name.length >= 3 ? surnames.get(name.slice(0, 2)) : undefined;
  if (compound) return { ...compound, length: 2 };
  const single = surnames.get(name[0]!);
  return single && { ...single, length: 1 };
}
