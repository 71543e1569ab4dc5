import { describe, expect, it } from 'vitest';
import { bodyNameInText } from '../../shared/text/body-name';

describe('the inviting body inside a sentence', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', 'Ủy ban nhân dân tỉnh Lạng Sơn'],
    ['ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN', 'Ủy ban nhân dân tỉnh Lạng Sơn'],
    ['BỘ CHỈ HUY QUÂN SỰ TỈNH', 'Bộ Chỉ huy Quân sự tỉnh'],
    ['BỘ CHỈ HUY QUÂN SỰ TỈNH LẠNG SƠN', 'Bộ Chỉ huy Quân sự tỉnh Lạng Sơn'],
    ['SỞ NGOẠI VỤ', 'Sở Ngoại vụ'],
    ['SỞ TÀI CHÍNH TỈNH TUYÊN QUANG', 'Sở Tài chính tỉnh Tuyên Quang'],
    ['UBND TỈNH LẠNG SƠN', 'UBND tỉnh Lạng Sơn'],
    ['VĂN PHÒNG UBND TỈNH', 'Văn phòng UBND tỉnh'],
    ['UBND HUYỆN CAO LỘC', 'UBND huyện Cao Lộc'],
    ['Bộ Chỉ huy Quân sự tỉnh Lạng Sơn', 'Bộ Chỉ huy Quân sự tỉnh Lạng Sơn'],
  ])('%s → %s', (a, b) => expect(bodyNameInText(a)).toBe(b));
});
