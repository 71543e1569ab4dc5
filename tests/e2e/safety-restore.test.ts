/**
 * "Sao lưu & dữ liệu" when a restore is refused and when the store is damaged, in Chromium on the
 * real host: the refusal stays on the page in Vietnamese and the data is unchanged; a 0-byte store
 * opens read-only, names the last good backup, and one button (after confirming) restores it.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { api, openBrowser, shot, startHost, type Browsing, type Host } from './harness';

let host: Host | undefined;
let b: Browsing | undefined;
afterAll(async () => {
  await b?.browser.close();
  await host?.stop();
});

describe('data page: refused restore and damaged store', () => {
  it('shows why a restore is refused, then repairs a damaged store from the last good backup', async () => {
    host = await startHost();
    b = await openBrowser(host);
    let { page } = b;
    const { id } = await api(host, 'conference.createDemo', {});
    const { id: good } = await api(host, 'backup.create', {});
    const folder = (await api(host, 'backup.list', {})).folder as string;
    const trap = new SQLite(path.join(folder, good));
    const bad = path.join(folder, '2026-11-20T08-00-00-000Z-manual.sqlite');
    await trap.backup(bad);
    trap.close();
    const t = new SQLite(bad);
    t.exec(
      'create trigger xoa_dai_bieu after insert on checkins begin delete from delegates where rowid % 3 = 0; end;',
    );
    t.close();

    await page.goto(`${host.url}#/c/${id}/data`);
    const row = page.getByTestId('backup-list').locator('tbody tr', { hasText: '20/11/2026' });
    await row.getByTestId('backup-restore').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Khôi phục' }).click();
    const refused = page.getByTestId('restore-refused');
    await expect
      .poll(() => refused.innerText())
      .toMatch(
        /Không khôi phục: bản sao lưu .* có cấu trúc ThuKy không tạo ra \(có thêm trình kích hoạt "xoa_dai_bieu"\)\. Dữ liệu đang dùng không bị thay đổi/,
      );
    await shot(page, 'safety-restore-01-refused');
    expect((await api(host, 'delegate.list', { conferenceId: id })).items).toHaveLength(179);

    // A 0-byte store after a restart: read-only, pointing to the last good backup.
    await page.goto('about:blank'); // the page's change feed would hold the host's close open
    await host.stop();
    fs.writeFileSync(path.join(host.dataDir, 'thuky.sqlite'), '');
    for (const s of ['-wal', '-shm']) fs.rmSync(path.join(host.dataDir, `thuky.sqlite${s}`), { force: true });
    const dataDir = host.dataDir;
    host = await startHost(host.token, dataDir);
    await b.browser.close(); // its request filter lets only the first host's port through
    b = await openBrowser(host);
    page = b.page;
    // The damaged store holds no conference to open: the home page carries the backups then.
    await page.goto(host.url);
    const health = page.getByTestId('store-health');
    await expect
      .poll(() => health.innerText())
      .toMatch(
        /bị hỏng \(tệp rỗng, 0 byte\)\. ThuKy mở ở chế độ chỉ xem.*khôi phục bản sao lưu gần nhất còn tốt: lúc \d\d:\d\d \d\d\/\d\d\/\d{4}/s,
      );
    await shot(page, 'safety-restore-02-damaged');
    await health.getByTestId('restore-last-good').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Khôi phục' }).click();
    await expect.poll(() => health.count()).toBe(0);
    await expect.poll(async () => (await api(host!, 'delegate.list', { conferenceId: id })).items.length).toBe(179);
    await shot(page, 'safety-restore-03-repaired');
    expect(b.external).toEqual([]);
  }, 90_000);
});
