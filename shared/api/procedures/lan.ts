/** lan.* procedures: the switch that opens the hall's network to the check-in desks. */
import { z } from 'zod';
import { ADMIN, def } from '../define';

/** `urls` are only those that answer now: empty while the LAN listener is off. */
export const LanStatus = z.object({
  running: z.boolean(),
  /** The LAN listener's port (null while off). */
  port: z.number().int().nullable(),
  /** The machine's IPv4 addresses on its networks (not loopback). */
  addresses: z.array(z.string()),
  urls: z.array(z.string()),
});

export const lanProcedures = {
  'lan.status': def({
    input: z.object({}).default({}),
    output: LanStatus,
    roles: ADMIN,
    mutates: false,
    summary: 'Trạng thái mạng LAN cho bàn điểm danh: đang mở không, cổng, địa chỉ',
  }),
  'lan.start': def({
    input: z.object({ port: z.number().int().min(0).max(65535).optional() }).default({}),
    output: LanStatus,
    // Audited (who opened the hall's network); starting twice is harmless.
    roles: ADMIN,
    mutates: true,
    summary: 'Mở mạng LAN cho bàn điểm danh (cổng 8787 hoặc cổng trống kế tiếp); lựa chọn được ghi nhớ',
  }),
  'lan.stop': def({
    input: z.object({}).default({}),
    output: LanStatus,
    roles: ADMIN,
    mutates: true,
    summary: 'Đóng mạng LAN: các bàn điểm danh mất kết nối; lựa chọn được ghi nhớ',
  }),
} as const;
