/** hall.* and seating.* procedures (issue 4: seating by protocol). */
import { z } from 'zod';
import { patchOf } from '../../models/patch';
import { Hall, HallFields, HallPatch } from '../../models/hall';
import { SeatingList, SeatingRules } from '../../models/seating';
import { ADMIN, ANY, ConferenceRef, Id, Items, def } from '../define';

const Done = z.object({ updated: z.number().int() });

export const seatingProcedures = {
  'hall.create': def({
    input: HallFields,
    output: z.object({ id: z.string() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Tạo hội trường (đoàn chủ tịch, các khu ghế), dùng lại cho mọi hội nghị',
  }),
  'hall.createDemo': def({
    input: z.object({}),
    output: z.object({ id: z.string() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Tạo hội trường mẫu "Hội trường Bộ CHQS tỉnh"',
  }),
  'hall.get': def({
    input: z.object({ id: Id }),
    output: Hall,
    roles: ANY,
    mutates: false,
    summary: 'Xem một hội trường',
  }),
  'hall.list': def({
    input: z.object({}),
    output: Items(Hall),
    roles: ANY,
    mutates: false,
    summary: 'Danh sách hội trường',
  }),
  'hall.update': def({
    input: z.object({ id: Id, patch: HallPatch }),
    output: Hall,
    roles: ADMIN,
    mutates: true,
    summary: 'Sửa hội trường (từ chối bỏ hoặc tắt ghế đang có người ngồi ở hội nghị nào đó)',
  }),
  'seating.setPlan': def({
    // A rules patch: what the caller leaves out keeps its saved value (no defaults filled in here).
    // confirmClear: another hall clears the seats given; refused (CONFLICT, details.seated) unless confirmed.
    input: ConferenceRef.extend({
      hallId: Id,
      rules: patchOf(SeatingRules).optional(),
      confirmClear: z.boolean().optional(),
    }),
    output: Done,
    roles: ADMIN,
    mutates: true,
    summary: 'Chọn hội trường và quy tắc xếp chỗ (đổi hội trường khi đã xếp chỗ: cần confirmClear, sao lưu trước)',
  }),
  'seating.autoAssign': def({
    // A rules patch: what the caller leaves out keeps its saved value (no defaults filled in here).
    input: ConferenceRef.extend({ hallId: Id, rules: patchOf(SeatingRules).optional() }),
    output: z.object({ assigned: z.number().int(), unassigned: z.number().int() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Tự xếp chỗ theo nghi thức (giữ ghế đã khóa)',
  }),
  'seating.list': def({
    input: ConferenceRef,
    output: SeatingList,
    roles: ANY,
    mutates: false,
    summary: 'Chỗ ngồi của từng đại biểu',
  }),
  'seating.move': def({
    input: ConferenceRef.extend({ delegateId: Id, seatId: z.string().min(1).nullable() }),
    output: z.object({ swappedWith: z.string().nullable() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Đặt đại biểu vào ghế (đổi chỗ nếu ghế đã có người) hoặc bỏ xếp (null)',
  }),
  'seating.lock': def({
    input: ConferenceRef.extend({ delegateIds: z.array(Id).min(1).max(5000), locked: z.boolean().default(true) }),
    output: Done,
    roles: ADMIN,
    mutates: true,
    summary: 'Khóa/mở khóa ghế: tự xếp không thay đổi ghế đã khóa',
  }),
  'seating.clear': def({
    input: ConferenceRef.extend({ block: z.string().optional(), keepLocked: z.boolean().default(true) }),
    output: Done,
    roles: ADMIN,
    mutates: true,
    summary: 'Xóa chỗ đã xếp (cả hội trường hoặc một khu)',
  }),
  'seating.undo': def({
    input: ConferenceRef,
    output: z.object({ undone: z.string().nullable() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Hoàn tác thay đổi chỗ ngồi gần nhất',
  }),
} as const;
