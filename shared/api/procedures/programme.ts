/** Programme (agenda.*), speech assignments (speech.*), awards (award.*), the MC's script (script.*) and their documents (document.*). */
import { z } from 'zod';
import {
  AgendaFields, AgendaItem, AgendaList, AwardOverview, ClockTime, DecisionFields, RecipientFields, ScriptBlock, Speech, SpeechFields,
} from '../../models/programme';
import { patchOf } from '../../models/patch';
import { ADMIN, ConferenceRef, FileOut, Id, Items, def } from '../define';

const Deleted = z.object({ deleted: z.number().int() });
const Created = z.object({ id: z.string() });
const Script = z.object({
  blocks: z.array(ScriptBlock),
  /** Every section of the delegate list (for the choice of who is named one by one). */
  categories: z.array(z.string()),
  namedCategories: z.array(z.string()),
  /** True when check-in data was used; false = every invited delegate not declining counts. */
  hasCheckins: z.boolean(),
  introduced: z.number().int(),
});
const ImportFile = z.object({
  decisionId: Id, fileName: z.string().trim().min(1).max(300),
  contentBase64: z.string().min(1, 'Tệp rỗng').max(14_000_000, 'Tệp quá lớn (tối đa 10 MB)'),
});
const ImportRow = RecipientFields.extend({ row: z.number().int(), delegateLabel: z.string(), duplicate: z.boolean() });
const ImportPreview = z.object({
  fileName: z.string(), sheet: z.string(), headerRow: z.number().int(),
  columns: z.array(z.object({ letter: z.string(), header: z.string(), field: z.string() })),
  items: z.array(ImportRow), collectives: z.number().int(), individuals: z.number().int(), linked: z.number().int(), duplicates: z.number().int(),
  /** Collectives whose representative is not in the delegate list. */
  unlinked: z.array(z.string()).default([]),
});
const SavedScript = z.object({ blocks: z.array(ScriptBlock).nullable(), namedCategories: z.array(z.string()), savedAt: z.string().nullable() });
const ScriptOptions = ConferenceRef.extend({ namedCategories: z.array(z.string().max(200)).max(50).optional() });

