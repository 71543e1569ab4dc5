/** The MC's script (script.*): generated from the programme, edited and saved. Part of the programme area. */
import { z } from 'zod';
import { ScriptBlock } from '../../../models/programme';
import { ADMIN, ConferenceRef, def } from '../../define';

const Script = z.object({
  blocks: z.array(ScriptBlock),
  /** Every section of the delegate list (for the choice of who is named one by one). */
  categories: z.array(z.string()),
  namedCategories: z.array(z.string()),
  /** True when check-in data was used; false = every invited delegate not declining counts. */
  hasCheckins: z.boolean(),
  introduced: z.number().int(),
});
const SavedScript = z.object({
  blocks: z.array(ScriptBlock).nullable(),
  namedCategories: z.array(z.string()),
  savedAt: z.string().nullable(),
});
export const ScriptOptions = ConferenceRef.extend({ namedCategories: z.array(z.string().max(200)).max(50).optional() });

export const scriptProcedures = {
  'script.saved': def({
    input: ConferenceRef,
    output: SavedScript,
    roles: ADMIN,
    mutates: false,
    summary: 'Kịch bản điều hành đã sửa và lưu (null = chưa sửa)',
  }),
  'script.save': def({
    input: ConferenceRef.extend({
      blocks: z.array(ScriptBlock).max(200).nullable(),
      namedCategories: z.array(z.string().max(200)).max(50).optional(),
    }),
    output: z.object({ savedAt: z.string().nullable() }),
    roles: ADMIN,
    mutates: true,
    summary: 'Lưu kịch bản điều hành đã sửa (null = bỏ bản sửa, dùng bản soạn tự động)',
  }),
  'script.current': def({
    input: ConferenceRef,
    output: z.object({ blocks: z.array(ScriptBlock), edited: z.boolean(), savedAt: z.string().nullable() }),
    roles: ADMIN,
    mutates: false,
    summary: 'Kịch bản để in: bản đã lưu, nếu chưa có thì soạn tự động (cùng nội dung với tệp .docx)',
  }),
  'script.generate': def({
    input: ScriptOptions,
    output: Script,
    roles: ADMIN,
    mutates: false,
    summary: 'Soạn kịch bản điều hành từ chương trình, đại biểu có mặt và các đợt trao thưởng',
  }),
} as const;
