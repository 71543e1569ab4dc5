/** Reading a generated .docx in tests: its word/document.xml, its paragraphs, its plain text. */
import JSZip from 'jszip';

/** word/document.xml of a .docx given as bytes or as base64 (what the API returns). */
export async function docxXml(docx: Uint8Array | string): Promise<string> {
  const bytes = typeof docx === 'string' ? Buffer.from(docx, 'base64') : docx;
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

export const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of each w:p, in order (XML entities left as they are). */
export const docxParagraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));

/** Every tag removed: the text run together, good for "contains" checks. */
export const stripTags = (xml: string) => xml.replace(/<[^>]+>/g, '');
