/**
 * The register as a secretary uses it (#14): per-row letters in one run (named people personally,
 * placeholder rows to their unit), the signer shown but not sent a letter unless ticked, the print
 * window opened without the selection in its address, a substitute saved without a name yet.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, api, closeSession, openSession, shot, type Browsing, type Host } from './harness';
import { docxParagraphs, docxXml, unescapeXml } from '../helpers/docx';

let host: Host;
let b: Browsing;
let conferenceId = '';

beforeAll(async () => {
  ({ host, b } = await openSession());
  conferenceId = (
    await api(host, 'conference.create', {
      title: 'Hội nghị tổng kết công tác biên giới',
      startsAt: '2030-08-16T08:00',
      venue: 'Hội trường Bộ CHQS tỉnh',
      hostBody: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
      chair: 'Đồng chí Dương Xuân Huyền, Phó Chủ tịch UBND tỉnh',
      signerName: 'Dương Xuân Huyền',
    })
  ).id;
  for (const d of [
    { fullName: 'Dương Xuân Huyền', position: 'Phó Chủ tịch', unit: 'UBND tỉnh', category: 'Lãnh đạo tỉnh' },
    { fullName: 'Trần Văn Bình', position: 'Giám đốc', unit: 'Sở Tài chính', category: 'Các sở, ngành' },
    { fullName: '', position: 'Đại diện lãnh đạo', unit: 'Sở Tài chính', category: 'Các sở, ngành' },
    { fullName: '', position: 'Đại diện lãnh đạo', unit: 'Sở Tài chính', category: 'Các sở, ngành' },
    { fullName: '', position: 'Lãnh đạo Phòng Kinh tế', unit: 'UBND huyện Cao Lộc', category: 'Địa phương' },
  ])
    await api(host, 'delegate.create', { conferenceId, delegate: d });
  await b.page.goto(host.url);
  await b.page.waitForURL((u) => !u.search.includes('token='));
});
afterAll(() => closeSession(host, b));

describe('the register, per row', () => {
  it('leaves the signer out by default and writes personal and unit letters in one run', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/invitations`);
    await expect.poll(() => page.getByTestId('register-row').count()).toBe(5);
    expect(await page.getByTestId('host-role').innerText()).toContain('Người ký');
    expect(await page.getByTestId('target-count').innerText()).toContain('in 4 (không gửi người ký, chủ trì)');
    await shot(page, 'inv-rows-01-register');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
    const buf = fs.readFileSync((await download.path())!);
    const p = docxParagraphs(await docxXml(buf)).map(unescapeXml);
    // Rendered (LibreOffice → PDF → PNG) to look at: one page per letter, the unit letter's request on page 2.
    const dir = path.join(ARTIFACTS, 'inv-rows');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'letters.docx'), buf);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'letters.docx')], {
      stdio: 'ignore',
      timeout: 120000,
    });
    execFileSync('pdftoppm', ['-png', '-r', '60', path.join(dir, 'letters.pdf'), path.join(dir, 'page')]);
    expect(execFileSync('pdfinfo', [path.join(dir, 'letters.pdf')]).toString()).toMatch(/Pages:\s+3\b/);
    expect(
      execFileSync('pdftotext', [path.join(dir, 'letters.pdf'), '-'])
        .toString()
        .normalize('NFC')
        .replace(/\s+/g, ' '),
    ).toContain('Đề nghị Sở Tài chính cử 02 đồng chí lãnh đạo tham dự');
    const leads = p.flatMap((x, i) => (x.endsWith('trân trọng kính mời:') ? [p[i + 1]] : []));
    expect(leads).toEqual(['Đồng chí Trần Văn Bình, Giám đốc Sở Tài chính', 'Sở Tài chính', 'UBND huyện Cao Lộc']);
    expect(p).toContain('Đề nghị Sở Tài chính cử 02 đồng chí lãnh đạo tham dự.');

    // Ticked by hand, the signer is printed too.
    await page.getByRole('checkbox', { name: 'Chọn Dương Xuân Huyền' }).check();
    expect(await page.getByTestId('target-count').innerText()).toContain('Đã chọn 1');
    await page.getByRole('checkbox', { name: 'Chọn Dương Xuân Huyền' }).uncheck();
  });

  it('opens the print window without the selection in its address', async () => {
    const { page } = b;
    const [popup] = await Promise.all([b.context.waitForEvent('page'), page.getByTestId('open-print').click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toContain('sel=');
    expect(popup.url()).not.toContain('ids=');
    expect(popup.url().length).toBeLessThan(200);
    await expect.poll(() => popup.getByTestId('invitation-sheet').count()).toBe(3);
    expect(await popup.getByTestId('invitation-sheet').nth(1).innerText()).toContain(
      'Đề nghị Sở Tài chính cử 02 đồng chí lãnh đạo tham dự',
    );
    await shot(popup, 'inv-rows-02-print');
    await popup.close();
  });

  it("prints envelopes with the sender's and the recipient's address", async () => {
    const { page } = b;
    const items = (await api(host, 'delegate.list', { conferenceId })).items;
    await api(host, 'delegate.update', { id: items[1].id, patch: { address: 'Số 8 Lê Lợi, TP. Lạng Sơn' } });
    await api(host, 'invitation.settings.update', {
      conferenceId,
      senderAddress: 'Số 2 Nguyễn Thái Học, TP. Lạng Sơn',
    });
    const [popup] = await Promise.all([
      b.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Phong bì' }).click(),
    ]);
    await popup.waitForLoadState();
    expect(popup.url()).not.toContain('ids=');
    await expect.poll(() => popup.getByTestId('envelope-sheet').count()).toBe(3);
    const first = await popup.getByTestId('envelope-sheet').first().innerText();
    expect(first).toContain('Số 2 Nguyễn Thái Học, TP. Lạng Sơn');
    expect(first).toContain('Địa chỉ: Số 8 Lê Lợi, TP. Lạng Sơn');
    expect(await popup.getByTestId('envelope-sheet').nth(1).innerText()).toContain('Sở Tài chính');
    await shot(popup, 'inv-rows-03-envelopes');
    await popup.close();
  });

  it('saves "cử người dự thay, chưa có tên"', async () => {
    const { page } = b;
    await page.getByTestId('reply-open').nth(1).click();
    await page.getByTestId('reply-substitute').check();
    await page.getByTestId('sub-fullName').fill('');
    await page.getByTestId('reply-save').click();
    await expect
      .poll(
        async () =>
          (await api(host, 'invitation.register', { conferenceId })).items.find(
            (e: { fullName: string }) => e.fullName === 'Trần Văn Bình',
          )?.reply,
      )
      .toBe('substitute');
    await expect.poll(() => page.getByTestId('register-table').innerText()).toContain('chưa có tên');
    await page.getByTestId('reply-open').nth(1).click();
    await page.getByTestId('sub-fullName').fill('Đ/c  Thượng tá nguyễn văn an');
    await page.getByTestId('reply-save').click();
    await expect.poll(() => page.getByTestId('register-table').innerText()).toContain('Thượng tá Nguyễn Văn An');
  });
});
