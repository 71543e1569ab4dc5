/** The thông báo kết luận: its items, the tasks they assign (conclusion.*) and the notice as .docx. */
import { z } from 'zod';
import { ConclusionItemDraft, ConclusionNotice, NoticeFields } from '../../models/task';
import { patchOf } from '../../models/patch';
import { ADMIN, ANY, ConferenceRef, FileOut, def } from '../define';

export const conclusionProcedures = {
  'conclusion.extract': def({
    input: ConferenceRef.extend({
      text: z.string().min(1, 'Chưa dán nội dung').max(400_000, 'Văn bản quá dài (tối đa 400.000 ký tự)'),
    }),
    output: z.object({
      opening: z.string(),
      items: z.array(ConclusionItemDraft),
      recipients: z.array(z.string()),
      signerAuthority: z.string(),
      signerTitle: z.string(),
      signerName: z.string(),
    }),
    roles: ADMIN,
    mutates: false,
    summary: 'Đọc thông báo kết luận dán vào: các nội dung (tên, cơ quan trình), kết luận và nhiệm vụ giao; chưa ghi',
  }),
  'conclusion.save': def({
    input: ConferenceRef.extend({
      notice: patchOf(NoticeFields).optional(),
      items: z.array(ConclusionItemDraft).max(100),
    }),
    output: ConclusionNotice,
    roles: ADMIN,
    mutates: true,
    summary:
      'Lưu thông báo kết luận: thay các nội dung cũ; nhiệm vụ của kết luận thay nhiệm vụ kết luận cũ (giữ trạng thái việc đã làm)',
  }),
  'conclusion.get': def({
    input: ConferenceRef,
    output: ConclusionNotice,
    roles: ANY,
    mutates: false,
    summary: 'Thông báo kết luận đã lưu: các nội dung và nhiệm vụ theo dõi',
  }),
  'document.conclusions': def({
    input: ConferenceRef,
    output: FileOut,
    roles: ADMIN,
    mutates: false,
    summary: 'Thông báo kết luận (.docx, thể thức Nghị định 30)',
  }),
  'document.conclusionFollowUp': def({
    input: ConferenceRef,
    output: FileOut,
    roles: ADMIN,
    mutates: false,
    summary: 'Báo cáo theo dõi thực hiện kết luận: nhiệm vụ theo cơ quan, trạng thái, việc quá hạn (.docx)',
  }),
} as const;
