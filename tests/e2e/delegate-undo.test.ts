/**
 * The secretary's case from issue #11, in Chromium against the host: on the demo conference mark
 * invitations sent, record a reply and a substitute, seat everyone (auto-assign), check a few in at
 * the desk, sort a section by name, Ctrl+Z — and the register, the seating chart and the desk
 * counts read the same on screen as before. Then choosing another hall asks first, "Giữ hội trường
 * cũ" keeps everything, confirming backs up and switches, and Ctrl+Z brings hall and seats back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, closeSession, openDemoSession, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;
let conferenceId = '';
let delegates: any[] = [];

beforeAll(async () => {
  ({ host, b, conferenceId } = await openDemoSession());
  await api(host, 'hall.createDemo', {});
  delegates = (await api(host, 'delegate.list', { conferenceId })).items;
  await b.page.goto(host.url);
  await b.page.waitForURL((u) => !u.search.includes('token='));
}, 60_000);
afterAll(() => closeSession(host, b));

const go = (page: Page, section: string) => page.goto(`${host.origin}/#/c/${conferenceId}/${section}`);

/** What the screens show: the register's rows and counts, every seat's occupant, the desk's counts. */
async function onScreen(page: Page) {
  await go(page, 'invitations');
  await page.getByTestId('tab-register').click();
  await expect.poll(() => page.getByTestId('register-row').count()).toBe(delegates.length);
  const register = await page.getByTestId('register-table').innerText();
  await page.getByTestId('register-summary').click();
  const counts = await page.getByTestId('register-counts').innerText();
  await go(page, 'seating');
  await page.getByTestId('seating-plan').waitFor();
  await expect
    .poll(() => page.locator('[data-testid^="seat-"][data-delegate]:not([data-delegate=""])').count())
    .toBeGreaterThan(100);
  const chart = await page
    .locator('[data-testid^="seat-"]')
    .evaluateAll((els) =>
      els.map(
        (e) => `${e.getAttribute('data-testid')}=${e.getAttribute('data-delegate')}|${e.getAttribute('aria-label')}`,
      ),
    );
  await go(page, 'checkin/desk');
  await expect.poll(() => page.getByTestId('count-present').innerText()).toMatch(/^\d+$/);
  const desk = await page.getByTestId('desk-counts').innerText();
  return { register, counts, chart, desk };
}

