import { normalizeText } from './normalize';

/** Vietnamese collation: a < ă < â, d < đ, …; tones are secondary. */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** The given name (tên) is the last word; the key sorts by it, then by the whole name. */
export function givenName(fullName: string): string {
  const words = normalizeText(fullName).split(' ');
  return words[words.length - 1] ?? '';
}

/** Compare two people by Vietnamese name order: given name, then the rest; sortKey overrides. */
export function compareVietnameseNames(
  a: { fullName: string; sortKey?: string },
  b: { fullName: string; sortKey?: string },
): number {
  const ka = a.sortKey || givenName(a.fullName);
  const kb = b.sortKey || givenName(b.fullName);
  return viCollator.compare(ka, kb) || viCollator.compare(normalizeText(a.fullName), normalizeText(b.fullName));
}
