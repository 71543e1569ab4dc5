/**
 * The desk never guesses (Chromium against the host): Enter on a name several people match checks
 * in nobody and says how many; the arrows pick one; a scanned card code admits at once; Enter
 * submits the substitute and walk-in forms; the substitute's card names the person at the door.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, closeSession, openSession, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;
let conferenceId = '';
const ids: Record<string, { id: string; code: string }> = {};

beforeAll(async () => {
  ({ host, b } = await openSession());
  conferenceId = (
    await api(host, 'conference.create', { title: 'Hội nghị tổng kết công tác quốc phòng địa phương năm 2023' })
  ).id;
  const people = [
    ['hung1', 'Trần Văn Hùng', 'Đại tá', 'Chỉ huy trưởng', 'Bộ CHQS tỉnh'],
    ['hung2', 'Lê Mạnh Hùng', '', 'Giám đốc', 'Sở Tài chính'],
    ['hung3', 'Phạm Hùng Cường', 'Thượng tá', 'Phó Chính ủy', 'Bộ CHQS tỉnh'],
    ['viet', 'Nguyễn Văn Việt', '', 'Giám đốc', 'Sở Nội vụ'],
  ];
  for (const [key, fullName, rank, position, unit] of people) {
    const { id } = await api(host, 'delegate.create', {
      conferenceId,
      delegate: { fullName, rank, position, unit, category: 'Đại biểu tỉnh' },
    });
    ids[key] = { id, code: '' };
  }
  for (const d of (await api(host, 'delegate.list', { conferenceId })).items)
    for (const k of Object.keys(ids)) if (ids[k].id === d.id) ids[k].code = d.code;
}, 60000);
afterAll(() => closeSession(host, b));

const present = async () => (await api(host, 'checkin.stats', { conferenceId })).present;

describe('the desk never guesses', () => {
  it('Enter on an ambiguous name admits nobody and asks; the arrows pick; a card code admits at once', async () => {
    const { page } = b;
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/c/${conferenceId}/checkin/desk`);
    const box = page.getByTestId('desk-box');
    await box.fill('hung');
    await expect.poll(() => page.getByTestId('desk-results').locator('li').count()).toBe(3);
    await box.press('Enter');
    await expect.poll(() => page.getByTestId('feedback-title').innerText()).toBe('3 người khớp "hung"');
    expect(await page.getByTestId('desk-feedback').getAttribute('class')).toContain('choose');
    expect(await present()).toBe(0);
    await shot(page, 'desk-enter-01-ambiguous');

    await box.press('ArrowDown');
    await box.press('ArrowDown');
    const second = await page.getByTestId('desk-results').locator('li').nth(1).locator('.ck-r-name').innerText();
    await box.press('Enter');
    await expect.poll(() => page.getByTestId('feedback-title').innerText()).toBe(second);
    expect(await page.getByTestId('desk-feedback').getAttribute('class')).toContain('ok');
    expect(await present()).toBe(1);

    // Typed so that it names one person only: admitted.
    await box.fill('tran van hung');
    await expect.poll(() => page.getByTestId('desk-results').locator('li').count()).toBe(1);
    await box.press('Enter');
    await expect.poll(() => page.getByTestId('feedback-title').innerText()).toBe('Đại tá Trần Văn Hùng');

    await box.fill(ids.hung3.code);
    await box.press('Enter');
    await expect.poll(() => page.getByTestId('feedback-title').innerText()).toBe('Thượng tá Phạm Hùng Cường');
    expect(await present()).toBe(3);
  }, 60000);

  it('Enter submits the substitute form; the card names the person at the door and whom they replace', async () => {
    const { page } = b;
    const box = page.getByTestId('desk-box');
    await box.fill('viet');
    await expect.poll(() => page.getByTestId('desk-results').locator('li').count()).toBe(1);
    await page.getByTestId('desk-substitute').click();
    await page.getByTestId('person-fullName').fill('Lê Thị Thay');
    await page.getByTestId('person-position').fill('Phó Giám đốc');
    await page.getByTestId('person-position').press('Enter');
    await expect
      .poll(() => page.getByTestId('feedback-title').innerText())
      .toBe('Lê Thị Thay — dự thay đồng chí Nguyễn Văn Việt');
    await shot(page, 'desk-enter-02-substitute');
    const list = (await api(host, 'checkin.list', { conferenceId })).items;
    expect(list.find((c: any) => c.delegateId === ids.viet.id)).toMatchObject({ kind: 'substitute' });

    await page.getByTestId('desk-walkin').click();
    await page.getByTestId('person-fullName').fill('Hoàng Văn Khách');
    await page.getByTestId('person-fullName').press('Enter');
    await expect.poll(() => page.getByTestId('feedback-title').innerText()).toBe('Hoàng Văn Khách');
    expect((await api(host, 'checkin.stats', { conferenceId })).walkIns).toBe(1);
    expect(b.consoleErrors).toEqual([]);
  }, 60000);
});
