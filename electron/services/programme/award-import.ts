/**
 * Award recipients from an .xlsx/.csv "like the delegate list": the delegate importer's reader
 * (readTable) and header folding (foldHeader/fieldForHeader) are reused; only the award-specific
 * columns (Tên tập thể, Thành tích) and the section rows "I. TẬP THỂ" / "II. CÁ NHÂN" are added here.
 */
import { AppError, notFound } from '../../../shared/api/errors';
import type { RecipientFields } from '../../../shared/models/programme';
import { foldDiacritics, normalizeText } from '../../../shared/text/normalize';
import { splitRank } from '../../../shared/text/ranks';
import * as repo from '../../../db/repositories/programme';
import { columnLetter, readTable, type ReadTable, type TableRow } from '../kernel/spreadsheet/read-table';
import { runParse } from '../kernel/worker-pool';
import { HEADER_SCAN_ROWS, fieldForHeader, foldHeader } from '../delegate';
import { backupStore } from '../safety';
import { listDelegates } from '../delegate';
import { newId, type ServiceContext } from '../kernel/context';
import { assertFreeSpace } from '../kernel/disk';

type Field = 'stt' | 'name' | 'rank' | 'position' | 'unit' | 'achievement' | 'receiver' | 'note';
type Kind = RecipientFields['kind'];

/** duplicate = already in the decision's list (same kind, name, unit): skipped on import. */
export interface AwardImportRow extends RecipientFields {
  row: number;
  delegateLabel: string;
  duplicate: boolean;
}
export interface AwardImportPreview {
  fileName: string;
  sheet: string;
  headerRow: number;
  columns: { letter: string; header: string; field: string }[];
  items: AwardImportRow[];
  collectives: number;
  individuals: number;
  linked: number;
  duplicates: number;
  /** Collectives with no representative found in the delegate list (to be chosen by hand). */
  unlinked: string[];
}

const MAX_BYTES = 10 * 1024 * 1024;
const invalid = (message: string, details: Record<string, unknown>) => new AppError('IMPORT_INVALID', message, details);

/** Award-only headers first; then the delegate importer's wording (Họ và tên, Cấp bậc, Chức vụ, Đơn vị…). */
function awardField(header: string): { field: Field; kind?: Kind } | null {
  const f = foldHeader(header);
  if (/^(ten tap the|tap the|ten don vi|don vi duoc khen)$/.test(f)) return { field: 'name', kind: 'collective' };
  if (/^(thanh tich|thanh tich dat duoc|ly do khen|noi dung khen|thanh tich khen thuong)$/.test(f))
    return { field: 'achievement' };
  if (/^(nguoi nhan thay|nguoi nhan|dai dien nhan)$/.test(f)) return { field: 'receiver' };
  if (/^(ten )?tap the ?[,/;] ?(ca nhan|ho (va )?ten)$/.test(f)) return { field: 'name' };
  const d = fieldForHeader(header);
  if (d === 'fullName') return { field: 'name', kind: 'individual' };
  if (d === 'stt' || d === 'rank' || d === 'position' || d === 'unit' || d === 'note') return { field: d };
  return null;
}

/** "I. TẬP THỂ" / "II. Cá nhân" / "A - Tập thể": a section row (one filled cell) that decides the kind. */
export function sectionKind(cells: string[]): Kind | null {
  const filled = cells.filter((c) => c.trim());
  if (filled.length !== 1 && !(filled.length === 2 && /^[IVX\d]+\.?$|^[AB]$/i.test(filled[0].trim()))) return null;
  const f = foldDiacritics(filled.join(' '))
    .replace(/^([ivx]+|\d+|[ab])\s*[.)\-–:]?\s*/, '')
    .trim();
  if (/^(khen thuong )?(cho )?(cac )?tap the\b/.test(f)) return 'collective';
  if (/^(khen thuong )?(cho )?(cac )?ca nhan\b/.test(f)) return 'individual';
  return null;
}

const texts = (r: TableRow) => Array.from({ length: r.cells.length }, (_, i) => (r.cells[i]?.text ?? '').trim());

