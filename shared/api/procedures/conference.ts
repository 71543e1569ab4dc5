/** conference.* procedures. */
import { z } from 'zod';
import { Conference, ConferenceFields } from '../../models/conference';
import { patchOf } from '../../models/patch';
import { ADMIN, ANY, Id, Items, def } from '../define';

export const ConferencePatch = patchOf(ConferenceFields);

export const conferenceProcedures = {
  'conference.create': def({
    input: ConferenceFields,
    output: z.object({ id: z.string() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Tạo hội nghị mới',
  }),
  'conference.createDemo': def({
    input: z.object({}).default({}),
    output: z.object({ id: z.string() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Tạo hội nghị mẫu (khoảng 180 đại biểu) để dùng thử',
  }),
  'conference.list': def({
    input: z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }),
    output: Items(Conference),
    roles: ANY,
    mutates: false,
    summary: 'Danh sách hội nghị',
  }),
  'conference.get': def({
    input: z.object({ id: Id }),
    output: Conference,
    roles: ANY,
    mutates: false,
    summary: 'Thông tin một hội nghị',
  }),
  'conference.update': def({
    input: z.object({ id: Id, patch: ConferencePatch.extend({ archived: z.boolean().optional() }) }),
    output: Conference,
    roles: ADMIN,
    mutates: true,
    summary: 'Sửa thông tin hội nghị, lưu trữ hoặc bỏ lưu trữ',
  }),
} as const;
