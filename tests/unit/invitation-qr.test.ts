/** The QR PNG written by hand (qr-png.ts) holds exactly qrcode's module matrix, scaled, with a quiet zone. */
import zlib from 'node:zlib';
import QR from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPng } from '../../electron/services/kernel/qr-png';

describe('qrPng', () => {
  it('is a valid greyscale PNG whose pixels are the QR modules', async () => {
    const code = '3FA9C2B71E04';
    const png = await qrPng(code, 4, 1);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const side = png.readUInt32BE(16);
    const { modules } = QR.create(code, { errorCorrectionLevel: 'M' });
    expect(side).toBe((modules.size + 2) * 4);
    const idatLen = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('latin1')).toBe('IDAT');
    const raw = zlib.inflateSync(png.subarray(41, 41 + idatLen));
    expect(zlib.crc32(png.subarray(37, 41 + idatLen)) >>> 0).toBe(png.readUInt32BE(41 + idatLen));
    let mismatches = 0;
    for (let my = -1; my <= modules.size; my++) {
      for (let mx = -1; mx <= modules.size; mx++) {
        const dark = my >= 0 && mx >= 0 && my < modules.size && mx < modules.size && !!modules.get(my, mx);
        const px = raw[((my + 1) * 4 + 2) * (side + 1) + 1 + (mx + 1) * 4 + 2];
        if ((px === 0) !== dark) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });
});
