/** The conference programme's items (agenda.*): order, times, marks on the day. Part of the programme area. */
import { z } from 'zod';
import { AgendaFields, AgendaItem, AgendaList, ClockTime } from '../../../models/programme';
import { patchOf } from '../../../models/patch';
import { ADMIN, ConferenceRef, Deleted, Id, def } from '../../define';

export const agendaProcedures = {
  'agenda.list': def({
    input: ConferenceRef,
    output: AgendaList,
    roles: ADMIN,
    mutates: false,
    summary:
      'Chương trình hội nghị: các mục theo thứ tự, giờ bắt đầu tính từ giờ khai mạc, vượt giờ, chậm so với kế hoạch',
  }),
  'agenda.create': def({
    input: ConferenceRef.extend(AgendaFields.shape).extend({ position: z.number().int().min(1).optional() }),
    output: AgendaItem,
    roles: ADMIN,
    mutates: true,
    summary: 'Thêm một mục vào chương trình (cuối hoặc tại vị trí position)',
  }),
  'agenda.update': def({
    input: z.object({ id: Id, patch: patchOf(AgendaFields) }),
    output: AgendaItem,
    roles: ADMIN,
    mutates: true,
    summary: 'Sửa một mục chương trình',
  }),
  'agenda.reorder': def({
    input: ConferenceRef.extend({ orderedIds: z.array(Id).min(1) }),
    output: AgendaList,
    roles: ADMIN,
    mutates: true,
    summary: 'Đặt lại thứ tự chương trình (đủ mọi mục, mỗi mục một lần)',
  }),
  'agenda.delete': def({
    input: z.object({ ids: z.array(Id).min(1).max(500) }),
    output: Deleted,
    roles: ADMIN,
    mutates: true,
    summary: 'Xóa mục chương trình',
  }),
  'agenda.mark': def({
    input: z.object({ id: Id, event: z.enum(['start', 'finish', 'clear']), at: ClockTime.optional() }),
    output: AgendaList,
    roles: ADMIN,
    mutates: true,
    summary: 'Trong ngày hội nghị: đánh dấu mục bắt đầu/kết thúc (giờ HH:MM, mặc định bây giờ)',
  }),
  'agenda.fromSpeeches': def({
    input: ConferenceRef,
    output: AgendaList,
    roles: ADMIN,
    mutates: true,
    summary: 'Đưa các tham luận được trình bày vào chương trình theo thứ tự trình bày',
  }),
} as const;
