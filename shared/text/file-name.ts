/**
 * Download file names as a secretary reads them in her folder: Vietnamese with diacritics (NFC), whole
 * words (a long title is cut at a word, never mid-word), no character Windows refuses, no space or dot
 * before the extension. "Báo cáo quân số - Hội nghị tổng kết công tác….docx" → whole words.
 */
import { normalizeText } from './normalize';

/** One name part made safe: "15/GM-UBND" → "15-GM-UBND"; quotes and other refused characters dropped. */
export function fileNamePart(s: string): string {
  return normalizeText(s)
    .replace(/[\\/]+/g, '-')
    .replace(/[:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts at the last whole word within `max` characters and drops trailing spaces, dots and dashes. */
export function wholeWords(s: string, max: number): string {
  const t = s.length <= max ? s : s.slice(0, max + 1).replace(/\s+\S*$/, '') || s.slice(0, max);
  return t.replace(/[\s.\-–,;]+$/u, '');
}

/**
 * @example downloadName(['Báo cáo quân số', conference.title], 'docx') → "Báo cáo quân số - Hội nghị….docx"
 */
export function downloadName(parts: string[], ext: string, max = 100): string {
  const stem = wholeWords(parts.map(fileNamePart).filter(Boolean).join(' - '), max) || 'ThuKy';
  return `${stem}.${ext.replace(/^\./, '')}`;
}