/** Reads the file into recipients; throws a Vietnamese error naming file, row and column. */
export async function parseAwardFile(fileName: string, bytes: Uint8Array) {
  if (bytes.byteLength > MAX_BYTES) throw invalid(`Tệp "${fileName}" quá lớn (tối đa 10 MB)`, { file: fileName });
  // Read on the parse worker: a big or hostile sheet never holds the check-in desks.
  const table = await runParse<ReadTable>('table', { fileName, bytes }, () => readTable(fileName, bytes));
  for (const sheet of table.sheets.filter((s) => !s.hidden)) {
    const hi = sheet.rows.findIndex(
      (r) =>
        r.row <= HEADER_SCAN_ROWS &&
        texts(r).filter((t) => awardField(t)).length >= 2 &&
        texts(r).some((t) => awardField(t)?.field === 'name'),
    );
    if (hi < 0) continue;
    const cols = new Map<number, { field: Field; kind?: Kind }>();
    texts(sheet.rows[hi]).forEach((t, i) => {
      const m = t ? awardField(t) : null;
      if (m && ![...cols.values()].some((c) => c.field === m.field)) cols.set(i, m);
    });
    const colOf = (f: Field) => [...cols.entries()].find(([, c]) => c.field === f)?.[0];
    const nameCol = colOf('name')!;
    let kind: Kind | null = cols.get(nameCol)?.kind ?? null;
    const items: Omit<AwardImportRow, 'delegateLabel' | 'duplicate'>[] = [];
    for (const r of sheet.rows.slice(hi + 1)) {
      const t = texts(r);
      const sec = sectionKind(t);
      if (sec) {
        kind = sec;
        continue;
      }
      const get = (f: Field) => {
        const c = colOf(f);
        return c === undefined ? '' : normalizeText(t[c] ?? '');
      };
      const name = get('name');
      if (!name) {
        // A total line ("Tổng cộng: 40") or a stray STT is not a recipient; real content without a name is an error.
        if (get('achievement') || get('position') || get('rank')) {
          throw invalid(
            `Tệp "${fileName}", trang "${sheet.name}", dòng ${r.row}: cột ${columnLetter(nameCol)} (tên tập thể/cá nhân) để trống`,
            { file: fileName, row: r.row, column: columnLetter(nameCol) },
          );
        }
        continue;
      }
      if (/^(tong cong|tong so|tong|cong)\s*[:\-–]?\s*(\d[\d\s.,a-z]*)?$/.test(foldDiacritics(name))) continue;
      if (!kind) {
        throw invalid(
          `Tệp "${fileName}", dòng ${r.row}: chưa biết "${name}" là tập thể hay cá nhân — thêm dòng mục "I. TẬP THỂ" / "II. CÁ NHÂN" phía trên`,
          { file: fileName, row: r.row, column: columnLetter(nameCol) },
        );
      }
      if (name.length > 300)
        throw invalid(
          `Tệp "${fileName}", dòng ${r.row}, cột ${columnLetter(nameCol)}: tên quá dài (tối đa 300 ký tự)`,
          { file: fileName, row: r.row },
        );
      const split = kind === 'individual' && !get('rank') ? splitRank(name) : { rank: get('rank'), name };
      items.push({
        row: r.row,
        kind,
        name: split.name,
        rank: kind === 'individual' ? split.rank : '',
        position: get('position'),
        unit: get('unit'),
        achievement: get('achievement').slice(0, 1000),
        receiverText: get('receiver').slice(0, 300),
        delegateId: null,
        absentAction: '',
      });
    }
    if (!items.length)
      throw invalid(
        `Tệp "${fileName}", trang "${sheet.name}": không có dòng tập thể/cá nhân nào dưới dòng tiêu đề (dòng ${sheet.rows[hi].row})`,
        { file: fileName },
      );
    const columns = [...cols.entries()].map(([i, c]) => ({
      letter: columnLetter(i),
      header: texts(sheet.rows[hi])[i],
      field: c.field,
    }));
    return { sheet: sheet.name, headerRow: sheet.rows[hi].row, columns, items };
  }
  throw invalid(
    `Tệp "${fileName}": không tìm thấy dòng tiêu đề có cột "Tên tập thể" hoặc "Họ và tên" cùng "Thành tích"/"Đơn vị"`,
    { file: fileName },
  );
}

const key = (name: string, unit: string) =>
  `${foldDiacritics(name).replace(/\s+/g, ' ').trim()}|${foldDiacritics(unit).replace(/\s+/g, ' ').trim()}`;

