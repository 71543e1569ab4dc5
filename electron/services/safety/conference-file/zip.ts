/**
 * The .thuky container: a zip of manifest.json + conference.sqlite. Writing is plain (deflate via
 * node:zlib); reading is strict and bounded — yauzl lists the central directory, the declared sizes
 * are judged before anything is inflated, and each wanted entry is streamed with a hard limit and
 * its CRC checked, so a hostile file cannot exhaust memory.
 */
import { deflateRawSync, crc32 } from 'node:zlib';
import { openZip } from '../../kernel/zip-read';

export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

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
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The entries of a zip, or a short reason (Vietnamese) why it is not a valid one. */
export async function readZip(bytes: Buffer, wanted: Record<string, number>): Promise<Map<string, Buffer> | string> {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50)
    return 'không phải tệp .thuky (không đúng định dạng nén)';
  const zip = await openZip(bytes, 16);
  if (typeof zip === 'string') {
    return zip === 'no-directory'
      ? 'tệp bị cắt cụt hoặc hỏng (không thấy mục lục nén)'
      : zip === 'too-many'
        ? 'tệp có quá nhiều mục, không phải tệp .thuky'
        : 'mục lục nén bị hỏng';
  }
  try {
    const out = new Map<string, Buffer>();
    for (const entry of zip.entries) {
      const limit = wanted[entry.name];
      if (limit === undefined) continue;
      if (entry.size > limit) return `mục "${entry.name}" quá lớn (${entry.size} byte)`;
      if (entry.encrypted || (entry.method !== 0 && entry.method !== 8))
        return `mục "${entry.name}" bị hỏng (sai kích thước hoặc mã CRC)`;
      let data: Buffer;
      try {
        data = await zip.read(entry);
      } catch {
        return `mục "${entry.name}" không giải nén được`;
      }
      if (data.length !== entry.size || crc32(data) !== entry.crc)
        return `mục "${entry.name}" bị hỏng (sai kích thước hoặc mã CRC)`;
      out.set(entry.name, data);
    }
    return out;
  } finally {
    zip.close();
  }
}
