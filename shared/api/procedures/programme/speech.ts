/** Speech assignments (speech.*) and their attached files. Part of the programme area. */
import { z } from 'zod';
import { Speech, SpeechFields } from '../../../models/programme';
import { patchOf } from '../../../models/patch';
import { ADMIN, ConferenceRef, Deleted, FileOut, Id, Items, def } from '../../define';

export const speechProcedures = {
  'speech.list': def({
    input: ConferenceRef,
    output: Items(Speech),
    roles: ADMIN,
    mutates: false,
    summary: 'Phân công tham luận (quá hạn được đánh dấu)',
  }),
  'speech.create': def({
    input: ConferenceRef.extend(SpeechFields.shape),
    output: Speech,
    roles: ADMIN,
    mutates: true,
    summary: 'Thêm một đơn vị được phân công tham luận',
  }),
  'speech.update': def({
    input: z.object({ id: Id, patch: patchOf(SpeechFields) }),
    output: Speech,
    roles: ADMIN,
    mutates: true,
    summary: 'Sửa phân công tham luận (trạng thái nộp, trình bày, thứ tự…)',
  }),
  'speech.delete': def({
    input: z.object({ id: Id }),
    output: Deleted,
    roles: ADMIN,
    mutates: true,
    summary: 'Xóa một phân công tham luận',
  }),
} as const;

/** The file a speaker hands in (kept apart: the contract lists them after the awards). */
export const speechFileProcedures = {
  'speech.attach': def({
    input: z.object({
      speechId: Id,
      fileName: z.string().trim().min(1).max(300),
      contentBase64: z.string().min(1, 'Tệp rỗng').max(28_000_000, 'Tệp quá lớn (tối đa 20 MB)'),
    }),
    output: z.object({ fileName: z.string(), size: z.number().int() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Đính kèm tệp tham luận (tối đa 20 MB) vào thư mục của hội nghị; trạng thái thành "Đã nộp file"',
  }),
  'speech.attachment': def({
    input: z.object({ speechId: Id }),
    output: FileOut,
    roles: ADMIN,
    mutates: false,
    summary: 'Tải tệp tham luận đã đính kèm',
  }),
} as const;
