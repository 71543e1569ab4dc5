/**
 * Layout at 1024 px (#14): the speech table shows a unit's whole name, the invitation preview fits
 * its column and zooms, the date-time input stays on one line. Screenshots go to tests/artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { api, closeSession, openDemoSession, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;
let conferenceId = '';
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ host, b, conferenceId } = await openDemoSession());
  await api(host, 'speech.create', { conferenceId, unit: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', dueDate: '2030-12-20' });
  context = await b.browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'vi-VN' });
  await context.route('**/*', (route) =>
    route.request().url().startsWith(host.origin) ? route.continue() : route.abort(),
  );
  page = await context.newPage();
  await page.goto(host.url);
  await page.waitForURL((u) => !u.search.includes('token='));
});
afterAll(async () => {
  await context?.close();
  await closeSession(host, b);
});

describe('at 1024 px', () => {
  it("shows a speech unit's whole name", async () => {
    await page.goto(`${host.origin}/#/c/${conferenceId}/programme/speeches`);
    const unit = page.getByLabel('Tên đơn vị').first();
    await expect.poll(() => unit.inputValue()).toBe('Bộ Chỉ huy Bộ đội Biên phòng tỉnh');
    // Wraps instead of cutting the name: nothing hidden to the right or below.
    const fits = await unit.evaluate(
      (el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1,
    );
    expect(fits).toBe(true);
    await shot(page, 'layout-1024-speeches');
  });

  it('fits the invitation preview to its column and zooms it', async () => {
    await page.goto(`${host.origin}/#/c/${conferenceId}/invitations/form`);
    const frame = page.getByTestId('invitation-preview');
    await expect.poll(() => frame.innerText()).toContain('GIẤY MỜI');
    const fit = Number((await page.getByTestId('inv-zoom-value').innerText()).replace('%', ''));
    const f = (await frame.boundingBox())!;
    expect(f.x + f.width).toBeLessThanOrEqual(1024);
    expect(fit).toBeLessThan(60);
    await page.getByTestId('inv-zoom-in').click();
    await page.getByTestId('inv-zoom-in').click();
    await expect
      .poll(async () => Number((await page.getByTestId('inv-zoom-value').innerText()).replace('%', '')))
      .toBe(fit + 20);
    expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await shot(page, 'layout-1024-invitation-zoomed');
  });

  it('keeps the date and the hour on one line on the conference form', async () => {
    await page.goto(`${host.origin}/#/c/${conferenceId}/info`);
    const time = (await page.getByTestId('conf-startsAt-time').boundingBox())!;
    const date = (await page.getByTestId('conf-startsAt-date').boundingBox())!;
    expect(Math.abs(time.y - date.y)).toBeLessThan(4);
    await shot(page, 'layout-1024-conference');
  });
});
