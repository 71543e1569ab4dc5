/**
 * The DOCX as LibreOffice lays it out: one page per invitation (nothing overflows onto a second page,
 * no trailing blank page) and every addressee on its own page. Uses the longest addressees of the
 * demo with every optional block switched on (notes, contact, QR), the worst case for the page.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, tempDir, demoCore } from '../helpers/core';
import { addresseeLine } from '../../shared/documents/invitation';

const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasSoffice)('invitations through LibreOffice', () => {
  it('gives exactly one page per invitation, each with its addressee', async () => {
    const { core, conferenceId } = await demoCore();
    await call(core, 'invitation.settings.update', {
      conferenceId,
      number: '15',
      issueDate: '2025-09-05',
      showQr: true,
      notes:
        'Đại biểu LLVT mặc quân phục thường dùng; đại biểu khác mặc trang phục công sở.\nĐề nghị các đồng chí được phân công tham luận mang theo 02 bản in.',
      contactName: 'Hoàng Văn Bình, Trợ lý Phòng Tham mưu',
      contactPhone: '0205 3870 123',
      replyBy: '2025-10-03',
      recipients:
        '- Như trên;\n- Thường trực Tỉnh ủy (b/c);\n- Thường trực HĐND tỉnh (b/c);\n- Bộ Tư lệnh Quân khu 1 (b/c);\n- Chủ tịch, các PCT UBND tỉnh;\n- Bộ CHQS tỉnh;\n- Lưu: VT, KSNC.',
    });
    const { items } = await call(core, 'delegate.list', { conferenceId });
    const longest = [...items].sort((a, b) => addresseeLine(b).length - addresseeLine(a).length).slice(0, 24);
    const picked = items.filter((d) => longest.includes(d));
    const out = await call(core, 'document.invitations', { conferenceId, delegateIds: picked.map((d) => d.id) });
    const dir = tempDir('thuky-inv-pdf-');
    const docx = path.join(dir, 'giay-moi.docx');
    fs.writeFileSync(docx, Buffer.from(out.contentBase64, 'base64'));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      { stdio: 'ignore', timeout: 90000 },
    );
    const pdf = path.join(dir, 'giay-moi.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
    expect(pages).toBe(picked.length);
    fs.mkdirSync(path.resolve(__dirname, '../artifacts'), { recursive: true });
    fs.copyFileSync(pdf, path.resolve(__dirname, '../artifacts/inv-longest-addressees.pdf'));
    for (let p = 1; p <= pages; p++) {
      const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-'])
        .toString()
        .replace(/\s+/g, ' ');
      const d = picked[p - 1];
      expect(text).toContain(d.fullName || d.unit);
      expect(text).toContain('GIẤY MỜI');
      expect(text).toContain('Lưu: VT, KSNC.');
    }
  }, 120000);
});
