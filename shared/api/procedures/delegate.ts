/** delegate.* procedures. */
import { z } from 'zod';
import { Delegate, DelegateFields } from '../../models/delegate';
import { ImportInput, ImportPreview, ImportResult } from '../../models/import';
import { patchOf } from '../../models/patch';
import { ADMIN, ANY, ConferenceRef, Id, Items, def } from '../define';

export const DelegatePatch = patchOf(DelegateFields);

export const delegateProcedures = {
  'delegate.list': def({
    input: ConferenceRef,
    output: Items(Delegate),
    roles: ANY,
    mutates: false,
    summary: 'Danh sách đại biểu theo thứ tự lễ tân',
  }),
  'delegate.search': def({
    input: ConferenceRef.extend({ query: z.string().max(200), limit: z.number().int().min(1).max(500).default(20) }),
    output: Items(Delegate),
    roles: ANY,
    mutates: false,
    summary: 'Tìm đại biểu (gõ không dấu được), khớp nhất trước',
  }),
  'delegate.create': def({
    input: ConferenceRef.extend({ delegate: DelegateFields, precedence: z.number().int().min(1).optional() }),
    output: Delegate,
    roles: ADMIN,
    mutates: true,
    summary: 'Thêm một đại biểu (cuối danh sách hoặc tại vị trí precedence)',
  }),
  'delegate.update': def({
    input: z.object({ id: Id, patch: DelegatePatch }),
    output: Delegate,
    roles: ADMIN,
    mutates: true,
    summary: 'Sửa một đại biểu',
  }),
  'delegate.bulkUpdate': def({
    input: z.object({
      ids: z.array(Id).min(1).max(20000),
      patch: DelegatePatch.pick({ category: true, salutation: true }),
    }),
    output: z.object({ updated: z.number().int() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Sửa hàng loạt (thành phần, danh xưng)',
  }),
  'delegate.delete': def({
    input: z.object({ ids: z.array(Id).min(1).max(20000) }),
    output: z.object({ deleted: z.number().int() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Xóa đại biểu',
  }),
  'delegate.reorder': def({
    input: ConferenceRef.extend({ orderedIds: z.array(Id).min(1) }),
    output: z.object({ updated: z.number().int() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Đặt lại thứ tự lễ tân theo danh sách mã (đủ mọi đại biểu)',
  }),
  'delegate.sortSection': def({
    input: ConferenceRef.extend({ category: z.string(), by: z.enum(['rank', 'name']) }),
    output: z.object({ updated: z.number().int() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Sắp xếp một thành phần theo cấp bậc hoặc theo tên',
  }),
  'delegate.undo': def({
    input: ConferenceRef,
    output: z.object({ undone: z.string().nullable() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Hoàn tác thay đổi gần nhất về đại biểu',
  }),
  'delegate.import': def({
    input: ImportInput,
    output: ImportResult,
    roles: ADMIN,
    mutates: true,
    summary: 'Nhập danh sách đại biểu từ .xlsx/.csv (tất cả hoặc không)',
  }),
  'delegate.importPreview': def({
    input: ImportInput,
    output: ImportPreview,
    roles: ADMIN,
    mutates: false,
    summary: 'Xem trước việc nhập: từng dòng sẽ ra sao; không ghi gì',
  }),
  'delegate.export': def({
    input: ConferenceRef,
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
    roles: ADMIN,
    mutates: false,
    summary: 'Xuất danh sách đại biểu ra .xlsx',
  }),
} as const;
