/**
 * safety.* procedures: backups and restore (backup.*), one conference as one `.thuky` file
 * (conference.export / conference.importPreview / conference.importFile), the audit trail (audit.list).
 */
import { z } from 'zod';
import { ADMIN, ConferenceRef, FileOut, Id, def } from '../define';

export const BackupInfo = z.object({
  /** The file name in the backup folder; pass it to backup.restore. */
  id: z.string(),
  createdAt: z.string(),
  /** at-start, on-quit, before-import, before-restore, checkin, manual, before-migration… */
  reason: z.string(),
  sizeBytes: z.number(),
  conferences: z.number().nullable(),
  delegates: z.number().nullable(),
  checkins: z.number().nullable(),
  readable: z.boolean(),
});

export const StoreHealth = z.object({
  ok: z.boolean(),
  readOnly: z.boolean(),
  message: z.string(),
  /** When not ok: the backup the message points to (an id of backup.list), or null. */
  lastGoodBackup: z.string().nullable(),
});

const ThukyFileIn = z.object({
  fileName: z.string().min(1).max(300),
  contentBase64: z.string().min(1, 'Tệp rỗng'),
});

export const ImportPreview = z.object({
  conference: z.object({ id: z.string(), title: z.string() }),
  exportedAt: z.string(),
  appVersion: z.string(),
  formatVersion: z.number(),
  exists: z.boolean(),
  existingTitle: z.string().nullable(),
  tables: z.array(z.object({ name: z.string(), inFile: z.number(), here: z.number() })),
  delegates: z.object({
    added: z.number(),
    removed: z.number(),
    changed: z.number(),
    unchanged: z.number(),
    examples: z.array(
      z.object({ kind: z.enum(['added', 'removed', 'changed']), fullName: z.string(), fields: z.array(z.string()) }),
    ),
  }),
  /** What "replace" would lose here, in words (the first 30 lines; total counts them all). */
  losses: z.object({ total: z.number(), items: z.array(z.string()) }),
});

export const AuditItem = z.object({
  id: z.string(),
  at: z.string(),
  role: z.string(),
  actor: z.string(),
  procedure: z.string(),
  conferenceId: z.string().nullable(),
  entityIds: z.array(z.string()),
  before: z.unknown(),
  after: z.unknown(),
});

export const safetyProcedures = {
  'backup.create': def({
    input: z.object({}).default({}),
    output: z.object({ id: z.string(), createdAt: z.string() }),
    roles: ADMIN,
    mutates: false,
    summary: 'Sao lưu ngay toàn bộ dữ liệu (bản sao trực tuyến của SQLite)',
  }),
  'backup.list': def({
    input: z.object({}).default({}),
    output: z.object({
      folder: z.string(),
      keepLast: z.number(),
      keepDailyDays: z.number(),
      health: StoreHealth,
      items: z.array(BackupInfo),
    }),
    roles: ADMIN,
    mutates: false,
    summary: 'Các bản sao lưu (mới nhất trước): thời gian, dung lượng, số hội nghị / đại biểu / lượt điểm danh',
  }),
  'backup.restore': def({
    input: z.object({ id: z.string().min(1) }),
    output: z.object({ restoredFrom: z.string(), safetyBackup: z.string().nullable() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Khôi phục một bản sao lưu (sao lưu hiện trạng trước, kiểm tra toàn vẹn, thay tệp một lần)',
  }),
  'backup.setFolder': def({
    input: z.object({ folder: z.string().max(1000) }),
    output: z.object({ folder: z.string() }),
    roles: ADMIN,
    mutates: false,
    summary: 'Đổi thư mục chứa bản sao lưu ("" = thư mục mặc định)',
  }),
  'conference.export': def({
    input: ConferenceRef,
    output: FileOut,
    roles: ADMIN,
    mutates: false,
    summary: 'Xuất trọn một hội nghị ra một tệp .thuky (để chép sang máy khác)',
  }),
  'conference.importPreview': def({
    input: ThukyFileIn,
    output: ImportPreview,
    roles: ADMIN,
    mutates: false,
    summary: 'Xem trước tệp .thuky: hội nghị nào, đã có trên máy chưa, những gì sẽ thay đổi',
  }),
  'conference.importFile': def({
    input: ThukyFileIn.extend({ mode: z.enum(['new', 'replace']).default('new') }),
    output: z.object({
      conferenceId: z.string(),
      mode: z.enum(['new', 'replace']),
      title: z.string(),
      counts: z.record(z.string(), z.number()),
      backupFile: z.string(),
    }),
    roles: ADMIN,
    mutates: true,
    summary: 'Nhập tệp .thuky: thành hội nghị mới, hoặc thay hội nghị cùng mã trên máy này',
  }),
  'audit.list': def({
    input: ConferenceRef.extend({ delegateId: Id.optional(), limit: z.number().int().min(1).max(5000).default(500) }),
    output: z.object({ items: z.array(AuditItem) }),
    roles: ADMIN,
    mutates: false,
    summary: 'Nhật ký thay đổi của một hội nghị (hoặc một đại biểu), mới nhất trước',
  }),
} as const;
