import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import {
  convertLegacy,
  decodeBytes,
  decodeBytesAs,
  detectLegacy,
  encodingFromFontName,
  isCapsFont,
} from '../../shared/text/legacy-encodings';
import { VN_PRECOMPOSED } from '../../shared/text/legacy-tables';
import { judgeWord } from '../../shared/text/vn-syllable';
import {
  TCVN3_PAIRS,
  VNI_PAIRS,
  encodeTcvn3,
  encodeVni,
  legacyBytes,
  pairs,
  toCp1258Form,
} from '../fixtures/legacy-encoders';

const ALL_LOWER = VN_PRECOMPOSED.slice(0, 67);
const ALL_UPPER = VN_PRECOMPOSED.slice(67);
const SENTENCES = [
  'Nguyễn Văn Sơn',
  'Thiếu tướng Bùi Đình Quân',
  'Phó Bí thư Thường trực Tỉnh ủy',
  'Chỉ huy trưởng Ban CHQS huyện Yên Sơn',
  'Đại diện lãnh đạo Sở Tài chính',
  'Trường Sa, Hoàng Sa',
  'Khuya, quạ ngủ; chim yến lượn giữa rừng thưa, suối chảy róc rách',
  'Tạ Khắc Nhung – Phóng viên Đài PT-TH tỉnh',
];

describe('the tables cover every Vietnamese letter', () => {
  it('has 134 precomposed letters, 67 of each case', () => {
    expect(new Set(VN_PRECOMPOSED).size).toBe(134);
    expect(ALL_UPPER).toEqual(ALL_LOWER.map((c) => c.toUpperCase()));
    expect(ALL_LOWER).toContain('ư');
    expect(ALL_LOWER).toContain('đ');
  });

  it('the hard-coded test lists cover all 134 letters (TCVN3 caps via lowercase bytes)', () => {
    const vni = pairs(VNI_PAIRS);
    expect([...vni.keys()].sort()).toEqual([...VN_PRECOMPOSED].sort());
    const tcvn = pairs(TCVN3_PAIRS);
    expect(ALL_LOWER.every((c) => tcvn.has(c))).toBe(true);
    expect([...tcvn.keys()].filter((c) => c === c.toUpperCase())).toEqual(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']);
  });
});

describe('TCVN3 → Unicode', () => {
  const tcvn = pairs(TCVN3_PAIRS);
  it.each([...tcvn])('%s ← %j', (letter, legacy) => {
    expect(convertLegacy(legacy, 'tcvn3')).toBe(letter);
  });

  it('every toned capital comes back in a caps font (.VnTimeH) from the lowercase byte', () => {
    for (const upper of ALL_UPPER) {
      const byte = tcvn.get(upper) ?? tcvn.get(upper.toLowerCase())!;
      expect(convertLegacy(byte, 'tcvn3', { caps: true })).toBe(upper);
    }
  });

  it('converts the kit sample and whole sentences', () => {
    expect(convertLegacy('NguyÔn V¨n S¬n', 'tcvn3')).toBe('Nguyễn Văn Sơn');
    for (const s of SENTENCES) expect(convertLegacy(encodeTcvn3(s), 'tcvn3')).toBe(s);
    expect(convertLegacy(encodeTcvn3(ALL_LOWER.join(' ')), 'tcvn3')).toBe(ALL_LOWER.join(' '));
  });

  it('keeps ư = 0xAD (soft hyphen) and leaves ASCII alone', () => {
    expect(convertLegacy('Tr\u00ADêng', 'tcvn3')).toBe('Trường');
    expect(convertLegacy('H\u00AD\u00ADng', 'tcvn3')).toBe('Hưưng');
    expect(convertLegacy('STT 12; email a@b.vn', 'tcvn3')).toBe('STT 12; email a@b.vn');
  });

  it('uppercases text typed in capitals in a normal font', () => {
    expect(convertLegacy('NGUYÔN V¡N S¥N', 'tcvn3')).toBe('NGUYỄN VĂN SƠN');
    expect(convertLegacy('§¹I T¸', 'tcvn3')).toBe('ĐẠI TÁ');
    expect(convertLegacy('§¹i t¸ Hµ Kh¾c Phóc', 'tcvn3')).toBe('Đại tá Hà Khắc Phúc');
    expect(convertLegacy('nguyÔn v¨n s¬n', 'tcvn3', { caps: true })).toBe('NGUYỄN VĂN SƠN');
  });
});

describe('VNI → Unicode', () => {
  const vni = pairs(VNI_PAIRS);
  it.each([...vni])('%s ← %j', (letter, legacy) => {
    expect(convertLegacy(legacy, 'vni')).toBe(letter);
    expect(convertLegacy(`x${legacy}n`, 'vni')).toBe(`x${letter}n`);
  });

  it('converts the kit sample, sentences and all letters in a row', () => {
    expect(convertLegacy('Nguyeãn Vaên Sôn', 'vni')).toBe('Nguyễn Văn Sơn');
    expect(convertLegacy('NGUYEÃN VAÊN SÔN', 'vni')).toBe('NGUYỄN VĂN SƠN');
    for (const s of SENTENCES) {
      expect(convertLegacy(encodeVni(s), 'vni')).toBe(s);
      expect(convertLegacy(encodeVni(s.toUpperCase()), 'vni')).toBe(s.toUpperCase());
    }
    const all = VN_PRECOMPOSED.join('');
    expect(convertLegacy(encodeVni(all), 'vni')).toBe(all);
  });

  it('is lenient with a modifier of the other case', () => {
    expect(convertLegacy('Aù', 'vni')).toBe('Á');
    expect(convertLegacy('aÙ', 'vni')).toBe('á');
  });
});

describe('font names', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnTimeH', 'tcvn3'],
    ['.VnArial', 'tcvn3'],
    ['.VnArial NarrowH', 'tcvn3'],
    ['VnTime', 'tcvn3'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve', 'vni'],
    ['vni-times', 'vni'],
    ['Times New Roman', null],
    ['Calibri', null],
    ['', null],
    [undefined, null],
  ])('%s → %s', (font, enc) => {
    expect(encodingFromFontName(font)).toBe(enc);
  });
  it('knows the caps fonts', () => {
    expect(isCapsFont('.VnTimeH')).toBe(true);
    expect(isCapsFont('.VnArialH')).toBe(true);
    expect(isCapsFont('.VnTime')).toBe(false);
    expect(isCapsFont('VNI-Times')).toBe(false);
  });
});

