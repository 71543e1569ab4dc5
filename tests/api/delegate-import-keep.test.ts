/** "Vẫn nhập" per row (#14): only the ticked duplicates are imported again, and the preview says so. */
import { describe, expect, it } from 'vitest';
import { call, freshCore } from '../helpers/core';

const csv = (lines: string[]) => Buffer.from(lines.join('\r\n')).toString('base64');

describe('duplicates chosen one by one', () => {
  it('imports exactly the ticked rows of people already in the list', async () => {
    const core = await freshCore();
    const conferenceId = (await call(core, 'conference.create', { title: 'Hội nghị' })).id;
    const file = csv([
      'STT;Họ và tên;Đơn vị',
      '1;Nguyễn Văn An;Sở Tài chính',
      '2;Trần Văn Bình;Sở Y tế',
      '3;Lê Thị Cúc;Sở Nội vụ',
    ]);
    await call(core, 'delegate.import', { conferenceId, fileName: 'a.csv', contentBase64: file });
    const input = { conferenceId, fileName: 'a.csv', contentBase64: file, keepRows: [3] };
    const p = await call(core, 'delegate.importPreview', input);
    expect(p.counts).toMatchObject({ import: 1, duplicate: 2 });
    expect(p.rows.find((r) => r.row === 3)).toMatchObject({ fate: 'import', existingId: expect.any(String) });
    const r = await call(core, 'delegate.import', input);
    expect(r.imported).toBe(1);
    expect(r.duplicates.map((d) => d.row)).toEqual([2, 4]); // sheet rows: the header is row 1
    const names = (await call(core, 'delegate.list', { conferenceId })).items.map((d) => d.fullName);
    expect(names.filter((n) => n === 'Trần Văn Bình')).toHaveLength(2);
    expect(names.filter((n) => n === 'Nguyễn Văn An')).toHaveLength(1);
  });
});