export const programmeProcedures = {
  'agenda.list': def({
    input: ConferenceRef, output: AgendaList,
    roles: ADMIN, mutates: false, summary: 'Chương trình hội nghị: các mục theo thứ tự, giờ bắt đầu tính từ giờ khai mạc, vượt giờ, chậm so với kế hoạch',
  }),
  'agenda.create': def({
    input: ConferenceRef.extend(AgendaFields.shape).extend({ position: z.number().int().min(1).optional() }), output: AgendaItem,
    roles: ADMIN, mutates: true, summary: 'Thêm một mục vào chương trình (cuối hoặc tại vị trí position)',
  }),
  'agenda.update': def({
    input: z.object({ id: Id, patch: patchOf(AgendaFields) }), output: AgendaItem,
    roles: ADMIN, mutates: true, summary: 'Sửa một mục chương trình',
  }),
  'agenda.reorder': def({
    input: ConferenceRef.extend({ orderedIds: z.array(Id).min(1) }), output: AgendaList,
    roles: ADMIN, mutates: true, summary: 'Đặt lại thứ tự chương trình (đủ mọi mục, mỗi mục một lần)',
  }),
  'agenda.delete': def({
    input: z.object({ ids: z.array(Id).min(1).max(500) }), output: Deleted,
    roles: ADMIN, mutates: true, summary: 'Xóa mục chương trình',
  }),
  'agenda.mark': def({
    input: z.object({ id: Id, event: z.enum(['start', 'finish', 'clear']), at: ClockTime.optional() }), output: AgendaList,
    roles: ADMIN, mutates: true, summary: 'Trong ngày hội nghị: đánh dấu mục bắt đầu/kết thúc (giờ HH:MM, mặc định bây giờ)',
  }),
  'agenda.fromSpeeches': def({
    input: ConferenceRef, output: AgendaList,
    roles: ADMIN, mutates: true, summary: 'Đưa các tham luận được trình bày vào chương trình theo thứ tự trình bày',
  }),
  'speech.list': def({
    input: ConferenceRef, output: Items(Speech),
    roles: ADMIN, mutates: false, summary: 'Phân công tham luận (quá hạn được đánh dấu)',
  }),
  'speech.create': def({
    input: ConferenceRef.extend(SpeechFields.shape), output: Speech,
    roles: ADMIN, mutates: true, summary: 'Thêm một đơn vị được phân công tham luận',
  }),
  'speech.update': def({
    input: z.object({ id: Id, patch: patchOf(SpeechFields) }), output: Speech,
    roles: ADMIN, mutates: true, summary: 'Sửa phân công tham luận (trạng thái nộp, trình bày, thứ tự…)',
  }),
  'speech.delete': def({
    input: z.object({ id: Id }), output: Deleted,
    roles: ADMIN, mutates: true, summary: 'Xóa một phân công tham luận',
  }),
  'award.list': def({
    input: ConferenceRef, output: AwardOverview,
    roles: ADMIN, mutates: false, summary: 'Các quyết định khen thưởng, danh sách được khen, số lượng so với kế hoạch, các đợt trao',
  }),
  'award.decision.create': def({
    input: ConferenceRef.extend(DecisionFields.shape), output: Created,
    roles: ADMIN, mutates: true, summary: 'Thêm một quyết định khen thưởng (số, ngày, cấp khen, hình thức)',
  }),
  'award.decision.update': def({
    input: z.object({ id: Id, patch: patchOf(DecisionFields) }), output: Created,
    roles: ADMIN, mutates: true, summary: 'Sửa quyết định khen thưởng',
  }),
  'award.decision.delete': def({
    input: z.object({ id: Id }), output: Deleted,
    roles: ADMIN, mutates: true, summary: 'Xóa quyết định khen thưởng cùng danh sách được khen',
  }),
  'award.recipient.create': def({
    input: z.object({ decisionId: Id }).extend(RecipientFields.shape), output: Created,
    roles: ADMIN, mutates: true, summary: 'Thêm một tập thể/cá nhân được khen thưởng',
  }),
  'award.recipient.createMany': def({
    input: z.object({ decisionId: Id, items: z.array(RecipientFields).min(1).max(2000) }), output: z.object({ ids: z.array(z.string()) }),
    roles: ADMIN, mutates: true, summary: 'Thêm nhiều tập thể/cá nhân được khen thưởng một lần (dán từ Excel)',
  }),
  'award.recipient.importPreview': def({
    input: ConferenceRef.extend(ImportFile.shape), output: ImportPreview,
    roles: ADMIN, mutates: false, summary: 'Xem trước danh sách khen thưởng từ tệp .xlsx/.csv (mục "I. TẬP THỂ" / "II. CÁ NHÂN"), chưa ghi',
  }),
  'award.recipient.import': def({
    input: ConferenceRef.extend(ImportFile.shape),
    output: z.object({ added: z.number().int(), collectives: z.number().int(), individuals: z.number().int(), linked: z.number().int(), skipped: z.number().int() }),
    roles: ADMIN, mutates: true, summary: 'Nhập danh sách khen thưởng từ tệp .xlsx/.csv vào quyết định (sao lưu trước, một giao dịch; bỏ qua người đã có)',
  }),
  'award.recipient.update': def({
    input: z.object({ id: Id, patch: patchOf(RecipientFields) }), output: Created,
    roles: ADMIN, mutates: true, summary: 'Sửa tập thể/cá nhân được khen (liên kết đại biểu, vắng thì làm gì…)',
  }),
  'award.recipient.delete': def({
    input: z.object({ id: Id }), output: Deleted,
    roles: ADMIN, mutates: true, summary: 'Xóa một tập thể/cá nhân khỏi danh sách khen thưởng',
  }),
  'award.batches.plan': def({
    input: ConferenceRef.extend({ maxPerBatch: z.number().int().min(1).max(50) }), output: AwardOverview,
    roles: ADMIN, mutates: true, summary: 'Chia các đợt lên sân khấu nhận thưởng, mỗi đợt tối đa maxPerBatch người',
  }),
  'award.batch.update': def({
    input: ConferenceRef.extend({ no: z.number().int().min(1), presenterDelegateId: z.string().nullable().default(null), presenterText: z.string().trim().max(300).default('') }),
    output: AwardOverview,
    roles: ADMIN, mutates: true, summary: 'Chọn lãnh đạo trao thưởng cho một đợt',
  }),
  'speech.attach': def({
    input: z.object({ speechId: Id, fileName: z.string().trim().min(1).max(300), contentBase64: z.string().min(1, 'Tệp rỗng').max(28_000_000, 'Tệp quá lớn (tối đa 20 MB)') }),
    output: z.object({ fileName: z.string(), size: z.number().int() }),
    roles: ADMIN, mutates: true, summary: 'Đính kèm tệp tham luận (tối đa 20 MB) vào thư mục của hội nghị; trạng thái thành "Đã nộp file"',
  }),
  'speech.attachment': def({
    input: z.object({ speechId: Id }), output: FileOut,
    roles: ADMIN, mutates: false, summary: 'Tải tệp tham luận đã đính kèm',
  }),
  'script.saved': def({
    input: ConferenceRef, output: SavedScript,
    roles: ADMIN, mutates: false, summary: 'Kịch bản điều hành đã sửa và lưu (null = chưa sửa)',
  }),
  'script.save': def({
    input: ConferenceRef.extend({ blocks: z.array(ScriptBlock).max(200).nullable(), namedCategories: z.array(z.string().max(200)).max(50).optional() }),
    output: z.object({ savedAt: z.string().nullable() }),
    roles: ADMIN, mutates: true, summary: 'Lưu kịch bản điều hành đã sửa (null = bỏ bản sửa, dùng bản soạn tự động)',
  }),
  'script.current': def({
    input: ConferenceRef, output: z.object({ blocks: z.array(ScriptBlock), edited: z.boolean(), savedAt: z.string().nullable() }),
    roles: ADMIN, mutates: false, summary: 'Kịch bản để in: bản đã lưu, nếu chưa có thì soạn tự động (cùng nội dung với tệp .docx)',
  }),
  'script.generate': def({
    input: ScriptOptions, output: Script,
    roles: ADMIN, mutates: false, summary: 'Soạn kịch bản điều hành từ chương trình, đại biểu có mặt và các đợt trao thưởng',
  }),
  'document.programme': def({
    input: ConferenceRef, output: FileOut,
    roles: ADMIN, mutates: false, summary: 'Chương trình hội nghị (.docx, thể thức Nghị định 30)',
  }),
  'document.speechAssignments': def({
    input: ConferenceRef.extend({ planRef: z.string().trim().max(300).optional() }), output: FileOut,
    roles: ADMIN, mutates: false, summary: 'Phụ lục phân công chuẩn bị nội dung tham luận (.docx, trang ngang)',
  }),
  'document.awardList': def({
    input: ConferenceRef.extend({ decisionId: Id.optional() }), output: FileOut,
    roles: ADMIN, mutates: false, summary: 'Danh sách khen thưởng theo từng quyết định (.docx)',
  }),
  'document.awardLineup': def({
    input: ConferenceRef, output: FileOut,
    roles: ADMIN, mutates: false, summary: 'Thứ tự lên nhận thưởng theo từng đợt, cho người điều hành sân khấu (.docx)',
  }),
  'document.mcScript': def({
    input: ScriptOptions.extend({ blocks: z.array(ScriptBlock).max(200).optional() }), output: FileOut,
    roles: ADMIN, mutates: false, summary: 'Kịch bản điều hành của người dẫn chương trình (.docx); blocks = bản đã sửa',
  }),
} as const;