describe('detectLegacy', () => {
  it('recognises TCVN3, VNI and Unicode by content', () => {
    expect(detectLegacy(SENTENCES.map(encodeTcvn3))).toEqual({ encoding: 'tcvn3', confidence: expect.any(Number) });
    expect(detectLegacy(SENTENCES.map(encodeTcvn3)).confidence).toBeGreaterThan(0.7);
    expect(detectLegacy(SENTENCES.map(encodeVni)).encoding).toBe('vni');
    expect(detectLegacy(SENTENCES.map(encodeVni)).confidence).toBeGreaterThan(0.7);
    expect(detectLegacy(SENTENCES).encoding).toBe('utf-8');
    expect(detectLegacy(SENTENCES).confidence).toBeGreaterThan(0.9);
    expect(detectLegacy(SENTENCES.map((s) => s.normalize('NFD'))).encoding).toBe('utf-8');
  });

  it('single short samples from the brief', () => {
    expect(detectLegacy(['NguyÔn V¨n S¬n']).encoding).toBe('tcvn3');
    expect(detectLegacy(['Nguyeãn Vaên Sôn']).encoding).toBe('vni');
  });

  it('plain ASCII and empty input are Unicode with full confidence', () => {
    expect(detectLegacy(['STT', 'Nguyen Van A', ''])).toEqual({ encoding: 'utf-8', confidence: 1 });
    expect(detectLegacy([])).toEqual({ encoding: 'utf-8', confidence: 1 });
  });

  it('judges syllables', () => {
    expect(judgeWord('Nguyễn')).toBe('valid');
    expect(judgeWord('HĐND')).toBe('neutral');
    expect(judgeWord('NguyÔn')).toBe('invalid');
    expect(judgeWord('Nguyeãn')).toBe('invalid');
  });
});

describe('decodeBytes', () => {
  const text = SENTENCES.join('\r\n');
  it('UTF-8 with and without BOM, UTF-16 with BOM', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeBytes(utf8)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8' });
    const le = iconv.encode(text, 'utf-16le');
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, ...le])).text).toBe(text);
    expect(decodeBytes(new Uint8Array(le)).text).toBe(text); // no BOM: found by the NUL pattern
  });

  it('VNI, TCVN3 and Windows-1258 bytes by content', () => {
    expect(decodeBytes(legacyBytes(encodeVni(text)))).toEqual({ text, encoding: 'vni' });
    expect(decodeBytes(legacyBytes(encodeTcvn3(text)))).toEqual({ text, encoding: 'tcvn3' });
    const cp1258 = new Uint8Array(iconv.encode(toCp1258Form(text), 'windows-1258'));
    expect(decodeBytes(cp1258)).toEqual({ text, encoding: 'windows-1258' });
  });

  it('legacy text that was saved as UTF-8 is still converted', () => {
    const bytes = new TextEncoder().encode(encodeTcvn3(text));
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'tcvn3' });
  });

  it('Western text decodes as Windows-1252/1258 without damage', () => {
    const bytes = legacyBytes('Café crème; Zoë');
    expect(decodeBytes(bytes).text).toBe('Café crème; Zoë');
    expect(decodeBytesAs(Uint8Array.from([0x93, 0x41, 0x94]), 'windows-1252')).toBe('“A”');
  });

  it('forced decodings', () => {
    expect(decodeBytesAs(legacyBytes('NguyÔn V¨n S¬n'), 'tcvn3')).toBe('Nguyễn Văn Sơn');
    expect(decodeBytesAs(legacyBytes('Nguyeãn Vaên Sôn'), 'vni')).toBe('Nguyễn Văn Sơn');
  });
});
