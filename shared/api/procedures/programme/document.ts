/** The programme's documents (document.programme, …, document.mcScript). Part of the programme area. */
import { z } from 'zod';
import { ScriptBlock } from '../../../models/programme';
import { ADMIN, ConferenceRef, FileOut, Id, def } from '../../define';
import { ScriptOptions } from './script';

export const programmeDocumentProcedures = {
  'document.programme': def({
    input: ConferenceRef,
    output: FileOut,
    roles: ADMIN,
    mutates: false,
    summary: 'Chương trình hội nghị (.docx, thể thức Nghị định 30)',
  }),
  'document.speechAssignments': def({
    input: ConferenceRef.extend({ planRef: z.string().trim().max(300).optional() }),
    output: FileOut,
    roles: ADMIN,
    mutates: false,
    summary: 'Phụ lục phân công chuẩn bị nội dung tham luận (.docx, trang ngang)',
  }),
  'document.awardList': def({
    input: ConferenceRef.extend({ decisionId: Id.optional() }),
    output: FileOut,
    roles: ADMIN,
    mutates: false,
    summary: 'Danh sách khen thưởng theo từng quyết định (.docx)',
  }),
  'document.awardLineup': def({
    input: ConferenceRef,
    output: FileOut,
    roles: ADMIN,
    mutates: false,
    summary: 'Thứ tự lên nhận thưởng theo từng đợt, cho người điều hành sân khấu (.docx)',
  }),
  'document.mcScript': def({
    input: ScriptOptions.extend({ blocks: z.array(ScriptBlock).max(200).optional() }),
    output: FileOut,
    roles: ADMIN,
    mutates: false,
    summary: 'Kịch bản điều hành của người dẫn chương trình (.docx); blocks = bản đã sửa',
  }),
} as const;
