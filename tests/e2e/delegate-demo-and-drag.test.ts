/**
 * A first-time user: the demo conference one click away; reordering by keyboard drag (dnd-kit);
 * a 5,000-row list that still scrolls to its end. No request may leave the host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, closeSession, openSession, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;

beforeAll(async () => {
  ({ host, b } = await openSession());
});
afterAll(() => closeSession(host, b));

describe('demo conference and drag reorder, in Chromium', () => {
  it('creates the demo conference in one click and shows its delegates', async () => {
    const { page } = b;
    await page.goto(host.url);
    await page.getByTestId('conference-create-demo').first().click();
    await expect.poll(() => page.url()).toMatch(/#\/c\/[^/]+\/delegates$/);
    await expect.poll(() => page.getByTestId('delegate-count').innerText()).toMatch(/179 đại biểu/);
    await expect.poll(() => page.getByTestId('section-header-0').innerText()).toContain('Khách mời Quân khu 1');
    await shot(page, '10-demo-delegates');
  });

  it('moves a delegate up by keyboard drag: Space, ↑, Space', async () => {
    const { page } = b;
    const conferenceId = (await api(host, 'conference.list', {})).items[0].id;
    const before = (await api(host, 'delegate.list', { conferenceId })).items;
    const third = before[2];
    const handle = page.getByTestId(`delegate-drag-${third.id}`);
    await handle.focus();
    // dnd-kit measures between steps, as a person's key presses would allow
    for (const key of ['Space', 'ArrowUp', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(300);
    }
    await expect
      .poll(async () => (await api(host, 'delegate.list', { conferenceId })).items.slice(0, 3).map((d: any) => d.id))
      .toEqual([before[0].id, third.id, before[1].id]);
    await shot(page, '11-keyboard-drag');
  });

  it('scrolls a 5,000-row list to its last delegate', async () => {
    const { page } = b;
    const { id } = await api(host, 'conference.create', { title: 'Danh sách lớn' });
    const rows = ['STT;Họ và tên;Chức vụ;Đơn vị'];
    for (let i = 1; i <= 5000; i++) rows.push(`${i};Nguyễn Văn Thứ ${i};Cán bộ;Đơn vị ${i}`);
    const res = await api(host, 'delegate.import', {
      conferenceId: id,
      fileName: 'lon.csv',
      contentBase64: Buffer.from(rows.join('\r\n')).toString('base64'),
    });
    expect(res.imported).toBe(5000);
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/c/${id}/delegates`);
    const table = page.getByTestId('delegate-table');
    await expect.poll(() => table.locator('[data-testid^="delegate-row-"]').count()).toBeGreaterThan(10);
    expect(await table.locator('[data-testid^="delegate-row-"]').count()).toBeLessThan(200);
    const last = (await api(host, 'delegate.list', { conferenceId: id })).items.at(-1);
    expect(last).toMatchObject({ precedence: 5000, fullName: 'Nguyễn Văn Thứ 5000' });
    await table.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await expect
      .poll(async () => {
        await table.evaluate((el) => {
          el.scrollTop = el.scrollHeight;
        });
        return table.locator('[data-precedence="5000"]').getAttribute('data-name');
      })
      .toBe('Nguyễn Văn Thứ 5000');
    await shot(page, '12-five-thousand-end');
  });

  it('never asked for anything outside the host, and logged no errors', () => {
    expect(b.external).toEqual([]);
    expect(b.consoleErrors).toEqual([]);
  });
});
