/**
 * Vietnamese legacy-encoding tables: TCVN3 (ABC, fonts .VnTime…) and VNI-Windows (fonts VNI-Times…).
 * Byte values follow UniKey's VnConv tables (unikey/data.cpp: SingleByteTables "TCVN3",
 * DoubleByteTables "VNI-WIN"); they are written here per vowel group and checked letter by letter
 * in tests/unit/delegate-import-legacy-encodings.test.ts against an independent hard-coded list.
 *
 * Legacy text reaches us as JS strings whose chars are the legacy bytes read as Windows-1252 /
 * Latin-1 (that is how Excel stores text typed in a legacy font), so a "byte" below is a char code
 * U+0000–U+00FF.
 */

/** The 12 vowel groups, lowercase, untoned. */
export const VN_VOWEL_BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** Tone marks in the order every table below uses: none, acute, grave, hook above, tilde, dot below. */
const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** "a" + tone index → "á" etc. (NFC). */
export function vnLetter(base: string, tone: number): string {
  return (base + TONE_MARKS[tone]).normalize('NFC');
}

/** All 134 precomposed Vietnamese letters (67 lowercase + 67 uppercase), without the 12 ASCII ones. */
export const VN_PRECOMPOSED: readonly string[] = (() => {
  const lower: string[] = [];
  for (const base of VN_VOWEL_BASES) {
    for (let t = 0; t < 6; t++) {
      const ch = vnLetter(base, t);
      if (ch.charCodeAt(0) > 0x7f) lower.push(ch);
    }
  }
  lower.push('đ');
  return [...lower, ...lower.map((c) => c.toUpperCase())];
})();

/**
 * TCVN3 bytes per vowel group (lowercase), tones in TONE_MARKS order. The untoned ASCII vowels are
 * plain ASCII. TCVN3 (the ABC standard's VN3 font set) has no codes for toned CAPITAL letters: caps
 * are typed with the same byte codes in a caps font (.VnTimeH), and UniKey encodes Á as á's byte.
 */
export const TCVN3_LOWER: Record<(typeof VN_VOWEL_BASES)[number], readonly number[]> = {
  a: [0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9],
  ă: [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6],
  â: [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb],
  e: [0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1],
  ê: [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6],
  i: [0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde],
  o: [0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4],
  ô: [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9],
  ơ: [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee],
  u: [0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4],
  ư: [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9], // ư = 0xAD, the soft hyphen: never strip it before converting
  y: [0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe],
};
/** The only capitals TCVN3 encodes separately (untoned hat/horn/breve letters and Đ). */
export const TCVN3_UPPER_EXTRA: Record<string, number> = {
  Ă: 0xa1,
  Â: 0xa2,
  Ê: 0xa3,
  Ô: 0xa4,
  Ơ: 0xa5,
  Ư: 0xa6,
  Đ: 0xa7,
};
export const TCVN3_D_LOWER = 0xae; // đ

/** TCVN3 byte → Unicode letter (toned letters decode to lowercase). */
export const TCVN3_DECODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const base of VN_VOWEL_BASES) {
    TCVN3_LOWER[base].forEach((code, tone) => {
      if (code > 0x7f) m.set(String.fromCharCode(code), vnLetter(base, tone));
    });
  }
  for (const [ch, code] of Object.entries(TCVN3_UPPER_EXTRA)) m.set(String.fromCharCode(code), ch);
  m.set(String.fromCharCode(TCVN3_D_LOWER), 'đ');
  return m;
})();

/**
 * VNI-Windows: a base letter followed by a modifier byte. Lowercase modifiers below; the uppercase
 * modifier is always the lowercase one minus 0x20 (Á = "A" + 0xD9, á = "a" + 0xF9).
 */
const VNI_TONE = [0, 0xf9, 0xf8, 0xfb, 0xf5, 0xef]; // on a, e, o, u, y, ơ, ư (0 = no modifier)
const VNI_CIRCUMFLEX = [0xe2, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4]; // â ê ô: hat+tone in one byte
const VNI_BREVE = [0xea, 0xe9, 0xe8, 0xfa, 0xfc, 0xeb]; // ă
const VNI_I = [0x69, 0xed, 0xec, 0xe6, 0xf3, 0xf2]; // i: one byte per toned letter
export const VNI_O_HORN = 0xf4; // ơ (one byte; tones follow as a modifier)
export const VNI_U_HORN = 0xf6; // ư
export const VNI_Y_DOT = 0xee; // ỵ is one byte
export const VNI_D_LOWER = 0xf1; // đ

/** VNI-Windows byte string for each lowercase Vietnamese vowel letter (base × tone). */
export function vniLowerSequence(base: (typeof VN_VOWEL_BASES)[number], tone: number): string {
  const c = (...codes: number[]) => String.fromCharCode(...codes.filter((x) => x !== 0));
  switch (base) {
    case 'a':
    case 'e':
    case 'o':
    case 'u':
      return c(base.charCodeAt(0), VNI_TONE[tone]);
    case 'y':
      return tone === 5 ? c(VNI_Y_DOT) : c(0x79, VNI_TONE[tone]);
    case 'â':
      return c(0x61, VNI_CIRCUMFLEX[tone]);
    case 'ê':
      return c(0x65, VNI_CIRCUMFLEX[tone]);
    case 'ô':
      return c(0x6f, VNI_CIRCUMFLEX[tone]);
    case 'ă':
      return c(0x61, VNI_BREVE[tone]);
    case 'i':
      return c(VNI_I[tone]);
    case 'ơ':
      return c(VNI_O_HORN, VNI_TONE[tone]);
    case 'ư':
      return c(VNI_U_HORN, VNI_TONE[tone]);
  }
}

/** Uppercase VNI form of a lowercase VNI sequence: ASCII letters uppercased, high bytes − 0x20. */
export function vniUpper(seq: string): string {
  let out = '';
  for (const ch of seq) {
    const code = ch.charCodeAt(0);
    out += code >= 0xe0 ? String.fromCharCode(code - 0x20) : ch.toUpperCase();
  }
  return out;
}

/** VNI sequence (1 or 2 chars) → Unicode letter, upper and lower case. */
export const VNI_DECODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const base of VN_VOWEL_BASES) {
    for (let tone = 0; tone < 6; tone++) {
      const lower = vnLetter(base, tone);
      if (lower.charCodeAt(0) <= 0x7f) continue;
      const seq = vniLowerSequence(base, tone);
      m.set(seq, lower);
      m.set(vniUpper(seq), lower.toUpperCase());
    }
  }
  m.set(String.fromCharCode(VNI_D_LOWER), 'đ');
  m.set(String.fromCharCode(VNI_D_LOWER - 0x20), 'Đ');
  // Leniency: a base letter with a modifier of the other case (typed with Shift on one key only)
  // takes the case of the base letter. The modifier sets of both cases never overlap.
  for (const [seq, letter] of [...m]) {
    if (seq.length !== 2) continue;
    const [b, mod] = [seq[0], seq.charCodeAt(1)];
    const flipped = mod >= 0xe0 ? mod - 0x20 : mod + 0x20;
    const isUpperBase = b === b.toUpperCase() && b !== b.toLowerCase();
    const key = b + String.fromCharCode(flipped);
    if (!m.has(key)) m.set(key, isUpperBase ? letter.toUpperCase() : letter.toLowerCase());
  }
  return m;
})();

/** Windows-1252 chars of bytes 0x80–0x9F, for bytes left over after a legacy conversion. */
export const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
