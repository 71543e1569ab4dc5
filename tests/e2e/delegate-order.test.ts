/**
 * The delegate list keeps its order (#14), as a secretary works it in Chromium: a delegate added by
 * hand lands at the end of his section (rank split out of the name, phone 0 restored); Lên/Xuống and
 * Alt+↑/↓ stop at the section's edge; two ticked rows move together; "dai ta" finds the Đại tá first;
 * reloading returns to the conference that was open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, closeSession, openSession, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;
let conferenceId = '';
const csv = (lines: string[]) => Buffer.from(lines.join('\r\n')).toString('base64');
const names = async () =>
  (await api(host, 'delegate.list', { conferenceId })).items.map((d: { fullName: string }) => d.fullName);

beforeAll(async () => {
  ({ host, b } = await openSession());
  conferenceId = (await api(host, 'conference.create', { title: 'Hội nghị thứ tự' })).id;
  await api(host, 'delegate.import', {
    conferenceId,
    fileName: 'ds.csv',
    contentBase64: csv([
      'STT;Họ và tên;Chức vụ;Đơn vị;Thành phần',
      '1;Thiếu tướng Hoàng Quang Thắng;Phó Tư lệnh;Quân khu 1;Khách mời',
      '2;Đại tá Lê Văn Ba;Chính ủy;Bộ CHQS tỉnh;Khách mời',
      '3;Nguyễn Văn Sơn;Giám đốc;Sở Tài chính;Sở, ngành',
      '4;Trần Thị Hoa;Giám đốc;Sở Y tế;Sở, ngành',
      '5;Lương Văn Đài;Phó Giám đốc;Sở Xây dựng;Sở, ngành',
      '6;Lý Văn Tạ;Chủ tịch;UBND xã Mẫu Sơn;Địa phương',
    ]),
  });
  await b.page.goto(host.url);
  await b.page.waitForURL((u) => !u.search.includes('token='));
});
afterAll(() => closeSession(host, b));

describe('the list keeps its order', () => {
  it('adds a delegate by hand at the end of his section', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/delegates`);
    await page.getByTestId('delegate-add').click();
    await page.getByTestId('delegate-field-fullName').fill('Thượng tá Phạm Văn Đài');
    await page.getByTestId('delegate-field-category').fill('Khách mời');
    await page.getByTestId('delegate-field-phone').fill('912345678');
    await page.getByTestId('delegate-save').click();
    await expect
      .poll(names)
      .toEqual([
        'Hoàng Quang Thắng',
        'Lê Văn Ba',
        'Phạm Văn Đài',
        'Nguyễn Văn Sơn',
        'Trần Thị Hoa',
        'Lương Văn Đài',
        'Lý Văn Tạ',
      ]);
    const d = (await api(host, 'delegate.list', { conferenceId })).items[2];
    expect(d).toMatchObject({ rank: 'Thượng tá', phone: '0912345678' });
    await expect.poll(() => page.getByTestId(`delegate-row-${d.id}`).getAttribute('data-precedence')).toBe('3');
    await shot(page, 'dl-order-01-added-in-section');
  });

  it('stops Alt+↓ and Xuống at the section edge', async () => {
    const { page } = b;
    const items = (await api(host, 'delegate.list', { conferenceId })).items;
    await page.getByTestId(`delegate-row-${items[2].id}`).click();
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByTestId('delegate-move-down').click();
    // Nothing crossed into "Sở, ngành".
    await expect
      .poll(() => b.page.locator('.toast, [role="status"]').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining('Đã ở cuối thành phần')]));
    expect((await names())[2]).toBe('Phạm Văn Đài');
    expect((await names())[3]).toBe('Nguyễn Văn Sơn');
    // The messages sit over the sidebar's foot, never over the rows.
    const box = await b.page.locator('.toast-area').boundingBox();
    const table = await b.page.getByTestId('delegate-table').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(table!.x);
  });

  it('moves two ticked rows together', async () => {
    const { page } = b;
    const items = (await api(host, 'delegate.list', { conferenceId })).items;
    // Tick Trần Thị Hoa and Lương Văn Đài (4th and 6th of the list, 2nd and 3rd of "Sở, ngành").
    await page.getByTestId(`delegate-select-${items[4].id}`).check();
    await page.getByTestId(`delegate-select-${items[5].id}`).check();
    await page.getByTestId(`delegate-row-${items[5].id}`).click({ position: { x: 200, y: 10 } });
    await page.getByTestId('delegate-move-up').click();
    await expect
      .poll(names)
      .toEqual([
        'Hoàng Quang Thắng',
        'Lê Văn Ba',
        'Phạm Văn Đài',
        'Trần Thị Hoa',
        'Lương Văn Đài',
        'Nguyễn Văn Sơn',
        'Lý Văn Tạ',
      ]);
    await shot(page, 'dl-order-02-moved-together');
  });

  it('finds the Đại tá first for "dai ta" and ignores a typed Đ/c', async () => {
    const { page } = b;
    const search = page.getByTestId('delegate-search');
    await search.fill('dai ta');
    await expect
      .poll(async () => await page.locator('[data-testid^="delegate-row-"]').first().innerText())
      .toContain('Lê Văn Ba');
    await search.fill('Đ/c Lý Văn Tạ');
    await expect
      .poll(async () => await page.locator('[data-testid^="delegate-row-"]').first().innerText())
      .toContain('Lý Văn Tạ');
    await search.fill('');
  });

  it('keeps a dragged row inside its section, and drags ticked rows together', async () => {
    const { page } = b;
    const before = await names();
    const items = (await api(host, 'delegate.list', { conferenceId })).items;
    // Dragged four rows down from the top of "Khách mời" (3 people): it stops at the section's end.
    await page.getByTestId(`delegate-drag-${items[0].id}`).focus();
    for (const key of ['Space', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(300); // dnd-kit measures between steps, as a person's presses allow
    }
    await expect.poll(names).toEqual([before[1], before[2], before[0], ...before.slice(3)]);
    // Two ticked rows of "Sở, ngành" (Trần Thị Hoa, Lương Văn Đài are still ticked) dragged below Nguyễn Văn Sơn.
    const now = (await api(host, 'delegate.list', { conferenceId })).items;
    const hoa = now.find((d: { fullName: string }) => d.fullName === 'Trần Thị Hoa');
    await page.getByTestId(`delegate-drag-${hoa.id}`).focus();
    for (const key of ['Space', 'ArrowDown', 'ArrowDown', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(300);
    }
    await expect
      .poll(async () => (await names()).slice(3, 6))
      .toEqual(['Nguyễn Văn Sơn', 'Trần Thị Hoa', 'Lương Văn Đài']);
    expect((await names())[6]).toBe('Lý Văn Tạ');
  });

  it('sorts a scattered section by rank into one piece', async () => {
    const { page } = b;
    // A "Khách mời" row left at the very bottom (as hand-added rows used to land).
    const n = (await names()).length;
    await api(host, 'delegate.create', {
      conferenceId,
      delegate: { fullName: 'Trịnh Văn Cả', rank: 'Đại tá', category: 'Khách mời' },
      precedence: n + 1,
    });
    await page.reload();
    await page.getByTestId('section-sort-rank-0').click();
    await expect
      .poll(async () => (await names()).slice(0, 4))
      .toEqual(['Hoàng Quang Thắng', 'Lê Văn Ba', 'Trịnh Văn Cả', 'Phạm Văn Đài']);
    expect((await names()).at(-1)).toBe('Lý Văn Tạ');
    await shot(page, 'dl-order-03-sorted-by-rank');
  });

  it("puts a second import's rows in their existing sections", async () => {
    await api(host, 'delegate.import', {
      conferenceId,
      fileName: 'bo-sung.csv',
      contentBase64: csv([
        'STT;Họ và tên;Chức vụ;Đơn vị;Thành phần',
        '1;Đỗ Văn Hải;Giám đốc;Sở Công Thương;Sở, ngành',
        '2;Trung tá Vi Văn Năm;Phó Chỉ huy trưởng;Bộ CHQS tỉnh;Khách mời',
      ]),
    });
    await b.page.reload();
    const list = await names();
    expect(list.indexOf('Vi Văn Năm')).toBe(4);
    expect(list.indexOf('Đỗ Văn Hải')).toBe(list.indexOf('Lý Văn Tạ') - 1);
    await expect
      .poll(() => b.page.locator('.dl-section-name').allInnerTexts())
      .toEqual(['Khách mời', 'Sở, ngành', 'Địa phương']);
  });

  it('comes back to the conference that was open after a restart of the page', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/invitations`);
    // A hash change is remembered by its (asynchronous) hashchange event: wait for it, as a person would.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('thuky.lastPlace')))
      .toBe(`#/c/${conferenceId}/invitations`);
    await page.goto(`${host.origin}/`);
    await expect.poll(() => page.url()).toContain(`#/c/${conferenceId}/invitations`);
    await page.reload();
    await expect.poll(() => page.url()).toContain(`#/c/${conferenceId}/invitations`);
    await page.goto(`${host.origin}/#/`);
    await page.goto(`${host.origin}/`);
    await expect.poll(() => page.url()).not.toContain('#/c/');
  });
});
