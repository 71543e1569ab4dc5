/**
 * The .thuky container: a zip of manifest.json + conference.sqlite. Writing is plain (deflate via
 * node:zlib); reading is strict and bounded — the central directory is parsed by hand and every
 * entry inflated with a hard output limit, so a hostile file cannot exhaust memory.
 */
import { deflateRawSync, inflateRawSync, crc32 } from 'node:zlib';

export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;
const u16 = (b: Buffer, o: number) => b.readUInt16LE(o);
const u32 = (b: Buffer, o: number) => b.readUInt32LE(o);

/** A zip with the given entries (deflated). */
export function writeZip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = deflateRawSync(e.data, { level: 6 });
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8); local.writeUInt32LE(crc, 14); local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.data.length, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8); central.writeUInt16LE(8, 10); central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The entries of a zip, or a short reason (Vietnamese) why it is not a valid one. */
export function readZip(bytes: Buffer, wanted: Record<string, number>): Map<string, Buffer> | string {
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) return 'không phải tệp .thuky (không đúng định dạng nén)';
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return 'tệp bị cắt cụt hoặc hỏng (không thấy mục lục nén)';
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  if (count > 16) return 'tệp có quá nhiều mục, không phải tệp .thuky';
  const out = new Map<string, Buffer>();
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) return 'mục lục nén bị hỏng';
    const method = u16(bytes, p + 10);
    const crc = u32(bytes, p + 16);
    const compressed = u32(bytes, p + 20);
    const size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const local = u32(bytes, p + 42);
    const name = bytes.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + u16(bytes, p + 30) + u16(bytes, p + 32);
    const limit = wanted[name];
    if (limit === undefined) continue;
    if (size > limit) return `mục "${name}" quá lớn (${size} byte)`;
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return `mục "${name}" bị hỏng`;
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + compressed > bytes.length) return `mục "${name}" bị cắt cụt`;
    const raw = bytes.subarray(start, start + compressed);
    let data: Buffer;
    try {
      data = method === 8 ? inflateRawSync(raw, { maxOutputLength: Math.max(1, size) }) : method === 0 ? Buffer.from(raw) : Buffer.alloc(0);
    } catch {
      return `mục "${name}" không giải nén được`;
    }
    if ((method !== 0 && method !== 8) || data.length !== size || crc32(data) !== crc) return `mục "${name}" bị hỏng (sai kích thước hoặc mã CRC)`;
    out.set(name, data);
  }
  return out;
}
