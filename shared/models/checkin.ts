/** Check-in at the door: what the desks, the board and the reports exchange. */
import { z } from 'zod';
import { Delegate } from './delegate';

export const CheckinKind = z.enum(['invited', 'walk_in', 'substitute']);

/** One active check-in. `checkedInAt` is ISO; `station` is the desk's name or "admin". */
export const Checkin = z.object({
  delegateId: z.string(),
  checkedInAt: z.string(),
  station: z.string(),
  kind: CheckinKind,
});
export type Checkin = z.infer<typeof Checkin>;

/** A person at the door who was not invited or who comes instead of an invited delegate. */
/**
 * The section a walk-in joins when the desk picks none (#15): neutral words, never "khách không mời";
 * the MC script does not greet it as a group (shared/programme/mc-script.ts).
 */
export const WALK_IN_SECTION = 'Đại biểu đến dự (chưa có trong danh sách)';

export const PersonAtDoor = z.object({
  fullName: z.string().trim().min(1, 'Thiếu họ và tên').max(200),
  rank: z.string().max(50).default(''),
  position: z.string().max(300).default(''),
  unit: z.string().max(300).default(''),
});

export const MarkInput = z
  .object({
    conferenceId: z.string().min(1),
    delegateId: z.string().min(1).optional(),
    /** The badge's code as the scanner types it (12 hex digits). */
    code: z.string().trim().max(64).optional(),
    /** The desk's id for this scan (uuid): replays of a queued offline scan are idempotent. */
    clientId: z.string().min(8).max(64).optional(),
    /** When the desk saw the person (ISO): a queued offline scan keeps its real time. */
    clientAt: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((v) => !!v.delegateId !== !!v.code, {
    message: 'Cần đúng một trong hai: mã đại biểu (delegateId) hoặc mã thẻ (code)',
  });

export const MarkResult = z.object({
  status: z.enum(['checked_in', 'already']),
  checkedInAt: z.string(),
  station: z.string(),
  delegate: Delegate,
  kind: CheckinKind,
  /** A replayed offline scan that met an earlier check-in from another desk (reported, not counted). */
  conflict: z.boolean().default(false),
  /** The delegate's seat when the conference has a seating plan ("Khu A, hàng 3, ghế 5" / "A-35"). */
  seat: z.object({ label: z.string(), short: z.string() }).optional(),
});
export type MarkResult = z.infer<typeof MarkResult>;

export const SectionCount = z.object({
  category: z.string(),
  invited: z.number().int(),
  present: z.number().int(),
  /** Staff, press, organisers (by badge type): listed apart, not in the head count, never "absent". */
  staff: z.boolean().default(false),
});

export const CheckinStats = z.object({
  invited: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
  /** Of the present: delegates who sent someone instead, and uninvited guests added at the door. */
  substitutes: z.number().int(),
  walkIns: z.number().int(),
  /** Staff, press and organisers present (not counted as invited, present or absent). */
  staffPresent: z.number().int().default(0),
  staffTotal: z.number().int().default(0),
  bySection: z.array(SectionCount),
});
export type CheckinStats = z.infer<typeof CheckinStats>;

export const CheckinBoard = z.object({
  stats: CheckinStats,
  /** Arrivals per 5 minutes, oldest first; `at` is the slot's start (ISO). */
  arrivals: z.array(z.object({ at: z.string(), count: z.number().int() })),
  /** Invited delegates with precedence ≤ maxPrecedence not yet present, in protocol order. */
  absentDignitaries: z.array(Delegate),
});

export const Station = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revoked: z.boolean(),
});
export type Station = z.infer<typeof Station>;

export const AuditEntry = z.object({
  id: z.number().int(),
  delegateId: z.string().nullable(),
  action: z.string(),
  station: z.string(),
  at: z.string(),
  clientAt: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
