/**
 * The foundation, end to end, as a secretary does it in a browser through `npm run host`:
 * create a conference, import the office's .xlsx through the mapping step, search without
 * diacritics, edit a delegate, reorder, export. No request may leave the host.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, closeSession, openSession, shot, type Browsing, type Host } from './harness';

const XLSX = path.resolve(__dirname, '../fixtures/sample-delegates-tuyen-quang.xlsx');
let host: Host;
let b: Browsing;
let conferenceId = '';

beforeAll(async () => {
  ({ host, b } = await openSession());
});
afterAll(() => closeSession(host, b));

describe('delegates, end to end in Chromium', () => {
  it('creates a conference from the form', async () => {
    const { page } = b;
    await page.goto(host.url);
    await expect.poll(() => page.url()).not.toContain('token=');
    await page.getByTestId('conference-create').first().click();
    const form = page.getByTestId('conference-form');
    await form.getByLabel('Tên hội nghị').fill('Hội nghị sơ kết 05 năm thực hiện Nghị định số 21/2019/NĐ-CP');
    await form.getByLabel('Địa điểm').fill('Hội trường Bộ CHQS tỉnh');
    await shot(page, '01-conference-form');
    await page.getByTestId('conference-form-submit').click();
    await expect.poll(async () => (await api(host, 'conference.list', {})).items.length).toBe(1);
    conferenceId = (await api(host, 'conference.list', {})).items[0].id;
    expect((await api(host, 'conference.get', { id: conferenceId })).venue).toBe('Hội trường Bộ CHQS tỉnh');
  });

  it('imports the office .xlsx through the mapping step', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/import`);
    await page.getByTestId('import-file-input').setInputFiles(XLSX);
    const mapping = page.getByTestId('import-mapping-table');
    await mapping.waitFor();
    // The office's combined "Chức vụ, đơn vị" column is recognised; switch it off and back on.
    const colC = page.getByTestId('import-column-select-C');
    await expect.poll(() => colC.inputValue()).toBe('positionUnit');
    await colC.selectOption('ignore');
    await expect.poll(() => colC.inputValue()).toBe('ignore');
    await colC.selectOption('positionUnit');
    await expect.poll(() => colC.inputValue()).toBe('positionUnit');
    const preview = page.getByTestId('import-preview-table');
    await expect.poll(() => preview.innerText()).toContain('Bùi Đình Quân');
    await shot(page, '02-import-preview');
    await page.getByTestId('import-commit').click();
    await expect.poll(() => page.getByTestId('import-result').innerText(), { timeout: 15000 }).toMatch(/23/);
    await shot(page, '03-import-result');
    const { items } = await api(host, 'delegate.list', { conferenceId });
    expect(items).toHaveLength(23);
    expect(items[0]).toMatchObject({
      rank: 'Thiếu tướng',
      fullName: 'Bùi Đình Quân',
      position: 'Phó Tư lệnh',
      unit: 'Quân khu 2',
      category: 'KHÁCH MỜI',
    });
    const placeholder = items.find((d: any) => d.fullName === '');
    expect(placeholder).toMatchObject({ unit: 'Sở Tài chính' });
  });

  it('finds people typed without diacritics', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/delegates`);
    const search = page.getByTestId('delegate-search');
    await search.fill('bui dinh quan');
    const table = page.getByTestId('delegate-table');
    await expect
      .poll(() => table.locator('[data-testid^="delegate-row-"]').first().getAttribute('data-name'))
      .toBe('Bùi Đình Quân');
    await search.fill('do ngoc thao');
    await expect
      .poll(() => table.locator('[data-testid^="delegate-row-"]').first().getAttribute('data-name'))
      .toBe('Đỗ Ngọc Thảo');
    await shot(page, '04-search');
    await search.fill('');
  });

  it('edits a delegate in the dialog', async () => {
    const { page } = b;
    const { items } = await api(host, 'delegate.list', { conferenceId });
    const target = items.find((d: any) => d.fullName === 'Hà Văn Mai');
    await page.getByTestId(`delegate-edit-${target.id}`).click();
    const dialog = page.getByTestId('delegate-dialog');
    await dialog.getByTestId('delegate-field-phone').fill('0912345678');
    await dialog.getByTestId('delegate-field-position').fill('Phó Chủ tịch Thường trực');
    await shot(page, '05-edit-dialog');
    await page.getByTestId('delegate-save').click();
    await expect
      .poll(async () => (await api(host, 'delegate.list', { conferenceId })).items.find((d: any) => d.id === target.id))
      .toMatchObject({ phone: '0912345678', position: 'Phó Chủ tịch Thường trực' });
  });

  it('reorders with the keyboard-accessible move buttons', async () => {
    const { page } = b;
    const before = (await api(host, 'delegate.list', { conferenceId })).items;
    const second = before[1];
    await page.getByTestId(`delegate-row-${second.id}`).click();
    await page.getByTestId('delegate-move-up').click();
    await expect.poll(async () => (await api(host, 'delegate.list', { conferenceId })).items[0].id).toBe(second.id);
    await expect.poll(() => page.getByTestId(`delegate-row-${second.id}`).getAttribute('data-precedence')).toBe('1');
    await shot(page, '06-reordered');
  });

  it('exports the list to .xlsx with the same columns', async () => {
    const { page } = b;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('delegate-export').click()]);
    const file = path.join(path.dirname(XLSX), '../artifacts/export.xlsx');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const text = wb.worksheets[0]
      .getSheetValues()
      .map((r) => (Array.isArray(r) ? r.join('|') : ''))
      .join('\n');
    expect(text).toContain('Họ và tên|Cấp bậc|Chức vụ|Đơn vị');
    expect(text).toContain('Bùi Đình Quân|Thiếu tướng|Phó Tư lệnh|Quân khu 2');
    expect(text).toContain('Phó Chủ tịch Thường trực');
  });

  it('never asked for anything outside the host, and logged no errors', () => {
    expect(b.external).toEqual([]);
    expect(b.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});
