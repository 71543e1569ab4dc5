/** Turning typed fields into clean rows: the one place delegate text is normalised on write. */
import type { Kysely } from 'kysely';
import { DelegateFields, type DelegateFieldsInput } from '../../../shared/models/delegate';
import { foldDiacritics, normalizeText, stripHonorific } from '../../../shared/text/normalize';
import { canonicalRank, splitRank } from '../../../shared/text/ranks';
import { repairPhone } from './import/fields';
import type { Database } from '../../../db/schema/database';
import { fieldsToColumns, insertDelegateRows, type DelegateRow } from '../../../db/repositories/delegate';
import { newId } from '../kernel/context';

/** NFC, single spaces, no "Đ/c", canonical rank spelling. Works on a partial patch too. */
export function cleanFields<T extends Partial<DelegateFields>>(f: T): T {
  const out: Partial<DelegateFields> = {};
  for (const [k, v] of Object.entries(f) as [keyof DelegateFields, string | undefined][]) {
    if (v === undefined) continue;
    (out as Record<string, string>)[k] = k === 'note' ? String(v).normalize('NFC').trim() : normalizeText(v);
  }
  if (out.fullName !== undefined) out.fullName = stripHonorific(out.fullName).name;
  // As the importer does (#14): a rank typed in the name goes to the rank; a phone gets its 0 back.
  if (out.fullName) {
    const split = splitRank(out.fullName);
    if (split.rank && split.name) {
      out.fullName = split.name;
      if (!out.rank) out.rank = split.rank;
    }
  }
  if (out.rank) out.rank = canonicalRank(out.rank) || out.rank;
  if (out.phone) out.phone = repairPhone(out.phone).phone;
  return out as T;
}

/** 12 hex digits from the OS's random source: stable per delegate, not guessable from the list. */
export const newCheckInCode = () => {
  const b = new Uint8Array(6);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
};

export const searchKeyOf = (f: Pick<DelegateFields, 'fullName' | 'rank' | 'position' | 'unit' | 'category'>) =>
  foldDiacritics([f.fullName, f.rank, f.position, f.unit, f.category].join(' '));

export function newDelegateRow(
  conferenceId: string,
  fields: DelegateFieldsInput,
  precedence: number,
  now: string,
  id = newId(),
): DelegateRow {
  const f = cleanFields(DelegateFields.parse(fields));
  return {
    id,
    conference_id: conferenceId,
    precedence,
    ...(fieldsToColumns(f) as Omit<
      DelegateRow,
      'id' | 'conference_id' | 'precedence' | 'search_key' | 'created_at' | 'updated_at'
    >),
    search_key: searchKeyOf(f),
    code: newCheckInCode(),
    created_at: now,
    updated_at: now,
  };
}

/** Insert delegates with precedence starting at `from`; returns the new rows. */
export async function insertNewDelegates(
  db: Kysely<Database>,
  conferenceId: string,
  list: DelegateFieldsInput[],
  from: number,
  now: string,
): Promise<DelegateRow[]> {
  const rows = list.map((f, i) => newDelegateRow(conferenceId, f, from + i, now));
  await insertDelegateRows(db, rows);
  return rows;
}