async function decodeAndLink(
  ctx: ServiceContext,
  conferenceId: string,
  decisionId: string,
  fileName: string,
  contentBase64: string,
): Promise<AwardImportPreview> {
  const d = await repo.findDecisionRow(ctx.store.db, decisionId);
  if (!d || d.conference_id !== conferenceId) throw notFound('quyết định khen thưởng', decisionId);
  const bytes = new Uint8Array(Buffer.from(contentBase64, 'base64'));
  const parsed = await parseAwardFile(fileName, bytes);
  // Individuals link to the delegate with the same folded name and unit; by name alone when that is unique.
  const delegates = (await listDelegates(ctx, d.conference_id)).filter((x) => x.fullName);
  const byKey = new Map(delegates.map((x) => [key(x.fullName, x.unit), x]));
  const byName = new Map<string, typeof delegates>();
  for (const x of delegates) {
    const k = key(x.fullName, '');
    byName.set(k, [...(byName.get(k) ?? []), x]);
  }
  // Importing the same file twice must not list anyone twice.
  const had = new Set(
    (await repo.listRecipientRows(ctx.store.db, conferenceId))
      .filter((r) => r.decision_id === decisionId)
      .map((r) => `${r.kind}|${key(r.name, r.unit)}`),
  );
  const items = parsed.items.map((r) => {
    const hit =
      r.kind !== 'individual'
        ? representative(delegates, r, byName)
        : (byKey.get(key(r.name, r.unit)) ??
          (r.unit
            ? undefined
            : byName.get(key(r.name, ''))?.length === 1
              ? byName.get(key(r.name, ''))![0]
              : undefined));
    return {
      ...r,
      duplicate: had.has(`${r.kind}|${key(r.name, r.unit)}`),
      delegateId: hit?.id ?? null,
      delegateLabel: hit ? `${hit.rank} ${hit.fullName}, ${hit.position} ${hit.unit}`.replace(/\s+/g, ' ').trim() : '',
    };
  });
  return {
    fileName,
    ...parsed,
    items,
    collectives: items.filter((r) => r.kind === 'collective').length,
    individuals: items.filter((r) => r.kind === 'individual').length,
    linked: items.filter((r) => r.delegateId).length,
    duplicates: items.filter((r) => r.duplicate).length,
    unlinked: items.filter((r) => r.kind === 'collective' && !r.delegateId && !r.duplicate).map((r) => r.name),
  };
}

type D = Awaited<ReturnType<typeof listDelegates>>[number];
const fold = (s: string) => foldDiacritics(s).replace(/\s+/g, ' ').trim();
const DEPUTY = /^(pho|tro ly|nhan vien|can bo|chuyen vien|dai dien)\b/;

/**
 * Who receives for a collective: the person the file names as receiver (a unique name in the list);
 * else, among the delegates of that unit, the one summoned to receive (in an award section), else the
 * unit's head (a position that is not a deputy's or an assistant's). Undefined when none is listed.
 */
function representative(
  delegates: D[],
  r: { name: string; unit: string; receiverText: string },
  byName: Map<string, D[]>,
): D | undefined {
  if (r.receiverText) {
    const named = byName.get(key(splitRank(r.receiverText).name, ''));
    if (named?.length === 1) return named[0];
  }
  const units = new Set([fold(r.name), fold(r.unit)].filter(Boolean));
  const members = delegates.filter((d) => units.has(fold(d.unit))).sort((a, b) => a.precedence - b.precedence);
  return (
    members.find((d) => /khen thuong/.test(fold(d.category))) ?? members.find((d) => !DEPUTY.test(fold(d.position)))
  );
}

/** What the file would add, without writing. */
export async function previewAwardImport(
  ctx: ServiceContext,
  conferenceId: string,
  decisionId: string,
  fileName: string,
  contentBase64: string,
): Promise<AwardImportPreview> {
  return decodeAndLink(ctx, conferenceId, decisionId, fileName, contentBase64);
}

/** Appends the file's recipients to the decision in one transaction, after a backup of the store. */
export async function commitAwardImport(
  ctx: ServiceContext,
  conferenceId: string,
  decisionId: string,
  fileName: string,
  contentBase64: string,
) {
  const p = await decodeAndLink(ctx, conferenceId, decisionId, fileName, contentBase64);
  const add = p.items.filter((r) => !r.duplicate);
  if (!add.length) return { added: 0, collectives: 0, individuals: 0, linked: 0, skipped: p.duplicates };
  assertFreeSpace(ctx.store.dataDir, add.length * 2048, `nhập tệp "${fileName}"`);
  await backupStore(ctx, 'before-import');
  const now = ctx.now();
  await ctx.store.db.transaction().execute(async (trx) => {
    const start = await repo.maxRecipientPosition(trx, decisionId);
    await repo.insertRecipientRows(
      trx,
      add.map((r, i): repo.RecipientRow => ({
        id: newId(),
        decision_id: decisionId,
        position: start + i + 1,
        kind: r.kind,
        name: r.name,
        rank: r.rank,
        position_title: r.position,
        unit: r.unit,
        achievement: r.achievement,
        receiver_text: r.receiverText,
        delegate_id: r.delegateId,
        absent_action: '',
        batch_no: null,
        created_at: now,
        updated_at: now,
      })),
    );
  });
  return {
    added: add.length,
    collectives: add.filter((r) => r.kind === 'collective').length,
    individuals: add.filter((r) => r.kind === 'individual').length,
    linked: add.filter((r) => r.delegateId).length,
    skipped: p.duplicates,
  };
}
