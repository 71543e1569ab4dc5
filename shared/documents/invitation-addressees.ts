/**
 * Who an invitation is addressed to: a person ("Đồng chí Đại tá …, Chỉ huy trưởng Bộ CHQS tỉnh") or an
 * agency asked to send people ("Sở Tài chính" + "Đề nghị … cử 01 đồng chí lãnh đạo tham dự"). Per row
 * ('row' addressing): named leaders get personal letters, placeholder rows ("Đại diện lãnh đạo Sở …")
 * a letter to their unit, in the same run. Pure.
 */
import type { Delegate } from '../models/delegate';
import { foldDiacritics } from '../text/normalize';
import { joinPositionUnit } from '../text/position-unit';
import { fileNamePart, wholeWords } from '../text/file-name';

/** One addressee: a person or an agency. */
export interface Addressee {
  key: string;
  delegateIds: string[];
  line: string;
  fileStem: string;
  qrCode: string | null;
  /** For an agency: how many people it is asked to send. */
  count?: number;
  /** For an agency: the level asked for, from its placeholder rows ("lãnh đạo"). */
  level?: string;
  /** The seat, when seating exists and the form asks for it: "Khu A, hàng 2, ghế 5". */
  seat?: string;
  /** Postal address for the envelope: the delegate's, or the first one known for a unit. */
  address?: string;
}

const capFirst = (s: string) => (s ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s);

/**
 * Position and unit as one phrase, without repeating a unit already in the position.
 * @example positionAtUnit('Chỉ huy trưởng', 'Bộ CHQS tỉnh') → "Chỉ huy trưởng Bộ CHQS tỉnh"
 */
export function positionAtUnit(position: string, unit: string): string {
  return joinPositionUnit(position, unit);
}

/**
 * How a delegate is addressed on the invitation: salutation, rank, name, then position and unit.
 * A placeholder (no name) is addressed by position and unit: "Lãnh đạo Sở Tài chính".
 * @example addresseeLine({salutation:'', rank:'Đại tá', fullName:'Nguyễn Văn A', position:'Chỉ huy trưởng', unit:'Bộ CHQS tỉnh'})
 *   → "Đồng chí Đại tá Nguyễn Văn A, Chỉ huy trưởng Bộ CHQS tỉnh"
 */
export function addresseeLine(d: Pick<Delegate, 'salutation' | 'rank' | 'fullName' | 'position' | 'unit'>): string {
  const role = positionAtUnit(d.position, d.unit);
  if (!d.fullName.trim()) return capFirst(role);
  const who = [d.salutation.trim() || 'Đồng chí', d.rank.trim(), d.fullName.trim()].filter(Boolean).join(' ');
  return role ? `${who}, ${role}` : who;
}

/** A file name part without the characters Windows refuses. */
export const safeFileStem = (s: string) => wholeWords(fileNamePart(s), 90);

export function delegateAddressee(d: Delegate, withQr: boolean): Addressee {
  const who = d.fullName.trim() || positionAtUnit(d.position, d.unit) || 'Đại biểu';
  return {
    key: d.id,
    delegateIds: [d.id],
    line: addresseeLine(d),
    fileStem: safeFileStem(`${String(d.precedence).padStart(3, '0')} ${who}`),
    qrCode: withQr && d.code ? d.code : null,
    address: d.address ?? '',
  };
}

const unitKey = (unit: string) => foldDiacritics(unit).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The level a placeholder asks for, as said after "cử NN đồng chí": "Đại diện lãnh đạo" → "lãnh đạo",
 * "Lãnh đạo Sở Tài chính" (unit "Sở Tài chính") → "lãnh đạo"; several levels are listed.
 */
export function placeholderLevel(rows: Pick<Delegate, 'position' | 'unit'>[]): string {
  const levels = rows
    .map((d) => {
      let p = d.position.trim().replace(/^đại diện\s*/i, '');
      const u = d.unit.trim();
      if (u && p.toLocaleLowerCase('vi').endsWith(u.toLocaleLowerCase('vi')))
        p = p.slice(0, p.length - u.length).trim();
      return p ? p[0].toLocaleLowerCase('vi') + p.slice(1) : '';
    })
    .filter(Boolean);
  return [...new Set(levels)].join(', ');
}

/**
 * Per row: a named delegate gets his own letter; the placeholder rows of one unit make one letter to
 * the unit, counting only those rows, in the order of the unit's first placeholder.
 */
export function rowAddressees(delegates: Delegate[], withQr: boolean): Addressee[] {
  const out: Array<Addressee & { order: number }> = [];
  const groups = new Map<string, Delegate[]>();
  for (const d of delegates) {
    if (d.fullName.trim() || !d.unit.trim()) {
      out.push({ ...delegateAddressee(d, withQr), order: d.precedence });
      continue;
    }
    const k = unitKey(d.unit);
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  for (const [k, ds] of groups) {
    const first = ds.reduce((a, b) => (a.precedence <= b.precedence ? a : b));
    out.push({
      key: `unit:${k}`,
      delegateIds: ds.map((d) => d.id),
      line: capFirst(first.unit.trim()),
      count: ds.length,
      level: placeholderLevel(ds),
      qrCode: null,
      order: first.precedence,
      address: ds.find((d) => d.address)?.address ?? '',
      fileStem: safeFileStem(`${String(first.precedence).padStart(3, '0')} ${first.unit}`),
    });
  }
  return out.sort((a, b) => a.order - b.order).map(({ order: _o, ...a }) => a);
}

/** One addressee per unit, in the order of its most senior delegate; people without a unit stay personal. */
export function unitAddressees(delegates: Delegate[]): Addressee[] {
  const groups = new Map<string, Delegate[]>();
  const out: Array<Addressee & { order: number }> = [];
  for (const d of delegates) {
    if (!d.unit.trim()) {
      out.push({ ...delegateAddressee(d, false), order: d.precedence });
      continue;
    }
    const k = unitKey(d.unit);
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  for (const [k, ds] of groups) {
    const first = ds.reduce((a, b) => (a.precedence <= b.precedence ? a : b));
    out.push({
      key: `unit:${k}`,
      delegateIds: ds.map((d) => d.id),
      line: capFirst(first.unit.trim()),
      count: ds.length,
      address: ds.find((d) => d.address)?.address ?? '',
      fileStem: safeFileStem(`${String(first.precedence).padStart(3, '0')} ${first.unit}`),
      qrCode: null,
      order: first.precedence,
    });
  }
  return out.sort((a, b) => a.order - b.order).map(({ order: _o, ...a }) => a);
}
