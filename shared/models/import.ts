import { z } from 'zod';
import { DelegateFields } from './delegate';

/** What a source column can be mapped to. positionUnit = "Chức vụ, đơn vị" in one column. */
export const ImportField = z.enum([
  'ignore',
  'stt',
  'fullName',
  'rank',
  'position',
  'unit',
  'positionUnit',
  'category',
  'salutation',
  'phone',
  'email',
  'note',
  'address',
]);
export type ImportField = z.infer<typeof ImportField>;

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  ignore: '(Bỏ qua)',
  stt: 'STT',
  fullName: 'Họ và tên',
  rank: 'Cấp bậc',
  position: 'Chức vụ',
  unit: 'Đơn vị',
  positionUnit: 'Chức vụ, đơn vị',
  category: 'Thành phần',
  salutation: 'Danh xưng',
  phone: 'Điện thoại',
  email: 'Email',
  note: 'Ghi chú',
  address: 'Địa chỉ',
};

/** Encodings the importer recognises. */
export const SourceEncoding = z.enum(['utf-8', 'tcvn3', 'vni', 'windows-1258', 'windows-1252']);
export type SourceEncoding = z.infer<typeof SourceEncoding>;

/** Optional overrides from the mapping step; columns are keyed by Excel letter ("A", "B", …). */
export const ImportMapping = z.object({
  sheet: z.string().optional(),
  headerRow: z.number().int().min(1).optional(),
  columns: z.record(z.string().regex(/^[A-Z]{1,3}$/), ImportField).optional(),
  encoding: SourceEncoding.optional(),
});
export type ImportMapping = z.infer<typeof ImportMapping>;

export const ImportInput = z.object({
  conferenceId: z.string().min(1),
  fileName: z.string().min(1).max(260),
  contentBase64: z.string().min(1, 'Tệp rỗng'),
  mapping: ImportMapping.optional(),
  onDuplicate: z.enum(['skip', 'keep']).default('skip'),
  /** Rows (1-based, as in the preview) of people already in the list to import anyway, one by one. */
  keepRows: z.array(z.number().int().min(1)).max(100000).optional(),
});
export type ImportInput = z.infer<typeof ImportInput>;

export const ImportRowFate = z.enum(['import', 'section', 'skip', 'duplicate']);

/** One source row and what the import does with it. row is the 1-based row in the sheet/file. */
export const ImportRowPlan = z.object({
  row: z.number().int(),
  fate: ImportRowFate,
  reason: z.string().default(''),
  /** The cells as read (after encoding conversion), keyed by column letter. */
  cells: z.record(z.string(), z.string()),
  delegate: DelegateFields.nullable(),
  /** Human-readable notes on what was repaired: "Tách cấp bậc", "Sửa số điện thoại", … */
  fixes: z.array(z.string()).default([]),
  existingId: z.string().nullable().default(null),
});
export type ImportRowPlan = z.infer<typeof ImportRowPlan>;

export const ImportColumn = z.object({
  letter: z.string(),
  header: z.string(),
  field: ImportField,
});
export type ImportColumn = z.infer<typeof ImportColumn>;

export const ImportPreview = z.object({
  fileName: z.string(),
  sheet: z.string(),
  sheets: z.array(z.string()),
  headerRow: z.number().int(),
  encoding: SourceEncoding,
  /** Vietnamese sentence on the encoding: "Phát hiện mã VNI (phông VNI-Times), đã chuyển sang Unicode". */
  encodingNote: z.string(),
  columns: z.array(ImportColumn),
  rows: z.array(ImportRowPlan),
  counts: z.object({ import: z.number(), section: z.number(), skip: z.number(), duplicate: z.number() }),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({
  imported: z.number().int(),
  skippedRows: z.array(z.object({ row: z.number().int(), reason: z.string() })),
  duplicates: z.array(z.object({ row: z.number().int(), fullName: z.string(), existingId: z.string() })),
  encoding: SourceEncoding,
  backupFile: z.string().nullable(),
});
export type ImportResult = z.infer<typeof ImportResult>;
