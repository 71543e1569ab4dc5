/**
 * Reading a zip (an .xlsx, a .thuky) the bounded way, with yauzl: the central directory is listed
 * first (names and DECLARED sizes), so the caller judges a zip bomb before anything is inflated;
 * then an entry is streamed with yauzl's size validation (inflating past the declared size fails)
 * and the caller's own per-chunk check, so a hostile file never fills memory.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  crc: number;
  compressed: number;
  size: number;
  encrypted: boolean;
}

export interface OpenedZip {
  entries: ZipEntryInfo[];
  /** Streams one entry through `onChunk` (return false to stop early); resolves with the bytes read. */
  stream(entry: ZipEntryInfo, onChunk: (chunk: Buffer) => boolean | void): Promise<number>;
  /** The whole entry (its declared size must already have been judged). */
  read(entry: ZipEntryInfo): Promise<Buffer>;
  close(): void;
}

export type ZipListError = 'no-directory' | 'too-many' | 'broken';

/**
 * Lists the central directory of `bytes` (no entry is inflated), or says why it cannot.
 * @example const z = await openZip(bytes, 16); if (typeof z === 'string') …; try { … } finally { z.close(); }
 */
export async function openZip(bytes: Uint8Array, maxEntries: number): Promise<OpenedZip | ZipListError> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, {
      lazyEntries: true,
      decodeStrings: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (e) {
    return /end of central directory record signature not found/i.test(String((e as Error).message))
      ? 'no-directory'
      : 'broken';
  }
  if (zip.entryCount > maxEntries) {
    zip.close();
    return 'too-many';
  }
  const raw: yauzl.Entry[] = [];
  const listed = await new Promise<ZipListError | null>((resolve) => {
    zip.on('entry', (e: yauzl.Entry) => {
      raw.push(e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(null));
    zip.on('error', () => resolve('broken'));
    zip.readEntry();
  });
  if (listed) {
    zip.close();
    return listed;
  }
  const byInfo = new Map<ZipEntryInfo, yauzl.Entry>();
  const entries = raw.map((e) => {
    const info: ZipEntryInfo = {
      name: e.fileName,
      method: e.compressionMethod,
      crc: e.crc32,
      compressed: e.compressedSize,
      size: e.uncompressedSize,
      encrypted: e.isEncrypted(),
    };
    byInfo.set(info, e);
    return info;
  });
  const stream = async (entry: ZipEntryInfo, onChunk: (chunk: Buffer) => boolean | void) => {
    const e = byInfo.get(entry);
    if (!e) throw new Error('unknown entry');
    const rs: Readable = await zip.openReadStreamPromise(e);
    let n = 0;
    return new Promise<number>((resolve, reject) => {
      rs.on('data', (c: Buffer) => {
        n += c.length;
        if (onChunk(c) === false) {
          rs.destroy();
          resolve(n);
        }
      });
      rs.on('end', () => resolve(n));
      rs.on('error', reject);
    });
  };
  return {
    entries,
    stream,
    read: async (entry) => {
      const parts: Buffer[] = [];
      await stream(entry, (c) => {
        parts.push(c);
      });
      return Buffer.concat(parts);
    },
    close: () => zip.close(),
  };
}