describe('undo on screen (issue #11)', () => {
  it('mark, reply, seat, check in, sort, Ctrl+Z: register, chart and desk counts unchanged', async () => {
    const { page } = b;
    // Invitations: the first section marked sent, one substitute, one apology.
    await go(page, 'invitations');
    await page.getByTestId('tab-register').click();
    const section = delegates[0].category;
    await page.getByTestId('filter-category').selectOption(section);
    await page.getByTestId('mark-sent').click();
    await page.getByTestId('mark-method').selectOption('buu_dien');
    await page.getByTestId('mark-confirm').click();
    const inSection = delegates.filter((d) => d.category === section).length;
    await expect
      .poll(
        async () =>
          (await api(host, 'invitation.register', { conferenceId })).items.filter((e: any) => e.status === 'sent')
            .length,
      )
      .toBe(inSection);
    await page.getByTestId('reply-open').nth(2).click();
    await page.getByTestId('reply-substitute').check();
    await page.getByTestId('sub-fullName').fill('Lê Văn Thay');
    await page.getByTestId('reply-save').click();
    await expect
      .poll(
        async () =>
          (await api(host, 'invitation.register', { conferenceId })).items.filter((e: any) => e.reply === 'substitute')
            .length,
      )
      .toBe(1);
    await page.getByTestId('reply-open').nth(4).click();
    await page.getByTestId('reply-absent').check();
    await page.getByTestId('reply-save').click();
    await expect
      .poll(
        async () =>
          (await api(host, 'invitation.register', { conferenceId })).items.filter((e: any) => e.reply === 'absent')
            .length,
      )
      .toBe(1);

    // Seating: auto-assign, then lock the presidium.
    await go(page, 'seating');
    await page.getByTestId('seating-auto').click();
    await expect
      .poll(async () => (await api(host, 'seating.list', { conferenceId })).items.length)
      .toBeGreaterThan(150);
    const seated = (await api(host, 'seating.list', { conferenceId })).items;
    await api(host, 'seating.lock', {
      conferenceId,
      delegateIds: seated.filter((i: any) => i.area === 'presidium').map((i: any) => i.delegateId),
      locked: true,
    });

    // The desk: eight people scanned in.
    await go(page, 'checkin/desk');
    for (const d of delegates.slice(10, 18)) {
      const box = page.getByTestId('desk-box');
      await box.fill(d.code);
      await box.press('Enter');
      await expect.poll(() => page.getByTestId('desk-feedback').innerText()).toContain(d.fullName || d.position);
    }
    await expect.poll(() => page.getByTestId('count-present').innerText()).toBe('8');

    const before = await onScreen(page);
    expect(before.desk).toMatch(/Có mặt\s*8/);
    await shot(page, 'undo-01-desk-before');

    // Sort one section by name, then Ctrl+Z.
    await go(page, 'delegates');
    const sortable = page.getByTestId('section-sort-name-1');
    await sortable.waitFor();
    const order = async () => (await api(host, 'delegate.list', { conferenceId })).items.map((d: any) => d.id).join();
    const original = delegates.map((d) => d.id).join();
    await sortable.click();
    await expect.poll(order).not.toBe(original);
    await shot(page, 'undo-02-sorted');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(order).toBe(original);
    await expect.poll(() => page.getByText('Đã hoàn tác: Sắp xếp theo tên').count()).toBeGreaterThan(0);
    await shot(page, 'undo-03-undone');

    const after = await onScreen(page);
    expect(after.register).toBe(before.register);
    expect(after.counts).toBe(before.counts);
    expect(after.chart).toEqual(before.chart);
    expect(after.desk).toBe(before.desk);
    await shot(page, 'undo-04-desk-after');
  }, 120_000);

  it('choosing another hall asks first; keeping the old hall changes nothing; confirming backs up, Ctrl+Z brings all back', async () => {
    const { page } = b;
    const small = (
      await api(host, 'hall.create', { name: 'Phòng họp nhỏ', blocks: [{ name: 'A', rows: 4, seatsPerRow: 6 }] })
    ).id;
    const before = await api(host, 'seating.list', { conferenceId });
    const n = before.items.length;
    await go(page, 'seating');
    await page.reload();
    await page.getByTestId('seating-plan').waitFor();
    await page.getByTestId('hall-select').selectOption(small);
    await expect
      .poll(() => page.getByTestId('hall-switch-question').innerText())
      .toBe(`${n} chỗ đã xếp sẽ bị xóa — sao lưu trước và tiếp tục?`);
    await shot(page, 'undo-05-hall-question');
    await page.getByRole('button', { name: 'Giữ hội trường cũ' }).click();
    await expect.poll(() => page.getByTestId('hall-switch-question').count()).toBe(0);
    expect(await api(host, 'seating.list', { conferenceId })).toEqual(before);
    expect(await page.getByTestId('hall-select').inputValue()).toBe(before.hallId);

    const backups = (await api(host, 'backup.list', {})).items.length;
    await page.getByTestId('hall-select').selectOption(small);
    await page.getByRole('button', { name: 'Sao lưu và tiếp tục' }).click();
    await expect.poll(async () => (await api(host, 'seating.list', { conferenceId })).hallId).toBe(small);
    const list = (await api(host, 'backup.list', {})).items;
    expect(list.length).toBe(backups + 1);
    expect(list.some((x: any) => x.reason === 'before-hall-change')).toBe(true);
    await expect.poll(() => page.getByTestId('hall-select').inputValue()).toBe(small);
    await shot(page, 'undo-06-hall-switched');

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await api(host, 'seating.list', { conferenceId })).hallId).toBe(before.hallId);
    expect(await api(host, 'seating.list', { conferenceId })).toEqual(before);
    await expect.poll(() => page.getByTestId('hall-select').inputValue()).toBe(before.hallId);
    await expect
      .poll(() => page.locator('[data-testid^="seat-"][data-delegate]:not([data-delegate=""])').count())
      .toBe(n);
    await shot(page, 'undo-07-hall-undone');
  }, 120_000);

  it('the hall editor refuses to switch off a seat someone sits on, and says which', async () => {
    const { page } = b;
    const plan = await api(host, 'seating.list', { conferenceId });
    const taken = plan.items.find((i: any) => i.area === 'floor');
    await page.getByTestId('hall-edit').click();
    await page.getByTestId(`edit-seat-${taken.seatId}`).click();
    await page.getByTestId('hall-save').click();
    await expect
      .poll(() => page.getByTestId('hall-editor').innerText())
      .toContain(`1 ghế bị bỏ hoặc tắt đang có người ngồi — ${taken.short}`);
    await shot(page, 'undo-08-hall-edit-refused');
    expect(await api(host, 'seating.list', { conferenceId })).toEqual(plan);
    expect((await api(host, 'hall.get', { id: plan.hallId })).seatCount).toBe(271);
  }, 60_000);
});
