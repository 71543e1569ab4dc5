/**
 * Tasks and conclusions end to end in Chromium against the host: paste seed 001's plan, drop one task,
 * accept; move the conference day and see the relative deadlines move; mark one done; the overview
 * follows; download the preparation report; paste seed 004's notice, save it, see its tasks in the
 * task views, download the notice. No request may leave the host.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, ARTIFACTS, closeSession, openDemoSession, shot, type Browsing, type Host } from './harness';
import { docxParagraphs, docxXml } from '../helpers/docx';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seed = (n: string) =>
  fs.readFileSync(
    path.join(
      SEEDS,
      fs.readdirSync(SEEDS).find((f) => f.startsWith(n))!,
    ),
    'utf8',
  );

let host: Host;
let b: Browsing;
let conferenceId = '';

beforeAll(async () => {
  ({ host, b, conferenceId } = await openDemoSession());
  await api(host, 'conference.update', { id: conferenceId, patch: { startsAt: null, endsAt: null } });
}, 60000);
afterAll(() => closeSession(host, b));

type Task = { id: string; content: string; status: string; source: string; dueLabel: string };
const tasks = async () => (await api<{ items: Task[] }>(host, 'task.list', { conferenceId })).items;
const save = async (download: Promise<import('playwright-core').Download>, name: string) => {
  const d = await download;
  const file = path.join(ARTIFACTS, name);
  await d.saveAs(file);
  return { name: d.suggestedFilename(), paras: docxParagraphs(await docxXml(fs.readFileSync(file))) };
};

describe('tasks, end to end', () => {
  it('paste a plan, drop one, accept; relative deadlines move with the conference day', async () => {
    const { page } = b;
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/c/${conferenceId}/tasks/paste`);
    await page.getByTestId('task-paste').fill(seed('001'));
    await page.getByTestId('task-extract').click();
    await expect.poll(() => page.getByTestId('task-found').textContent()).toBe('Tìm thấy 20 nhiệm vụ');
    await expect
      .poll(() => page.getByTestId('draft-due-1').textContent())
      .toBe('15 ngày trước hội nghị (chưa có ngày)');
    await shot(page, 'task-10-preview');
    await page.getByTestId('draft-row-19').getByRole('button', { name: 'Bỏ nhiệm vụ này' }).click();
    await page.getByTestId('task-accept').click();
    await page.getByTestId('task-table').waitFor();
    expect((await tasks()).length).toBe(19);

    const invite = (await tasks()).find((t) => t.content.includes('in giấy mời và mời đại biểu Trung ương'))!;
    const row = page.getByTestId(`task-row-${invite.id}`);
    await expect.poll(() => row.textContent()).toContain('15 ngày trước hội nghị (chưa có ngày)');
    await api(host, 'conference.update', { id: conferenceId, patch: { startsAt: '2024-08-15T07:30' } });
    await expect.poll(() => row.textContent()).toContain('31/07/2024');
    await api(host, 'conference.update', { id: conferenceId, patch: { startsAt: '2024-08-20T07:30' } });
    await expect.poll(() => row.textContent()).toContain('05/08/2024');
    expect(await row.getAttribute('class')).toContain('tk-overdue');
    await shot(page, 'task-11-by-deadline');
  });

  it('one click marks a task done; the overview follows', async () => {
    const { page } = b;
    const t = (await tasks())[0];
    await page.getByTestId(`task-done-${t.id}`).click();
    await expect.poll(async () => (await tasks()).find((x) => x.id === t.id)!.status).toBe('done');
    await expect.poll(() => page.getByTestId(`task-row-${t.id}`).getAttribute('data-status')).toBe('done');
    await page.getByTestId('task-tab-agency').click();
    await page.getByTestId('task-table-agency').waitFor();
    await expect
      .poll(() => page.getByTestId('task-agency-Sở Ngoại vụ').locator('.tk-agency-row').textContent())
      .toContain('xong 1/9');
    await shot(page, 'task-12-by-agency');
    await page.goto(`${host.origin}/#/c/${conferenceId}`);
    await expect.poll(() => page.getByTestId('ov-tasks').textContent()).toContain('1/19 xong');
    expect(await page.getByTestId('ov-invitations').textContent()).toContain('0/179 đã gửi');
    await shot(page, 'task-13-overview');
  });

  it('downloads the preparation report (.docx)', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/tasks`);
    const { name, paras } = await save(
      Promise.all([page.waitForEvent('download'), page.getByTestId('task-report').click()]).then(([d]) => d),
      'task-bao-cao-chuan-bi.docx',
    );
    expect(name).toMatch(/^Bao cao chuan bi - .*\.docx$/);
    expect(paras).toContain('BÁO CÁO');
    expect(
      paras.some((p) => p.startsWith('2. Kết quả thực hiện các nhiệm vụ chuẩn bị: tổng số 19 nhiệm vụ: đã xong 1')),
    ).toBe(true);
    expect(paras).toContain('Sở Ngoại vụ');
    expect(paras).toContain('05/08/2024 (15 ngày trước hội nghị)');
  });
});

describe('conclusions, end to end', () => {
  it('paste seed 004, save; its tasks join the task views; download the notice', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/conclusions`);
    await page.getByTestId('cl-paste').fill(seed('004'));
    await page.getByTestId('cl-extract').click();
    await expect.poll(() => page.getByTestId('cl-found').textContent()).toContain('6 nội dung, 14 nhiệm vụ');
    await page.getByTestId('cl-signer-authority').fill('TL. CHỦ TỊCH');
    await page.getByTestId('cl-signer-title').fill('CHÁNH VĂN PHÒNG');
    await page.getByTestId('cl-signer-name').fill('Nguyễn Văn Hà');
    await shot(page, 'task-20-conclusions');
    await page.getByTestId('cl-save').click();
    await expect.poll(async () => (await tasks()).filter((t) => t.source === 'conclusion').length).toBe(14);
    const { name, paras } = await save(
      Promise.all([page.waitForEvent('download'), page.getByTestId('cl-docx').click()]).then(([d]) => d),
      'task-thong-bao-ket-luan.docx',
    );
    expect(name).toMatch(/^Thong bao ket luan - .*\.docx$/);
    expect(paras).toContain('THÔNG BÁO');
    expect(paras.some((p) => /^Số: .*\/TB-UBND$/.test(p))).toBe(true);
    expect(paras).toContain(
      '2. Dự thảo Đồ án Quy hoạch chung Khu công nghiệp - đô thị - dịch vụ Hữu Lũng, tỉnh Lạng Sơn đến năm 2045 (Sở Xây dựng trình)',
    );
    expect(paras.indexOf('CHÁNH VĂN PHÒNG')).toBeGreaterThan(paras.indexOf('TL. CHỦ TỊCH'));
    expect(paras).toContain('Nguyễn Văn Hà');
    await page.goto(`${host.origin}/#/c/${conferenceId}/tasks`);
    await page.getByTestId('task-source-filter').selectOption('conclusion');
    await expect.poll(() => page.getByTestId('task-summary').textContent()).toContain('14 nhiệm vụ');
    await shot(page, 'task-21-followup');
    expect(b.external).toEqual([]);
    expect(b.consoleErrors).toEqual([]);
  });
});
