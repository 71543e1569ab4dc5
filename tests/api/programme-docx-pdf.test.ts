/**
 * The programme DOCX as LibreOffice lays it out: whatever the length of the programme, the signature
 * block (authority, title and the signer's name) stays on one page — the name never falls alone onto
 * the next page. Programmes of 8 to 19 items push the block across the first page break.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, tempDir, demoCore } from '../helpers/core';

const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasSoffice)('programme DOCX through LibreOffice', () => {
  it('keeps the signature block together on every length', async () => {
    const { core, conferenceId } = await demoCore();
    const conf = await call(core, 'conference.get', { id: conferenceId });
    const dir = tempDir('thuky-prog-pdf-');
    const files: string[] = [];
    const titles = [
      'Đón tiếp đại biểu',
      'Tuyên bố lý do, giới thiệu đại biểu',
      'Báo cáo sơ kết 05 năm thực hiện Đề án số 223/ĐA-UBND ngày 03/10/2019 của UBND tỉnh về xây dựng khu vực phòng thủ tỉnh',
      'Trình chiếu phóng sự về xây dựng khu vực phòng thủ tỉnh giai đoạn 2020 - 2025',
    ];
    for (let n = 0; n < 20; n++) {
      await call(core, 'agenda.create', {
        conferenceId,
        kind: 'other',
        title: `${titles[n % titles.length]} (${n + 1})`,
        minutes: 10,
      });
      if (n < 7) continue;
      const out = await call(core, 'document.programme', { conferenceId });
      const f = path.join(dir, `ct-${n + 1}.docx`);
      fs.writeFileSync(f, Buffer.from(out.contentBase64, 'base64'));
      files.push(f);
    }
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      { stdio: 'ignore', timeout: 180000 },
    );
    let crossed = 0;
    for (const f of files) {
      const pdf = f.replace(/\.docx$/, '.pdf');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
      if (pages > 1) crossed++;
      const page = (p: number) =>
        execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'])
          .toString()
          .normalize('NFC');
      const last = page(pages);
      expect(last, path.basename(pdf)).toContain(conf.signerName);
      expect(last, path.basename(pdf)).toContain('PHÓ CHỦ TỊCH');
      expect(last, path.basename(pdf)).toContain('TM. ỦY BAN NHÂN DÂN');
    }
    // The lengths tried do cross the page break: the check above means something.
    expect(crossed).toBeGreaterThan(0);
    fs.mkdirSync(path.resolve(__dirname, '../artifacts'), { recursive: true });
    fs.copyFileSync(
      files[files.length - 1].replace(/\.docx$/, '.pdf'),
      path.resolve(__dirname, '../artifacts/programme-signature-kept.pdf'),
    );
    await core.close();
  }, 240000);
});
