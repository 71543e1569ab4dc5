/**
 * The one date/time input, in a Vietnamese and in an English browser: it reads and is typed as
 * dd/mm/yyyy and 24-hour HH:MM either way (the native input showed mm/dd/yyyy with AM/PM in en-US
 * and typing 20/09/2025 gave the year 92025), refuses an impossible date in Vietnamese, warns about
 * a day in the past, and its calendar is Vietnamese. Conference form, invitation reply-by, speech due date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { api, closeSession, openSession, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;

beforeAll(async () => {
  ({ host, b } = await openSession());
});
afterAll(() => closeSession(host, b));

async function pageIn(locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await b.browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale,
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  await context.route('**/*', (route) =>
    route.request().url().startsWith(host.origin) ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  await page.goto(host.url);
  await page.waitForURL((u) => !u.search.includes('token='));
  return { context, page };
}

/** Saves the conference form and waits until the form has taken the saved values back (its reset). */
async function save(page: Page) {
  const saved = page.locator('.toast', { hasText: 'Đã lưu' });
  const n = await saved.count();
  await page.getByTestId('conference-form-submit').click();
  await expect.poll(() => saved.count()).toBeGreaterThan(n);
  await expect.poll(() => page.getByTestId('conference-form-submit').isEnabled()).toBe(true);
}

describe.each(['vi-VN', 'en-US'])('date and time input in a %s browser', (locale) => {
  it('shows, takes and checks dd/mm/yyyy and HH:MM on the conference form', async () => {
    const { id } = await api(host, 'conference.create', {
      title: `Hội nghị ${locale}`,
      startsAt: '2025-08-15T07:30',
      venue: 'Hội trường A',
    });
    const { context, page } = await pageIn(locale);
    expect(await page.evaluate(() => navigator.language)).toBe(locale);
    await page.goto(`${host.origin}/#/c/${id}/info`);
    const date = page.getByTestId('conf-startsAt-date');
    const time = page.getByTestId('conf-startsAt-time');
    await expect.poll(() => date.inputValue()).toBe('15/08/2025');
    expect(await time.inputValue()).toBe('07:30');

    // Typed digit by digit, as the secretary does: the slashes come by themselves.
    await date.fill('');
    await date.pressSequentially('20092030');
    expect(await date.inputValue()).toBe('20/09/2030');
    await time.fill('');
    await time.pressSequentially('14:05');
    await time.blur();
    await expect
      .poll(() => page.getByTestId('conference-form').innerText())
      .toContain('Tức là: 14:05, thứ Sáu, 20/09/2030');
    await save(page);
    await expect.poll(async () => (await api(host, 'conference.get', { id })).startsAt).toBe('2030-09-20T14:05');

    // A day that does not exist: a Vietnamese message, nothing saved.
    await date.fill('31/02/2030');
    await date.blur();
    await expect.poll(() => page.getByTestId('conference-form').innerText()).toContain('Tháng 2/2030 không có ngày 31');
    await page.getByTestId('conference-form-submit').click();
    await expect.poll(() => page.getByTestId('conference-form').innerText()).toContain('Ngày giờ không hợp lệ');
    expect((await api(host, 'conference.get', { id })).startsAt).toBe('2030-09-20T14:05');
    // 12-hour time is refused.
    await date.fill('20/09/2030');
    await time.fill('2:05 PM');
    await time.blur();
    await expect
      .poll(() => page.getByTestId('conference-form').innerText())
      .toContain('không hợp lệ: ghi theo dạng giờ:phút (24 giờ)');
    await time.fill('14:05');

    // A day in the past: a warning, still allowed.
    await date.fill('01/01/2020');
    await date.blur();
    await expect.poll(() => page.getByTestId('conference-form').innerText()).toContain('Ngày 01/01/2020 đã qua');

    // The calendar is Vietnamese and picks a day.
    await date.fill('20/09/2030');
    await page.getByTestId('conference-form').getByRole('button', { name: 'Chọn ngày trên lịch' }).first().click();
    const cal = page.getByRole('dialog', { name: 'Lịch' });
    await expect.poll(() => cal.innerText()).toMatch(/Tháng Chín 2030[\s\S]*Th 2[\s\S]*CN/);
    await shot(page, `date-input-calendar-${locale}`);
    await cal.getByRole('button', { name: /25/ }).first().click();
    expect(await date.inputValue()).toBe('25/09/2030');
    await save(page);
    await expect.poll(async () => (await api(host, 'conference.get', { id })).startsAt).toBe('2030-09-25T14:05');
    await shot(page, `date-input-conference-${locale}`);
    await context.close();
  });

  it('takes the reply-by date of the invitation and a speech due date', async () => {
    const { id } = await api(host, 'conference.create', {
      title: `Hội nghị thư mời ${locale}`,
      startsAt: '2030-09-20T07:30',
    });
    const { context, page } = await pageIn(locale);
    await page.goto(`${host.origin}/#/c/${id}/invitations/form`);
    const replyBy = page.getByTestId('inv-replyBy');
    await replyBy.fill('');
    await replyBy.pressSequentially('10/09/2030');
    await page.getByTestId('invitation-save').click();
    await expect
      .poll(async () => (await api(host, 'invitation.settings.get', { conferenceId: id })).replyBy)
      .toBe('2030-09-10');

    await page.goto(`${host.origin}/#/c/${id}/programme/speeches`);
    await page.getByTestId('speech-add-unit').fill('Sở Xây dựng');
    await page.getByTestId('speech-add-due').fill('15/07/2030');
    await page.getByTestId('speech-add-submit').click();
    await expect
      .poll(async () => (await api(host, 'speech.list', { conferenceId: id })).items[0]?.dueDate)
      .toBe('2030-07-15');
    const due = page.getByTestId('speech-due-1');
    await expect.poll(() => due.inputValue()).toBe('15/07/2030');
    await due.fill('16/07/2030');
    await due.press('Enter');
    await expect
      .poll(async () => (await api(host, 'speech.list', { conferenceId: id })).items[0]?.dueDate)
      .toBe('2030-07-16');
    await shot(page, `date-input-speeches-${locale}`);
    await context.close();
  });
});
