/** system.* procedures. */
import { z } from 'zod';
import { ANY, def } from '../define';

export const systemProcedures = {
  'system.info': def({
    input: z.object({}).default({}),
    output: z.object({
      version: z.string(),
      schemaVersion: z.number().int(),
      dataDir: z.string(),
      role: z.enum(['admin', 'desk']),
    }),
    roles: ANY,
    mutates: false,
    summary: 'Phiên bản, thư mục dữ liệu, vai trò của người gọi',
  }),
} as const;
