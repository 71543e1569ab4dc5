/**
 * "Thay hội nghị trên máy này" in Chromium: the preview lists, in Vietnamese, what this machine has
 * and the file has not (a check-in by name and time, an invitation marked sent, a delegate added
 * here), the confirmation repeats it, and after the replace those are gone (the preview told the truth).
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
}, 60000);
afterAll(() => closeSession(host, b));

describe('.thuky replace preview in Chromium', () => {
  it('says what the replace would lose, and loses exactly that', async () => {
    const { page } = b;
    const { id: conferenceId } = await api(host, 'conference.createDemo', {});
    const ds = (await api(host, 'delegate.list', { conferenceId })).items;
    const exported = await api(host, 'conference.export', { conferenceId });
    const file = path.join(tempDir('thuky-e2e-losses-'), 'hoi-nghi.thuky');
    fs.writeFileSync(file, Buffer.from(exported.contentBase64, 'base64'));

    // Done on this machine after the file was made.
    await api(host, 'checkin.mark', { conferenceId, delegateId: ds[12].id });
    expect((await api(host, 'checkin.list', { conferenceId })).items).toHaveLength(1);
    await api(host, 'invitation.mark', {
      conferenceId,
      delegateIds: [ds[20].id],
      status: 'sent',
      sentAt: '2025-09-10',
    });
    await api(host, 'delegate.create', {
      conferenceId,
      delegate: { fullName: 'Lê Thị Mới', position: 'Chuyên viên', unit: 'Sở Nội vụ' },
    });

    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.goto(`${host.url}#/c/${conferenceId}/data`);
      await page.getByTestId('thuky-file-input').setInputFiles(file);
      const lost = page.getByTestId('thuky-lost');
      await expect.poll(() => lost.innerText()).toMatch(/Nếu thay, máy này sẽ mất 3 mục không có trong tệp/);
      const text = await lost.innerText();
      expect(text).toMatch(
        new RegExp(`Lượt điểm danh: ${ds[12].fullName} lúc \\d{2}:\\d{2} ngày \\d{2}/\\d{2}/\\d{4}`),
      );
      expect(text).toContain('Đại biểu: Lê Thị Mới (Chuyên viên Sở Nội vụ)');
      expect(text).toContain(
        `Giấy mời đã gửi: ${[ds[20].rank, ds[20].fullName].filter(Boolean).join(' ')} (ngày 10/09/2025)`,
      );
      expect(text).not.toMatch(/checkins|delegate_register|seat_assignments|_/);
      await lost.scrollIntoViewIfNeeded();
      await shot(page, `safety-replace-losses-${width}`);
    }

    await page.getByTestId('thuky-import-replace').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toMatch(/Sẽ mất 3 mục không có trong tệp \(Lượt điểm danh: /);
    await dialog.getByRole('button', { name: 'Thay' }).click();
    await expect.poll(() => page.url()).toContain('/delegates');
    expect(
      (await api(host, 'delegate.list', { conferenceId })).items.some((d: any) => d.fullName === 'Lê Thị Mới'),
    ).toBe(false);
    expect((await api(host, 'checkin.list', { conferenceId })).items).toHaveLength(0);
    expect(b.external).toEqual([]);
    expect(b.consoleErrors).toEqual([]);
  }, 90000);
});
