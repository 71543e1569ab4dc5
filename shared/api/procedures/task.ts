/** Tasks of the plan and of the conclusions (task.*), their list as .xlsx and the preparation status report. */
import { z } from 'zod';
import { Task, TaskDraft, TaskFields, TaskList } from '../../models/task';
import { patchOf } from '../../models/patch';
import { ADMIN, ANY, ConferenceRef, FileOut, Id, def } from '../define';

const PastedText = ConferenceRef.extend({
  text: z.string().min(1, 'Chưa dán nội dung').max(400_000, 'Văn bản quá dài (tối đa 400.000 ký tự)'),
});

export const taskProcedures = {
  'task.extract': def({
    input: PastedText,
    output: z.object({ items: z.array(TaskDraft) }),
    roles: ADMIN,
    mutates: false,
    summary:
      'Đọc nhiệm vụ từ văn bản dán vào (mục "Tổ chức thực hiện" của kế hoạch): cơ quan chủ trì, phối hợp, nội dung, thời hạn; chưa ghi',
  }),
  'task.createMany': def({
    input: ConferenceRef.extend({
      items: z
        .array(TaskDraft.extend({ source: TaskFields.shape.source.default('plan') }))
        .min(1)
        .max(500),
    }),
    output: z.object({ ids: z.array(z.string()) }),
    roles: ADMIN,
    mutates: true,
    summary: 'Thêm các nhiệm vụ đã duyệt (từ kế hoạch) vào hội nghị, một giao dịch',
  }),
  'task.list': def({
    input: ConferenceRef,
    output: TaskList,
    roles: ANY,
    mutates: false,
    summary: 'Nhiệm vụ của hội nghị, hạn tính theo ngày hội nghị hiện tại (quá hạn, sắp đến hạn)',
  }),
  'task.create': def({
    input: ConferenceRef.extend(TaskFields.shape),
    output: Task,
    roles: ADMIN,
    mutates: true,
    summary: 'Thêm một nhiệm vụ (nhập tay)',
  }),
  'task.update': def({
    input: z.object({ id: Id, patch: patchOf(TaskFields) }),
    output: Task,
    roles: ADMIN,
    mutates: true,
    summary: 'Sửa nhiệm vụ; đánh dấu xong (ngày xong mặc định hôm nay)',
  }),
  'task.delete': def({
    input: z.object({ ids: z.array(Id).min(1).max(1000) }),
    output: z.object({ deleted: z.number().int() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Xóa nhiệm vụ',
  }),
  'task.export': def({
    input: ConferenceRef,
    output: FileOut,
    roles: ADMIN,
    mutates: false,
    summary: 'Danh sách nhiệm vụ (.xlsx): cơ quan, nội dung, thời hạn, trạng thái',
  }),
  'document.preparationReport': def({
    input: ConferenceRef,
    output: FileOut,
    roles: ADMIN,
    mutates: false,
    summary:
      'Báo cáo tình hình công tác chuẩn bị hội nghị: nhiệm vụ theo cơ quan và trạng thái (.docx, thể thức Nghị định 30)',
  }),
} as const;
