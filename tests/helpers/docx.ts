/** Reading a generated .docx in tests: its word/document.xml, its paragraphs, its plain text (and the files of a .zip of them). */
import JSZip from 'jszip';

/** word/document.xml of a .docx given as bytes or as base64 (what the API returns). */
export async function docxXml(docx: Uint8Array | string): Promise<string> {
  const bytes = typeof docx === 'string' ? Buffer.from(docx, 'base64') : docx;
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

/** The files of a .zip given as bytes or as base64, by name (e.g. one .docx per delegate). */
export async function zipFiles(zip: Uint8Array | string): Promise<Record<string, Uint8Array>> {
  const z = await JSZip.loadAsync(typeof zip === 'string' ? Buffer.from(zip, 'base64') : zip);
  const out: Record<string, Uint8Array> = {};
  for (const name of Object.keys(z.files)) if (!z.files[name].dir) out[name] = await z.files[name].async('uint8array');
  return out;
}

export const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each w:p, in order (XML entities left as they are). */
export const docxParagraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );

/** Every tag removed: the text run together, good for "contains" checks. */
export const stripTags = (xml: string) => xml.replace(/<[^>]+>/g, '');
