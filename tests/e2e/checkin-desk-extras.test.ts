/**
 * The desk's extras in the real host and browser: the seat in the green feedback, "In thẻ" opens
 * the badge print view for that delegate and logs the print (no check-in), "Sửa tên/chức vụ"
 * fixes the name through checkin.fix; the admin page downloads the MC's list of present dignitaries.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, closeSession, openDemoSession, shot, type Browsing, type Host } from './harness';
import { docxXml } from '../helpers/docx';

let host: Host;
let b: Browsing;
let conferenceId = '';
let delegates: any[] = [];

beforeAll(async () => {
  ({ host, b, conferenceId } = await openDemoSession());
  delegates = (await api(host, 'delegate.list', { conferenceId })).items;
  const hallId = (await api(host, 'hall.createDemo', {})).id;
  await api(host, 'seating.autoAssign', { conferenceId, hallId });
});
afterAll(() => closeSession(host, b));

describe('desk extras', () => {
  it('shows the seat, prints a badge (logged, not a check-in) and fixes a name', async () => {
    const { page } = b;
    const seats = new Map(
      (await api(host, 'seating.list', { conferenceId })).items.map((s: any) => [s.delegateId, s.label]),
    );
    const d = delegates.find((x) => x.precedence === 3)!;
    const other = delegates.find((x) => x.precedence === 60)!;
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/c/${conferenceId}/checkin/desk`);
    const box = page.getByTestId('desk-box');
    await box.fill(d.code);
    await box.press('Enter');
    await expect.poll(() => page.getByTestId('feedback-seat').innerText()).toContain(String(seats.get(d.id)));
    await shot(page, 'checkin-10-desk-seat');

    // "In thẻ" acts on the person in the feedback: a new window with the badge print view.
    const popup = page.context().waitForEvent('page');
    await page.getByTestId('desk-print-badge').click();
    const print = await popup;
    expect(print.url()).toContain(`/print/badges?conferenceId=${conferenceId}&ids=${d.id}`);
    await print.waitForLoadState('domcontentloaded');
    await expect
      .poll(async () => (await print.locator('body').innerText()).includes(d.fullName), { timeout: 10000 })
      .toBe(true);
    await shot(print, 'checkin-11-desk-badge-print');
    await print.close();
    const audit = (await api(host, 'checkin.audit', { conferenceId })).items;
    expect(audit.some((a: any) => a.action === 'print' && a.delegateId === d.id)).toBe(true);
    expect((await api(host, 'checkin.stats', { conferenceId })).present).toBe(1);

    await page.getByTestId('desk-fix').click();
    await page.getByTestId('fix-fullName').fill('Nguyễn Văn Đã Sửa');
    await page.getByTestId('fix-position').fill('Chính ủy Bộ Chỉ huy');
    await shot(page, 'checkin-12-desk-fix');
    await page.getByTestId('fix-submit').click();
    await expect.poll(() => page.getByTestId('feedback-title').innerText()).toContain('Nguyễn Văn Đã Sửa');
    const fixed = (await api(host, 'delegate.list', { conferenceId })).items.find((x: any) => x.id === d.id);
    expect(fixed).toMatchObject({ fullName: 'Nguyễn Văn Đã Sửa', position: 'Chính ủy Bộ Chỉ huy' });

    await box.fill(other.code);
    await box.press('Enter');
    await expect.poll(() => page.getByTestId('feedback-title').innerText()).toContain(other.fullName || other.position);
    expect(await page.getByTestId('feedback-seat').innerText()).toContain(String(seats.get(other.id)));
  }, 60_000);

  it('downloads the MC list of present dignitaries from the admin page', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/checkin`);
    await page.getByTestId('report-mc-max').fill('10');
    const dl = page.waitForEvent('download');
    await page.getByTestId('report-mc').click();
    const file = await (await dl).path();
    await shot(page, 'checkin-13-admin-mc');
    const xml = await docxXml(fs.readFileSync(file!));
    expect(xml).toContain('DANH SÁCH ĐẠI BIỂU CÓ MẶT');
    expect(xml).toContain('Nguyễn Văn Đã Sửa');
    // Precedence 60 is present but beyond 10: not on the MC's list.
    const other = delegates.find((x) => x.precedence === 60)!;
    if (other.fullName) expect(xml).not.toContain(other.fullName);
  }, 30_000);
});
