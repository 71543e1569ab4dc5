/** checkin.* and station.* procedures: the door, its desks, the board and the reports (issue 5). */
import { z } from 'zod';
import { Delegate } from '../../models/delegate';
import {
  AuditEntry,
  Checkin,
  CheckinBoard,
  CheckinStats,
  MarkInput,
  MarkResult,
  PersonAtDoor,
  Station,
  WALK_IN_SECTION,
} from '../../models/checkin';
import { ADMIN, ANY, ConferenceRef, FileOut, Id, Items, def } from '../define';

const PairingPin = z.object({
  pin: z.string().regex(/^\d{6}$/),
  expiresAt: z.string(),
  addresses: z.array(z.string()),
  /** Wrong PINs since the host started: how many, the latest (address, time); until when guessing is held for this PIN. */
  attempts: z.object({
    failed: z.number().int(),
    recent: z.array(z.object({ at: z.string(), address: z.string() })),
    heldUntil: z.string().nullable(),
  }),
});

export const checkinProcedures = {
  'checkin.mark': def({
    input: MarkInput,
    output: MarkResult,
    roles: ANY,
    mutates: true,
    summary: 'Điểm danh một đại biểu (theo mã đại biểu hoặc mã thẻ); lần hai trả "already"',
  }),
  'checkin.undo': def({
    input: ConferenceRef.extend({ delegateId: Id }),
    output: z.object({ undone: z.boolean(), delegate: Delegate }),
    roles: ANY,
    mutates: true,
    summary: 'Hủy điểm danh (bàn chỉ hủy được lượt của chính mình)',
  }),
  'checkin.stats': def({
    input: ConferenceRef,
    output: CheckinStats,
    roles: ANY,
    mutates: false,
    summary: 'Quân số: mời / có mặt / vắng, theo thành phần (tính từ kho dữ liệu)',
  }),
  'checkin.walkIn': def({
    input: ConferenceRef.extend({
      person: PersonAtDoor.extend({ category: z.string().trim().max(200).default(WALK_IN_SECTION) }),
      clientId: z.string().min(8).max(64).optional(),
    }),
    output: MarkResult,
    roles: ANY,
    mutates: true,
    summary:
      'Thêm và điểm danh một người đến dự chưa có trong danh sách, vào thành phần bàn chọn (mặc định "Đại biểu đến dự (chưa có trong danh sách)"), ở cuối thành phần đó',
  }),
  'checkin.substitute': def({
    input: ConferenceRef.extend({
      delegateId: Id,
      substitute: PersonAtDoor,
      clientId: z.string().min(8).max(64).optional(),
    }),
    output: MarkResult,
    roles: ANY,
    mutates: true,
    summary: 'Người dự thay: ghi người đến thay và điểm danh vào chỗ của đại biểu',
  }),
  'checkin.list': def({
    input: ConferenceRef,
    output: Items(Checkin),
    roles: ANY,
    mutates: false,
    summary: 'Các lượt điểm danh đang có hiệu lực, mới nhất trước',
  }),
  'checkin.board': def({
    input: ConferenceRef.extend({ maxPrecedence: z.number().int().min(1).max(1000).default(15) }),
    output: CheckinBoard,
    roles: ANY,
    mutates: false,
    summary: 'Bảng theo dõi: quân số, lượt đến mỗi 5 phút, lãnh đạo chưa đến',
  }),
  'checkin.fix': def({
    input: z.object({
      delegateId: Id,
      patch: z.object({
        fullName: z.string().trim().min(1).max(200).optional(),
        rank: z.string().max(50).optional(),
        position: z.string().max(300).optional(),
      }),
    }),
    output: Delegate,
    roles: ANY,
    mutates: true,
    summary: 'Sửa tên, cấp bậc, chức vụ ngay tại bàn (có ghi nhật ký)',
  }),
  'checkin.logPrint': def({
    input: ConferenceRef.extend({ delegateId: Id, what: z.enum(['badge', 'name_card']) }),
    output: z.object({ logged: z.boolean() }),
    roles: ANY,
    mutates: false,
    summary: 'Ghi nhật ký in thẻ / biển tên tại bàn (in không phải là điểm danh)',
  }),
  'checkin.audit': def({
    input: ConferenceRef.extend({ limit: z.number().int().min(1).max(5000).default(200) }),
    output: Items(AuditEntry),
    roles: ADMIN,
    mutates: false,
    summary: 'Nhật ký điểm danh: ai, ở bàn nào, lúc nào, mọi lần hủy',
  }),
  'checkin.reportAttendance': def({
    input: ConferenceRef.extend({ format: z.enum(['xlsx', 'docx']) }),
    output: FileOut,
    roles: ADMIN,
    mutates: false,
    summary: 'Báo cáo điểm danh theo thành phần (có mặt / vắng / dự thay / khách ngoài danh sách)',
  }),
  'checkin.reportHeadCount': def({
    input: ConferenceRef,
    output: FileOut,
    roles: ADMIN,
    mutates: false,
    summary: 'Báo cáo quân số một trang (DOCX) cho chủ trì',
  }),
  'checkin.reportPresentDignitaries': def({
    input: ConferenceRef.extend({ maxPrecedence: z.number().int().min(1).max(1000).default(30) }),
    output: FileOut,
    roles: ADMIN,
    mutates: false,
    summary: 'Danh sách đại biểu có mặt (thứ tự lễ tân, DOCX) cho người dẫn chương trình',
  }),
  'station.pairingPin': def({
    input: z.object({}).default({}),
    output: PairingPin,
    roles: ADMIN,
    mutates: false,
    summary: 'Mã PIN 6 số để ghép bàn điểm danh, và các lần nhập sai (máy nào, lúc nào)',
  }),
  'station.renewPin': def({
    input: z.object({}).default({}),
    output: PairingPin,
    roles: ADMIN,
    mutates: true,
    summary: 'Đổi mã PIN ngay (mã cũ hết hiệu lực, lượt thử sai tính lại từ đầu)',
  }),
  'station.pair': def({
    input: z.object({
      pin: z.string().trim().max(12),
      name: z.string().trim().min(1, 'Thiếu tên bàn').max(40),
      /** The conference the desk serves (from the desk's address): it sees nothing else. */
      conferenceId: Id,
    }),
    output: z.object({ token: z.string(), stationId: z.string(), name: z.string() }),
    // No token needed: the host calls it for an unpaired browser (rate-limited there).
    roles: ANY,
    mutates: true,
    summary: 'Ghép một bàn điểm danh bằng PIN cho một hội nghị (không cần mã truy cập)',
  }),
  'station.list': def({
    input: z.object({}).default({}),
    output: Items(Station),
    roles: ADMIN,
    mutates: false,
    summary: 'Các bàn điểm danh đã ghép',
  }),
  'station.revoke': def({
    input: z.object({ id: Id }),
    output: z.object({ revoked: z.boolean() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Thu hồi quyền của một bàn điểm danh',
  }),
} as const;
