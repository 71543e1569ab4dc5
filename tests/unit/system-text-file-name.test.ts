import { describe, expect, it } from 'vitest';
import { downloadName, wholeWords } from '../../shared/text/file-name';
import { safeFileStem } from '../../shared/documents/invitation';

describe('download file names', () => {
  const title =
    'Hội nghị đánh giá 15 năm hoàn thành phân giới, cắm mốc và thực hiện 03 văn kiện pháp lý về biên giới đất liền Việt Nam - Trung Quốc';
  it('keeps Vietnamese, cuts at a whole word, no space before the extension', () => {
    const n = downloadName(['Báo cáo quân số', title], 'docx');
    expect(n.startsWith('Báo cáo quân số - Hội nghị đánh giá 15 năm')).toBe(true);
    expect(n).toMatch(/\S\.docx$/);
    expect(n.length).toBeLessThanOrEqual(105);
    const stem = n.slice(0, -'.docx'.length);
    expect(title.includes(stem.slice('Báo cáo quân số - '.length))).toBe(true);
    expect(`${title} `.includes(`${stem.slice('Báo cáo quân số - '.length)} `)).toBe(true);
  });
  it('drops characters Windows refuses', () => {
    expect(downloadName(['Giấy mời', 'Số 15/GM-UBND: "Hội nghị"?'], 'docx')).toBe(
      'Giấy mời - Số 15-GM-UBND Hội nghị.docx',
    );
    expect(wholeWords('Hội nghị tổng kết ', 30)).toBe('Hội nghị tổng kết');
    expect(
      safeFileStem(
        '003 Đại diện lãnh đạo Sở Tài chính tỉnh Lạng Sơn, Ủy ban nhân dân tỉnh Lạng Sơn và các cơ quan liên quan khác',
      ),
    ).toMatch(/[^\s]$/);
  });
});
