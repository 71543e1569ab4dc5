/**
 * Letters that can be signed (#14): after the form was saved, the conference moves to another day,
 * hour and hall; the preview and the DOCX follow. A field the secretary typed stays, the form shows
 * the conference's value beside it, and one click takes it. The DOCX is rendered to pages and kept.
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
      title: 'Hội nghị đánh giá 15 năm hoàn thành phân giới, cắm mốc và thực hiện 03 văn kiện',
      startsAt: '2026-08-15T07:30',
      venue: 'Hội trường UBND tỉnh',
      hostBody: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
      parentBody: '',
      placeName: 'Lạng Sơn',
      documentSymbol: 'GM-UBND',
      chair: 'Đồng chí Chủ tịch UBND tỉnh',
      signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
      signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      signerName: 'Dương Xuân Huyền',
    })
  ).id;
  for (const d of [
    {
      fullName: 'Nguyễn Văn Hùng',
      position: 'Trưởng ban',
      unit: 'Ban Nội chính Tỉnh ủy',
      category: 'Đại biểu Tỉnh ủy',
    },
    {
      fullName: 'Lê Thị Mai',
      position: 'Chánh Văn phòng',
      unit: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
      category: 'Đại biểu Tỉnh ủy',
    },
    {
      fullName: 'Hoàng Văn Tú',
      rank: 'Thiếu tá',
      position: 'Trưởng Công an xã',
      unit: 'Xã Mẫu Sơn',
      category: 'Địa phương',
    },
  ])
    await api(host, 'delegate.create', { conferenceId, delegate: d });
  await b.page.goto(host.url);
  await b.page.waitForURL((u) => !u.search.includes('token='));
});
afterAll(() => closeSession(host, b));

const preview = () => b.page.getByTestId('invitation-preview');

describe('the letters follow the conference', () => {
  it('moves the preview and the DOCX to the new day and hall after the form was saved', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/invitations/form`);
    await expect.poll(() => preview().innerText()).toContain('ngày 15/08/2026');
    await page.getByTestId('inv-number').fill('15');
    await page.getByTestId('invitation-save').click();
    await expect.poll(async () => (await api(host, 'invitation.settings.get', { conferenceId })).saved).toBe(true);

    // The conference moves: 16/08 08:00, another hall (typed on the info page, dd/mm/yyyy).
    await page.goto(`${host.origin}/#/c/${conferenceId}/info`);
    const date = page.getByTestId('conf-startsAt-date');
    await expect.poll(() => date.inputValue()).toBe('15/08/2026');
    await date.fill('16/08/2026');
    await page.getByTestId('conf-startsAt-time').fill('08:00');
    await page.getByLabel('Địa điểm').fill('Hội trường Bộ CHQS tỉnh');
    await page.getByTestId('conference-form-submit').click();
    await expect
      .poll(async () => (await api(host, 'conference.get', { id: conferenceId })).startsAt)
      .toBe('2026-08-16T08:00');

    await page.goto(`${host.origin}/#/c/${conferenceId}/invitations/form`);
    await expect.poll(() => preview().innerText()).toContain('Thời gian: 08 giờ 00 phút, Chủ nhật, ngày 16/08/2026');
    const text = await preview().innerText();
    expect(text).toContain('Địa điểm: Hội trường Bộ CHQS tỉnh');
    expect(text).not.toContain('15/08/2026');
    expect(text).toContain('Ủy ban nhân dân tỉnh Lạng Sơn trân trọng kính mời:');
    expect(text).toContain('Đồng chí Nguyễn Văn Hùng, Trưởng Ban Nội chính Tỉnh ủy');
    expect(text).toContain('Số: 15/GM-UBND');
    await shot(page, 'inv-follows-01-preview-moved');

    await page.goto(`${host.origin}/#/c/${conferenceId}/invitations`);
    await expect.poll(() => page.getByTestId('register-row').count()).toBe(3);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
    const buf = fs.readFileSync((await download.path())!);
    const paras = docxParagraphs(await docxXml(buf)).map(unescapeXml);
    expect(paras.filter((p) => p === 'Thời gian: 08 giờ 00 phút, Chủ nhật, ngày 16/08/2026.')).toHaveLength(3);
    expect(paras.join('\n')).not.toContain('15/08/2026');
    expect(paras.join('\n')).not.toContain('Hội trường UBND tỉnh');
    expect(paras).toContain('Đồng chí Lê Thị Mai, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh');
    expect(paras).toContain('Đồng chí Thiếu tá Hoàng Văn Tú, Trưởng Công an xã Mẫu Sơn');
    expect(paras.filter((p) => p === 'Ủy ban nhân dân tỉnh Lạng Sơn trân trọng kính mời:')).toHaveLength(3);
    // Rendered to pages (LibreOffice → PDF → PNG) for a person to look at.
    const dir = path.join(ARTIFACTS, 'inv-follows');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'letters.docx'), buf);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'letters.docx')], {
      stdio: 'ignore',
      timeout: 120000,
    });
    execFileSync('pdftoppm', ['-png', '-r', '60', path.join(dir, 'letters.pdf'), path.join(dir, 'page')]);
    const pdfText = execFileSync('pdftotext', [path.join(dir, 'letters.pdf'), '-'])
      .toString()
      .normalize('NFC');
    expect(pdfText).toContain('16/08/2026');
    expect(pdfText).not.toContain('15/08/2026');
  });

  it("keeps a typed hall, shows the conference's, and takes it in one click", async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/invitations/form`);
    await page.getByTestId('inv-venue').fill('Hội trường tầng 3, Bộ CHQS tỉnh');
    await page.getByTestId('invitation-save').click();
    await expect
      .poll(async () => (await api(host, 'invitation.settings.get', { conferenceId })).typed)
      .toContain('venue');
    await api(host, 'conference.update', { id: conferenceId, patch: { venue: 'Nhà khách Tỉnh ủy' } });
    await page.reload();
    await expect.poll(() => page.getByTestId('inv-venue').inputValue()).toBe('Hội trường tầng 3, Bộ CHQS tỉnh');
    const diff = page.getByTestId('inv-diff-venue');
    await expect.poll(() => diff.innerText()).toContain('Nhà khách Tỉnh ủy');
    expect(await page.getByTestId('inv-diff-timeText').count()).toBe(0);
    await shot(page, 'inv-follows-02-diff');
    await page.getByTestId('inv-take-venue').click();
    await expect.poll(() => preview().innerText()).toContain('Địa điểm: Nhà khách Tỉnh ủy');
    expect(await diff.count()).toBe(0);
    await page.getByTestId('invitation-save').click();
    await expect
      .poll(async () => (await api(host, 'invitation.settings.get', { conferenceId })).typed)
      .not.toContain('venue');
  });
});
