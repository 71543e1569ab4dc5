/** Awards (award.*): decisions, recipients (typed, pasted or imported), stage batches. Part of the programme area. */
import { z } from 'zod';
import { AwardOverview, DecisionFields, RecipientFields } from '../../../models/programme';
import { patchOf } from '../../../models/patch';
import { ADMIN, ConferenceRef, Created, Deleted, Id, def } from '../../define';

const ImportFile = z.object({
  decisionId: Id,
  fileName: z.string().trim().min(1).max(300),
  contentBase64: z.string().min(1, 'Tệp rỗng').max(14_000_000, 'Tệp quá lớn (tối đa 10 MB)'),
});
const ImportRow = RecipientFields.extend({ row: z.number().int(), delegateLabel: z.string(), duplicate: z.boolean() });
const ImportPreview = z.object({
  fileName: z.string(),
  sheet: z.string(),
  headerRow: z.number().int(),
  columns: z.array(z.object({ letter: z.string(), header: z.string(), field: z.string() })),
  items: z.array(ImportRow),
  collectives: z.number().int(),
  individuals: z.number().int(),
  linked: z.number().int(),
  duplicates: z.number().int(),
  /** Collectives whose representative is not in the delegate list. */
  unlinked: z.array(z.string()).default([]),
});

export const awardProcedures = {
  'award.list': def({
    input: ConferenceRef,
    output: AwardOverview,
    roles: ADMIN,
    mutates: false,
    summary: 'Các quyết định khen thưởng, danh sách được khen, số lượng so với kế hoạch, các đợt trao',
  }),
  'award.decision.create': def({
    input: ConferenceRef.extend(DecisionFields.shape),
    output: Created,
    roles: ADMIN,
    mutates: true,
    summary: 'Thêm một quyết định khen thưởng (số, ngày, cấp khen, hình thức)',
  }),
  'award.decision.update': def({
    input: z.object({ id: Id, patch: patchOf(DecisionFields) }),
    output: Created,
    roles: ADMIN,
    mutates: true,
    summary: 'Sửa quyết định khen thưởng',
  }),
  'award.decision.delete': def({
    input: z.object({ id: Id }),
    output: Deleted,
    roles: ADMIN,
    mutates: true,
    summary: 'Xóa quyết định khen thưởng cùng danh sách được khen',
  }),
  'award.recipient.create': def({
    input: z.object({ decisionId: Id }).extend(RecipientFields.shape),
    output: Created,
    roles: ADMIN,
    mutates: true,
    summary: 'Thêm một tập thể/cá nhân được khen thưởng',
  }),
  'award.recipient.createMany': def({
    input: z.object({ decisionId: Id, items: z.array(RecipientFields).min(1).max(2000) }),
    output: z.object({ ids: z.array(z.string()) }),
    roles: ADMIN,
    mutates: true,
    summary: 'Thêm nhiều tập thể/cá nhân được khen thưởng một lần (dán từ Excel)',
  }),
  'award.recipient.importPreview': def({
    input: ConferenceRef.extend(ImportFile.shape),
    output: ImportPreview,
    roles: ADMIN,
    mutates: false,
    summary: 'Xem trước danh sách khen thưởng từ tệp .xlsx/.csv (mục "I. TẬP THỂ" / "II. CÁ NHÂN"), chưa ghi',
  }),
  'award.recipient.import': def({
    input: ConferenceRef.extend(ImportFile.shape),
    output: z.object({
      added: z.number().int(),
      collectives: z.number().int(),
      individuals: z.number().int(),
      linked: z.number().int(),
      skipped: z.number().int(),
    }),
    roles: ADMIN,
    mutates: true,
    summary:
      'Nhập danh sách khen thưởng từ tệp .xlsx/.csv vào quyết định (sao lưu trước, một giao dịch; bỏ qua người đã có)',
  }),
  'award.recipient.update': def({
    input: z.object({ id: Id, patch: patchOf(RecipientFields) }),
    output: Created,
    roles: ADMIN,
    mutates: true,
    summary: 'Sửa tập thể/cá nhân được khen (liên kết đại biểu, vắng thì làm gì…)',
  }),
  'award.recipient.delete': def({
    input: z.object({ id: Id }),
    output: Deleted,
    roles: ADMIN,
    mutates: true,
    summary: 'Xóa một tập thể/cá nhân khỏi danh sách khen thưởng',
  }),
  'award.batches.plan': def({
    input: ConferenceRef.extend({ maxPerBatch: z.number().int().min(1).max(50) }),
    output: AwardOverview,
    roles: ADMIN,
    mutates: true,
    summary: 'Chia các đợt lên sân khấu nhận thưởng, mỗi đợt tối đa maxPerBatch người',
  }),
  'award.batch.update': def({
    input: ConferenceRef.extend({
      no: z.number().int().min(1),
      presenterDelegateId: z.string().nullable().default(null),
      presenterText: z.string().trim().max(300).default(''),
    }),
    output: AwardOverview,
    roles: ADMIN,
    mutates: true,
    summary: 'Chọn lãnh đạo trao thưởng cho một đợt',
  }),
} as const;
