/**
 * Sao lưu & dữ liệu, end to end in Chromium: back up now, export the conference as .thuky, import
 * it back as a new conference after the preview, read the audit trail of one delegate, restore a
 * backup after confirming. No request may leave the host.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';
import { api, closeSession, openSession, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;

beforeAll(async () => {
  ({ host, b } = await openSession());
});
afterAll(() => closeSession(host, b));

describe('data page, end to end', () => {
  it('backs up, exports, imports with preview, shows the audit trail and restores', async () => {
    const { page } = b;
    const { id } = await api(host, 'conference.createDemo', {});
    const ds = (await api(host, 'delegate.list', { conferenceId: id })).items;
    await api(host, 'delegate.update', { id: ds[1].id, patch: { fullName: 'Trần Văn Đã Sửa' } });
    await page.goto(`${host.url}#/c/${id}/data`);
    await page.getByRole('link', { name: 'Sao lưu & dữ liệu' }).waitFor();

    await page.getByTestId('backup-now').click();
    await expect
      .poll(() => page.getByTestId('backup-list').locator('tbody tr', { hasText: 'Sao lưu ngay' }).count())
      .toBe(1);
    await expect
      .poll(() => page.getByTestId('backup-list').locator('tbody tr', { hasText: 'Sao lưu ngay' }).innerText())
      .toMatch(/179/);
    await shot(page, 'safety-01-backups');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('thuky-export').click()]);
    expect(download.suggestedFilename()).toMatch(/\.thuky$/);
    const file = path.join(tempDir('thuky-e2e-dl-'), download.suggestedFilename());
    await download.saveAs(file);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);

    await page.getByTestId('thuky-file-input').setInputFiles(file);
    const preview = page.getByTestId('thuky-preview');
    await expect.poll(() => preview.innerText()).toMatch(/máy này đã có hội nghị này/);
    await expect
      .poll(() => page.getByTestId('thuky-diff').innerText())
      .toMatch(/0 đại biểu thêm, 0 bớt, 0 thay đổi, 179 giữ nguyên/);
    await preview.scrollIntoViewIfNeeded();
    await shot(page, 'safety-02-thuky-preview');
    await page.getByTestId('thuky-import-new').click();
    await expect.poll(async () => (await api(host, 'conference.list', {})).items.length).toBe(2);
    await expect.poll(() => page.url()).toContain('/delegates');

    await page.goto(`${host.url}#/c/${id}/data`);
    await page.getByTestId('audit-delegate').selectOption(ds[1].id);
    const audit = page.getByTestId('audit-list');
    await expect.poll(() => audit.innerText()).toMatch(/Họ và tên: .+ → Trần Văn Đã Sửa/);
    await audit.scrollIntoViewIfNeeded();
    await shot(page, 'safety-03-audit');

    // Restore the manual backup (taken before the import): one conference again.
    await page
      .getByTestId('backup-list')
      .locator('tbody tr', { hasText: 'Sao lưu ngay' })
      .getByTestId('backup-restore')
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Khôi phục' }).click();
    await expect.poll(async () => (await api(host, 'conference.list', {})).items.length).toBe(1);
    await expect
      .poll(() => page.getByTestId('backup-list').locator('tbody tr', { hasText: 'Trước khi khôi phục' }).count())
      .toBeGreaterThan(0);
    await shot(page, 'safety-04-restored');
    expect(b.external).toEqual([]);
    expect(b.consoleErrors).toEqual([]);
  }, 90_000);
});
