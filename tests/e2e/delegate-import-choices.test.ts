/**
 * The import's choices (#14): "Vẫn nhập" one row at a time, with a warning naming exactly the rows
 * that will be imported again; the preview's filter starts over when another sheet is chosen.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, api, closeSession, openSession, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;
let conferenceId = '';
const FILE = path.join(ARTIFACTS, 'import-choices.xlsx');

beforeAll(async () => {
  ({ host, b } = await openSession());
  conferenceId = (await api(host, 'conference.create', { title: 'Hội nghị nhập hai lần' })).id;
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('Đại biểu');
  a.addRows([
    ['STT', 'Họ và tên', 'Đơn vị'],
    [1, 'Nguyễn Văn An', 'Sở Tài chính'],
    [2, 'Trần Văn Bình', 'Sở Y tế'],
    [3, 'Lê Thị Cúc', 'Sở Nội vụ'],
    [4, 'Phạm Văn Dũng', 'Sở Xây dựng'],
  ]);
  const c = wb.addWorksheet('Phục vụ');
  c.addRows([
    ['STT', 'Họ và tên', 'Đơn vị'],
    [1, 'Vi Văn Em', 'Văn phòng UBND tỉnh'],
  ]);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await wb.xlsx.writeFile(FILE);
  // The first three are already in the list.
  const first = Buffer.from(
    'STT;Họ và tên;Đơn vị\r\n1;Nguyễn Văn An;Sở Tài chính\r\n2;Trần Văn Bình;Sở Y tế\r\n3;Lê Thị Cúc;Sở Nội vụ\r\n',
  ).toString('base64');
  await api(host, 'delegate.import', { conferenceId, fileName: 'dau.csv', contentBase64: first });
  await b.page.goto(host.url);
  await b.page.waitForURL((u) => !u.search.includes('token='));
});
afterAll(() => closeSession(host, b));

describe('import choices', () => {
  it('imports again only the duplicate the secretary ticked, and says which', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/import`);
    await page.getByTestId('import-file-input').setInputFiles(FILE);
    await expect.poll(() => page.getByTestId('import-counts').innerText()).toContain('1 người sẽ được nhập');
    await page.getByTestId('import-filter-duplicate').click();
    await page.getByTestId('import-keep-3').locator('input').check();
    await expect.poll(() => page.getByTestId('import-kept-duplicates').innerText()).toContain('dòng 3 Trần Văn Bình');
    expect(await page.getByTestId('import-kept-duplicates').innerText()).not.toContain('Nguyễn Văn An');
    await expect.poll(() => page.getByTestId('import-counts').innerText()).toContain('2 người sẽ được nhập');
    await shot(page, 'import-choices-01-keep-one');

    // Another sheet: the filter starts over at "Tất cả".
    await page.getByTestId('import-sheet').selectOption('Phục vụ');
    await expect.poll(() => page.getByTestId('import-preview-table').innerText()).toContain('Vi Văn Em');
    expect(await page.getByTestId('import-filter-all').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('import-sheet').selectOption('Đại biểu');
    await expect.poll(() => page.getByTestId('import-counts').innerText()).toContain('1 người sẽ được nhập');
    await page.getByTestId('import-keep-3').locator('input').check();
    await expect.poll(() => page.getByTestId('import-counts').innerText()).toContain('2 người sẽ được nhập');
    await page.getByTestId('import-commit').click();
    await expect.poll(() => page.getByTestId('import-result').innerText(), { timeout: 15000 }).toMatch(/2/);
    const names = (await api(host, 'delegate.list', { conferenceId })).items.map(
      (d: { fullName: string }) => d.fullName,
    );
    expect(names.filter((n: string) => n === 'Trần Văn Bình')).toHaveLength(2);
    expect(names.filter((n: string) => n === 'Nguyễn Văn An')).toHaveLength(1);
    expect(names).toContain('Phạm Văn Dũng');
  });
});
