/** The award sheet reader: section rows decide the kind; totals are skipped but "Công an …" is not. */
import { describe, expect, it } from 'vitest';
import { parseAwardFile, sectionKind } from '../../electron/services/programme/award-import';

const csv = (s: string) => new Uint8Array(Buffer.from(s));

describe('award sheet reading', () => {
  it('recognises the section rows the offices write', () => {
    expect(sectionKind(['I. TẬP THỂ'])).toBe('collective');
    expect(sectionKind(['II', 'CÁ NHÂN'])).toBe('individual');
    expect(sectionKind(['B - Khen thưởng cá nhân'])).toBe('individual');
    expect(sectionKind(['1', 'Ban CHQS huyện Tân Yên', 'Xuất sắc'])).toBeNull();
    expect(sectionKind(['Công an tỉnh'])).toBeNull();
  });

  it('keeps "Công an huyện" and skips the total line', async () => {
    const r = await parseAwardFile(
      'ds.csv',
      csv('STT,Tên tập thể,Thành tích\n1,Công an huyện Lục Nam,Xuất sắc\n,Tổng cộng: 1,\n'),
    );
    expect(r.items.map((x) => [x.kind, x.name])).toEqual([['collective', 'Công an huyện Lục Nam']]);
  });

  it('refuses a sheet without a recognisable header, naming the file', async () => {
    await expect(parseAwardFile('rong.csv', csv('a,b,c\n1,2,3\n'))).rejects.toThrow(
      /Tệp "rong.csv": không tìm thấy dòng tiêu đề/,
    );
  });
});
