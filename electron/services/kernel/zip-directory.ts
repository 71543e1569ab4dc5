/**
 * Reading a zip's central directory by hand, bounded: both the .xlsx guard and the .thuky reader
 * must judge declared sizes BEFORE inflating anything (a zip bomb), which libraries don't let us do.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  crc: number;
  compressed: number;
  size: number;
  /** Offset of the entry's data, or null when its local header is broken or truncated. */
  dataStart: number | null;
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
export const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;

/**
 * The entries of a zip, or why it can't be read: 'no-directory' (truncated, not a zip),
 * 'too-many' (more than maxEntries), 'broken' (a corrupt central directory or zip64).
 * @example const dir = zipDirectory(bytes, 16); if ('error' in dir) …
 */
export function zipDirectory(bytes: Uint8Array, maxEntries: number): { entries: ZipEntry[] } | { error: 'no-directory' | 'too-many' | 'broken' } {
  // End of central directory: the last 22 bytes plus up to 65,535 bytes of comment.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) { eocd = i; break; }
  }
  if (eocd < 0) return { error: 'no-directory' };
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  if (count === 0xffff || p === 0xffffffff) return { error: 'broken' };
  if (count > maxEntries) return { error: 'too-many' };
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) return { error: 'broken' };
    const nameLen = u16(bytes, p + 28);
    const local = u32(bytes, p + 42);
    const compressed = u32(bytes, p + 20);
    let dataStart: number | null = null;
    if (local + 30 <= bytes.length && u32(bytes, local) === 0x04034b50) {
      const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
      if (start + compressed <= bytes.length) dataStart = start;
    }
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      method: u16(bytes, p + 10),
      crc: u32(bytes, p + 16),
      compressed,
      size: u32(bytes, p + 24),
      dataStart,
    });
    p += 46 + nameLen + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return { entries };
}
