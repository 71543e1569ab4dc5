/**
 * Which parsed rows are people already in the conference (pure: runs on the parse worker too).
 * Same person = same name and unit (case and diacritics aside); a placeholder = same position and unit.
 */
import type { ImportPreview } from '../../../../shared/models/import';
import { foldDiacritics } from '../../../../shared/text/normalize';

export const personKey = (d: { fullName: string; position: string; unit: string }) =>
  d.fullName
    ? `${foldDiacritics(d.fullName)}|${foldDiacritics(d.unit)}`
    : `|${foldDiacritics(d.position)}|${foldDiacritics(d.unit)}`;

export interface DuplicateRule {
  existing: [key: string, id: string][];
  /**
   * The conference's people as read (name, position, unit, id): their keys are made where the rule
   * is applied — on the parse worker — so the host's main thread only reads four columns.
   */
  existingPeople?: [fullName: string, position: string, unit: string, id: string][];
  onDuplicate?: 'skip' | 'keep';
  keepRows?: number[];
}

/** Marks duplicates in place and recounts. @example markDuplicates(preview, { existing: [[personKey(d), d.id]] }) */
export function markDuplicates(preview: ImportPreview, rule: DuplicateRule): ImportPreview {
  const existing = new Map(rule.existing);
  for (const [fullName, position, unit, id] of rule.existingPeople ?? []) {
    existing.set(personKey({ fullName, position, unit }), id);
  }
  for (const row of preview.rows) {
    if (row.fate !== 'import' || !row.delegate) continue;
    const id = existing.get(personKey(row.delegate));
    if (id) {
      row.existingId = id;
      if (rule.onDuplicate !== 'keep' && !rule.keepRows?.includes(row.row)) {
        row.fate = 'duplicate';
        row.reason = row.delegate.fullName
          ? 'Đã có trong danh sách (cùng họ tên và đơn vị)'
          : 'Đã có dòng đại diện này (cùng chức vụ và đơn vị)';
      }
    }
  }
  const counts: ImportPreview['counts'] = { import: 0, section: 0, skip: 0, duplicate: 0 };
  for (const r of preview.rows) counts[r.fate]++;
  return { ...preview, counts };
}
