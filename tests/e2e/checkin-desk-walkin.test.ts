/**
 * Walk-ins and a second desk (Chromium against the host, #15): a walk-in the desk puts into a
 * section appears within that section in the register; none is ever filed as "khách không mời",
 * neither in the register nor in the MC script. A second desk, which applies the other desks'
 * check-ins from the change events instead of refetching, still shows them in its counts and list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { api, closeSession, openSession, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;
let desk2: { context: BrowserContext; page: Page };
let conferenceId = '';
const SECTIONS = ['Lãnh đạo tỉnh', 'Đại biểu các sở, ngành', 'Đại biểu các huyện'];
const people: Record<string, { id: string; code: string; fullName: string }> = {};

beforeAll(async () => {
  ({ host, b } = await openSession());
  conferenceId = (
    await api(host, 'conference.create', { title: 'Hội nghị tổng kết công tác quốc phòng địa phương năm 2023' })
  ).id;
  const rows = [
    ['Hoàng Quang Thắng', 'Chủ tịch UBND tỉnh', 'UBND tỉnh', SECTIONS[0]],
    ['Nguyễn Thị Lan', 'Giám đốc', 'Sở Tài chính', SECTIONS[1]],
    ['Trần Đức Minh', 'Giám đốc', 'Sở Nội vụ', SECTIONS[1]],
    ['Vũ Văn Hải', 'Chủ tịch UBND huyện', 'UBND huyện Cao Lộc', SECTIONS[2]],
  ];
  for (const [fullName, position, unit, category] of rows) {
    const { id } = await api(host, 'delegate.create', {
      conferenceId,
      delegate: { fullName, rank: '', position, unit, category },
    });
    people[fullName] = { id, code: '', fullName };
  }
  for (const d of (await api(host, 'delegate.list', { conferenceId })).items)
    if (people[d.fullName]) people[d.fullName].code = d.code;
  // The second desk: paired with a PIN for this conference, in its own browser context.
  const { pin } = await api(host, 'station.pairingPin', {});
  const { token } = await api(host, 'station.pair', { pin, name: 'Bàn 2', conferenceId });
  const context = await b.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  await context.addInitScript((t) => {
    localStorage.setItem('thuky.token', t);
    localStorage.setItem('thuky.deskName', 'Bàn 2');
  }, token);
  desk2 = { context, page: await context.newPage() };
}, 60000);
afterAll(async () => {
  await desk2?.context.close().catch(() => {});
  await closeSession(host, b);
});

describe('walk-ins and a second desk', () => {
  it("a second desk sees the first desk's check-in in its counts and in its list", async () => {
    const { page } = b;
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/c/${conferenceId}/checkin/desk`);
    await desk2.page.goto(`${host.origin}/#/c/${conferenceId}/checkin/desk`);
    const present2 = () => desk2.page.getByTestId('count-present').innerText();
    await expect.poll(present2).toBe('0');
    const box = page.getByTestId('desk-box');
    await box.fill(people['Trần Đức Minh'].code);
    await box.press('Enter');
    await expect.poll(() => page.getByTestId('feedback-title').innerText()).toBe('Trần Đức Minh');
    await expect.poll(present2, { timeout: 5000 }).toBe('1');
    // Desk 2's list says where the person was admitted: applied from the event, not refetched.
    await desk2.page.getByTestId('desk-box').fill('tran duc minh');
    await expect.poll(() => desk2.page.getByTestId('desk-results').innerText()).toContain('Đã điểm danh');
    expect(await desk2.page.getByTestId('desk-results').innerText()).toContain('Máy chủ');
    await shot(desk2.page, 'desk-walkin-01-second-desk');
  }, 60000);

  it('a walk-in chosen into a section appears within it; "khách không mời" nowhere', async () => {
    const { page } = b;
    await page.getByTestId('desk-walkin').click();
    const select = page.getByTestId('walkin-section');
    // The neutral section first (the default), then the conference's own sections in list order.
    expect(await select.locator('option').allInnerTexts()).toEqual([
      'Đại biểu đến dự (chưa có trong danh sách)',
      ...SECTIONS,
    ]);
    await page.getByTestId('person-fullName').fill('Đỗ Văn Đến');
    await page.getByTestId('person-position').fill('Phó Giám đốc');
    await page.getByTestId('person-unit').fill('Sở Xây dựng');
    await select.selectOption(SECTIONS[1]);
    await shot(page, 'desk-walkin-02-dialog');
    await page.getByTestId('person-unit').press('Enter');
    await expect.poll(() => page.getByTestId('feedback-title').innerText()).toBe('Đỗ Văn Đến');
    expect(await page.getByTestId('feedback-detail').innerText()).toContain(SECTIONS[1]);
    await shot(page, 'desk-walkin-03-card');
    // Another walk-in, no section chosen: the neutral one.
    await page.getByTestId('desk-walkin').click();
    await page.getByTestId('person-fullName').fill('Lý Thị Mới');
    await page.getByTestId('person-fullName').press('Enter');
    await expect.poll(() => page.getByTestId('feedback-title').innerText()).toBe('Lý Thị Mới');

    // The register: the walk-in inside the chosen section (before the next section's header).
    await page.goto(`${host.origin}/#/c/${conferenceId}/delegates`);
    const table = page.getByTestId('delegate-table');
    await expect.poll(() => table.innerText()).toContain('Lý Thị Mới');
    const text = await table.innerText();
    const at = (s: string) => text.indexOf(s);
    expect(at(SECTIONS[1])).toBeLessThan(at('Trần Đức Minh'));
    expect(at('Trần Đức Minh')).toBeLessThan(at('Đỗ Văn Đến'));
    expect(at('Đỗ Văn Đến')).toBeLessThan(at(SECTIONS[2]));
    expect(at(SECTIONS[2])).toBeLessThan(at('Lý Thị Mới'));
    expect(await page.locator('body').innerText()).not.toMatch(/không mời/i);
    await shot(page, 'desk-walkin-04-register');

    const script = await api(host, 'script.generate', { conferenceId });
    expect(JSON.stringify(script)).not.toMatch(/không mời/i);
    const current = await api(host, 'script.current', { conferenceId });
    expect(JSON.stringify(current.blocks)).not.toMatch(/không mời|chưa có trong danh sách/i);
    expect((await api(host, 'checkin.stats', { conferenceId })).walkIns).toBe(2);
    expect(b.consoleErrors).toEqual([]);
  }, 60000);
});
