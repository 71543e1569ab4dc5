/**
 * Giấy mời end to end in Chromium against the host, on the demo conference: fill the invitation form
 * (live preview), download the DOCX for a section, mark the just-printed batch as sent, record a
 * substitute, open the print view. No request may leave the host.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, closeSession, openDemoSession, shot, type Browsing, type Host } from './harness';
import { docxXml } from '../helpers/docx';

let host: Host;
let b: Browsing;
let conferenceId = '';
const SECTION = 'Khách mời Quân khu 1';

beforeAll(async () => {
  ({ host, b, conferenceId } = await openDemoSession());
  await b.page.goto(host.url);
  await b.page.waitForURL((u) => !u.search.includes('token='));
});
afterAll(() => closeSession(host, b));

describe('Giấy mời, end to end', () => {
  it('fills the invitation form with a live preview and saves it', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/invitations/form`);
    await page.getByTestId('inv-number').fill('15');
    await page.getByTestId('inv-issueDate').fill('05/09/2025');
    await page
      .getByTestId('inv-notes')
      .fill('Đại biểu LLVT mặc quân phục thường dùng; đại biểu khác mặc trang phục công sở.');
    await page.getByTestId('inv-contactName').fill('Hoàng Văn Bình, Phòng Tham mưu');
    const preview = page.getByTestId('invitation-preview');
    await expect.poll(() => preview.innerText()).toContain('Số: 15/GM-UBND');
    await expect.poll(() => preview.innerText()).toContain('Lạng Sơn, ngày 05 tháng 9 năm 2025');
    await expect.poll(() => preview.innerText()).toContain('mặc quân phục thường dùng');
    await shot(page, 'inv-01-form-preview');
    await page.getByTestId('invitation-save').click();
    await expect.poll(async () => (await api(host, 'invitation.settings.get', { conferenceId })).number).toBe('15');
  });

  it('downloads the DOCX of one section, one invitation per delegate', async () => {
    const { page } = b;
    await page.getByTestId('tab-register').click();
    await page.getByTestId('filter-category').selectOption(SECTION);
    const { items } = await api(host, 'delegate.list', { conferenceId });
    const section = items.filter((d: { category: string }) => d.category === SECTION);
    await expect.poll(() => page.getByTestId('register-row').count()).toBe(section.length);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
    const file = await download.path();
    const xml = await docxXml(fs.readFileSync(file!));
    expect(xml.match(/<w:sectPr/g)).toHaveLength(section.length);
    for (const d of section) expect(xml).toContain(d.fullName);
    expect(xml).toContain('Số: 15/GM-UBND');
    await page.getByTestId('last-batch').waitFor();
    await shot(page, 'inv-02-register-after-download');
  });

  it('marks what was just printed as sent', async () => {
    const { page } = b;
    await page.getByTestId('mark-batch').click();
    await page.getByTestId('mark-method').selectOption('buu_dien');
    await page.getByTestId('mark-confirm').click();
    await expect
      .poll(async () => {
        const r = await api(host, 'invitation.register', { conferenceId });
        return r.items.filter((e: { status: string; method: string }) => e.status === 'sent' && e.method === 'buu_dien')
          .length;
      })
      .toBe(10);
    await expect.poll(() => page.getByTestId('last-batch').count()).toBe(0);
  });

  it('records a substitute for a delegate', async () => {
    const { page } = b;
    await page.getByTestId('reply-open').nth(2).click();
    await page.getByTestId('reply-substitute').check();
    await page.getByTestId('sub-fullName').fill('Lê Văn Thay');
    await page.getByTestId('sub-rank').fill('Thượng tá');
    await page.getByTestId('sub-position').fill('Trưởng phòng Kế hoạch');
    await shot(page, 'inv-03-substitute');
    await page.getByTestId('reply-save').click();
    await expect
      .poll(async () => {
        const r = await api(host, 'invitation.register', { conferenceId });
        return r.items.find((e: { reply: string }) => e.reply === 'substitute')?.substitute?.fullName;
      })
      .toBe('Lê Văn Thay');
    await expect.poll(() => page.getByTestId('register-table').innerText()).toContain('Thượng tá Lê Văn Thay');
    await page.getByTestId('register-summary').click();
    await expect
      .poll(() => page.getByTestId('register-counts').innerText())
      .toMatch(/Khách mời Quân khu 1\s+10\s+10\s+1\s+0\s+0\s+1/);
    await shot(page, 'inv-04-register');
  });

  it('prints the same invitations from the print view, with no outside request', async () => {
    const { page } = b;
    const { items } = await api(host, 'delegate.list', { conferenceId });
    const ids = items
      .slice(0, 3)
      .map((d: { id: string }) => d.id)
      .join(',');
    await page.goto(`${host.origin}/print/invitations?conferenceId=${conferenceId}&ids=${ids}`);
    await expect.poll(() => page.getByTestId('invitation-sheet').count()).toBe(3);
    expect(await page.getByTestId('invitation-sheet').first().innerText()).toContain(items[0].fullName);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('14pt Tinos', 'Đồng chí'))).toBe(true);
    await shot(page, 'inv-05-print-view');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    fs.writeFileSync(`${__dirname}/../artifacts/inv-print-view.pdf`, pdf);
    // one A4 page per invitation, no blank page after the last
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(3);
    // DL envelopes for the same selection, from the same model
    await page.goto(`${host.origin}/print/invitations?conferenceId=${conferenceId}&ids=${ids}&layout=envelope`);
    await expect.poll(() => page.getByTestId('envelope-sheet').count()).toBe(3);
    expect(await page.getByTestId('envelope-sheet').nth(1).innerText()).toContain(items[1].fullName);
    await shot(page, 'inv-06-envelopes');
    const envPdf = await page.pdf({ preferCSSPageSize: true });
    fs.writeFileSync(`${__dirname}/../artifacts/inv-envelopes.pdf`, envPdf);
    const env = envPdf.toString('latin1');
    expect(env.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(3);
    expect(env).toMatch(/MediaBox\s*\[\s*0 0 62[34](\.\d+)? 31[12](\.\d+)?\s*\]/); // 220 × 110 mm
    expect(b.external).toEqual([]);
    expect(b.consoleErrors).toEqual([]);
  });
});
