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
const names = async () => (await api(host, 'delegate.list', { conferenceId })).items.map((d: { fullName: string }) => d.fullName);

beforeAll(async () => {
  ({ host, b } = await openSession());
  conferenceId = (await api(host, 'conference.create', { title: 'Hội nghị thứ tự' })).id;
  await api(host, 'delegate.import', { conferenceId, fileName: 'ds.csv', contentBase64: csv([
    'STT;Họ và tên;Chức vụ;Đơn vị;Thành phần',
    '1;Thiếu tướng Hoàng Quang Thắng;Phó Tư lệnh;Quân khu 1;Khách mời',
    '2;Đại tá Lê Văn Ba;Chính ủy;Bộ CHQS tỉnh;Khách mời',
    '3;Nguyễn Văn Sơn;Giám đốc;Sở Tài chính;Sở, ngành',
    '4;Trần Thị Hoa;Giám đốc;Sở Y tế;Sở, ngành',
    '5;Lương Văn Đài;Phó Giám đốc;Sở Xây dựng;Sở, ngành',
    '6;Lý Văn Tạ;Chủ tịch;UBND xã Mẫu Sơn;Địa phương',
  ]) });
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
    await expect.poll(names).toEqual(['Hoàng Quang Thắng', 'Lê Văn Ba', 'Phạm Văn Đài', 'Nguyễn Văn Sơn', 'Trần Thị Hoa', 'Lương Văn Đài', 'Lý Văn Tạ']);
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
    await expect.poll(() => b.page.locator('.toast, [role="status"]').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Đã ở cuối thành phần')]));
    expect((await names())[2]).toBe('Phạm Văn Đài');
    expect((await names())[3]).toBe('Nguyễn Văn Sơn');
  });

  it('moves two ticked rows together', async () => {
    const { page } = b;
    const items = (await api(host, 'delegate.list', { conferenceId })).items;
    // Tick Trần Thị Hoa and Lương Văn Đài (4th and 6th of the list, 2nd and 3rd of "Sở, ngành").
    await page.getByTestId(`delegate-select-${items[4].id}`).check();
    await page.getByTestId(`delegate-select-${items[5].id}`).check();
    await page.getByTestId(`delegate-row-${items[5].id}`).click({ position: { x: 200, y: 10 } });
    await page.getByTestId('delegate-move-up').click();
    await expect.poll(names).toEqual(['Hoàng Quang Thắng', 'Lê Văn Ba', 'Phạm Văn Đài', 'Trần Thị Hoa', 'Lương Văn Đài', 'Nguyễn Văn Sơn', 'Lý Văn Tạ']);
    await shot(page, 'dl-order-02-moved-together');
  });

  it('finds the Đại tá first for "dai ta" and ignores a typed Đ/c', async () => {
    const { page } = b;
    const search = page.getByTestId('delegate-search');
    await search.fill('dai ta');
    await expect.poll(async () => (await page.locator('[data-testid^="delegate-row-"]').first().innerText())).toContain('Lê Văn Ba');
    await search.fill('Đ/c Lý Văn Tạ');
    await expect.poll(async () => (await page.locator('[data-testid^="delegate-row-"]').first().innerText())).toContain('Lý Văn Tạ');
    await search.fill('');
  });

  it('comes back to the conference that was open after a restart of the page', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/invitations`);
    await page.goto(`${host.origin}/`);
    await expect.poll(() => page.url()).toContain(`#/c/${conferenceId}/invitations`);
    await page.reload();
    await expect.poll(() => page.url()).toContain(`#/c/${conferenceId}/invitations`);
    await page.goto(`${host.origin}/#/`);
    await page.goto(`${host.origin}/`);
    await expect.poll(() => page.url()).not.toContain('#/c/');
  });
});
