/**
 * The one table of procedures. IPC, HTTP, the renderer client and the README derive from it.
 * A procedure's name is `<area>.<verb>`; its input and output are zod schemas; `role` says who may
 * call it (the admin, or a check-in desk).
 */
import { z } from 'zod';
import { Conference, ConferenceFields } from '../models/conference';
import { Delegate, DelegateFields } from '../models/delegate';
import { ImportInput, ImportPreview, ImportResult } from '../models/import';
import { patchOf } from '../models/patch';

export type Role = 'admin' | 'desk';

export interface ProcedureDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  roles: readonly Role[];
  /** One Vietnamese line for the docs. */
  summary: string;
  /** Writes to the store: the transports push a change event afterwards. */
  mutates: boolean;
}

const def = <I extends z.ZodType, O extends z.ZodType>(d: ProcedureDef<I, O>) => d;
const Id = z.string().min(1, 'Thiếu mã');
const ConferenceRef = z.object({ conferenceId: Id });
const Items = <T extends z.ZodType>(t: T) => z.object({ items: z.array(t) });
const ADMIN = ['admin'] as const;
const ANY = ['admin', 'desk'] as const;

export const DelegatePatch = patchOf(DelegateFields);
export const ConferencePatch = patchOf(ConferenceFields);
export const DelegateListItem = Delegate;

export const contract = {
  'conference.create': def({
    input: ConferenceFields,
    output: z.object({ id: z.string() }),
    roles: ADMIN, mutates: true, summary: 'Tạo hội nghị mới',
  }),
  'conference.createDemo': def({
    input: z.object({}).default({}),
    output: z.object({ id: z.string() }),
    roles: ADMIN, mutates: true, summary: 'Tạo hội nghị mẫu (khoảng 180 đại biểu) để dùng thử',
  }),
  'conference.list': def({
    input: z.object({ includeArchived: z.boolean().default(true) }).default({ includeArchived: true }),
    output: Items(Conference),
    roles: ANY, mutates: false, summary: 'Danh sách hội nghị',
  }),
  'conference.get': def({
    input: z.object({ id: Id }),
    output: Conference,
    roles: ANY, mutates: false, summary: 'Thông tin một hội nghị',
  }),
  'conference.update': def({
    input: z.object({ id: Id, patch: ConferencePatch.extend({ archived: z.boolean().optional() }) }),
    output: Conference,
    roles: ADMIN, mutates: true, summary: 'Sửa thông tin hội nghị, lưu trữ hoặc bỏ lưu trữ',
  }),
  'delegate.list': def({
    input: ConferenceRef,
    output: Items(Delegate),
    roles: ANY, mutates: false, summary: 'Danh sách đại biểu theo thứ tự lễ tân',
  }),
  'delegate.search': def({
    input: ConferenceRef.extend({ query: z.string().max(200), limit: z.number().int().min(1).max(500).default(20) }),
    output: Items(Delegate),
    roles: ANY, mutates: false, summary: 'Tìm đại biểu (gõ không dấu được), khớp nhất trước',
  }),
  'delegate.create': def({
    input: ConferenceRef.extend({ delegate: DelegateFields, precedence: z.number().int().min(1).optional() }),
    output: Delegate,
    roles: ADMIN, mutates: true, summary: 'Thêm một đại biểu (cuối danh sách hoặc tại vị trí precedence)',
  }),
  'delegate.update': def({
    input: z.object({ id: Id, patch: DelegatePatch }),
    output: Delegate,
    roles: ADMIN, mutates: true, summary: 'Sửa một đại biểu',
  }),
  'delegate.bulkUpdate': def({
    input: z.object({ ids: z.array(Id).min(1).max(20000), patch: DelegatePatch.pick({ category: true, salutation: true }) }),
    output: z.object({ updated: z.number().int() }),
    roles: ADMIN, mutates: true, summary: 'Sửa hàng loạt (thành phần, danh xưng)',
  }),
  'delegate.delete': def({
    input: z.object({ ids: z.array(Id).min(1).max(20000) }),
    output: z.object({ deleted: z.number().int() }),
    roles: ADMIN, mutates: true, summary: 'Xóa đại biểu',
  }),
  'delegate.reorder': def({
    input: ConferenceRef.extend({ orderedIds: z.array(Id).min(1) }),
    output: z.object({ updated: z.number().int() }),
    roles: ADMIN, mutates: true, summary: 'Đặt lại thứ tự lễ tân theo danh sách mã (đủ mọi đại biểu)',
  }),
  'delegate.sortSection': def({
    input: ConferenceRef.extend({ category: z.string(), by: z.enum(['rank', 'name']) }),
    output: z.object({ updated: z.number().int() }),
    roles: ADMIN, mutates: true, summary: 'Sắp xếp một thành phần theo cấp bậc hoặc theo tên',
  }),
  'delegate.undo': def({
    input: ConferenceRef,
    output: z.object({ undone: z.string().nullable() }),
    roles: ADMIN, mutates: true, summary: 'Hoàn tác thay đổi gần nhất về đại biểu',
  }),
  'delegate.import': def({
    input: ImportInput,
    output: ImportResult,
    roles: ADMIN, mutates: true, summary: 'Nhập danh sách đại biểu từ .xlsx/.csv (tất cả hoặc không)',
  }),
  'delegate.importPreview': def({
    input: ImportInput,
    output: ImportPreview,
    roles: ADMIN, mutates: false, summary: 'Xem trước việc nhập: từng dòng sẽ ra sao; không ghi gì',
  }),
  'delegate.export': def({
    input: ConferenceRef,
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
    roles: ADMIN, mutates: false, summary: 'Xuất danh sách đại biểu ra .xlsx',
  }),
  'system.info': def({
    input: z.object({}).default({}),
    output: z.object({ version: z.string(), schemaVersion: z.number().int(), dataDir: z.string(), role: z.enum(['admin', 'desk']) }),
    roles: ANY, mutates: false, summary: 'Phiên bản, thư mục dữ liệu, vai trò của người gọi',
  }),
} as const;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type InputOf<P extends ProcedureName> = z.input<Contract[P]['input']>;
export type ParsedInputOf<P extends ProcedureName> = z.output<Contract[P]['input']>;
export type OutputOf<P extends ProcedureName> = z.output<Contract[P]['output']>;

export const isProcedureName = (name: string): name is ProcedureName =>
  Object.prototype.hasOwnProperty.call(contract, name);

/** Pushed to every window and desk after a mutation. */
export interface ChangeEvent {
  type: 'changed';
  procedure: ProcedureName;
  conferenceId: string | null;
  at: string;
}
