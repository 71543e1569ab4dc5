/**
 * The lists at 1024 px (#14, #15): the delegate list and the invitation register fit without scrolling
 * sideways and still show name, rank, position, unit and section; the agenda's title field keeps the
 * width and shows a long title whole, and Enter saves it. And dragging a delegate near the list's
 * bottom edge scrolls at a steady pace, stops when the pointer leaves the edge, and drops him where
 * the pointer is (no overshoot).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, closeSession, openSession, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;
let conferenceId = '';
let delegates: any[] = [];

beforeAll(async () => {
  ({ host, b } = await openSession());
  conferenceId = (await api(host, 'conference.createDemo', {})).id;
  delegates = (await api(host, 'delegate.list', { conferenceId })).items;
  await b.page.setViewportSize({ width: 1024, height: 768 });
  await b.page.goto(host.url);
}, 60000);
afterAll(() => closeSession(host, b));

const sideways = (sel: string) =>
  b.page
    .locator(sel)
    .first()
    .evaluate((el) => el.scrollWidth - el.clientWidth);

describe('at 1024 px', () => {
  it('the delegate list fits and keeps what the secretary reads', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/delegates`);
    const row = page.getByTestId(`delegate-row-${delegates[0].id}`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await sideways('[data-testid="delegate-table"]')).toBeLessThanOrEqual(1);
    const head = await page.locator('.dl-head').innerText();
    for (const h of ['STT', 'Cấp bậc', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thành phần']) expect(head).toContain(h);
    const text = await row.innerText();
    for (const v of [delegates[0].rank, delegates[0].fullName, delegates[0].position, delegates[0].unit])
      expect(text).toContain(v);
    await shot(page, 'layout-1024-delegates');
  });

  it('the invitation register fits, with its reply button inside', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/invitations`);
    const rows = page.getByTestId('register-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    expect(await sideways('.inv-table-wrap')).toBeLessThanOrEqual(1);
    const btn = (await rows.first().getByTestId('reply-open').boundingBox())!;
    const wrap = (await page.locator('.inv-table-wrap').boundingBox())!;
    expect(btn.x + btn.width).toBeLessThanOrEqual(wrap.x + wrap.width);
    expect(await rows.first().innerText()).toContain(delegates[0].fullName);
    await shot(page, 'layout-1024-register');
  });

  it('the agenda title field keeps the width, shows a long title whole, and Enter saves it', async () => {
    const { page } = b;
    const long = 'Báo cáo sơ kết 05 năm thực hiện Đề án số 223/ĐA-UBND ngày 03/10/2019 của UBND tỉnh';
    await api(host, 'agenda.create', { conferenceId, kind: 'report', title: long, minutes: 20 });
    await api(host, 'agenda.create', { conferenceId, kind: 'opening', title: 'Tuyên bố lý do', minutes: 5 });
    await page.goto(`${host.origin}/#/c/${conferenceId}/programme`);
    const title = page.getByTestId('agenda-title-1');
    await expect.poll(() => title.inputValue()).toBe(long);
    const box = (await title.boundingBox())!;
    expect(box.width).toBeGreaterThan(230);
    expect(await title.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    expect(await sideways('.table-wrap')).toBeLessThanOrEqual(1);
    await title.fill(`${long} (sửa)`);
    await title.press('Enter');
    await expect
      .poll(async () => (await api(host, 'agenda.list', { conferenceId })).items[0].title)
      .toBe(`${long} (sửa)`);
    await shot(page, 'layout-1024-agenda');
  });
});

describe('drag near the bottom edge of the delegate list', () => {
  it('scrolls at a steady pace, stops off the edge, and drops where the pointer is', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${host.origin}/#/c/${conferenceId}/delegates`);
    const table = page.getByTestId('delegate-table');
    const counts = new Map<string, number>();
    for (const d of delegates) counts.set(d.category, (counts.get(d.category) ?? 0) + 1);
    const big = [...counts.entries()].sort((x, y) => y[1] - x[1])[0][0];
    const section = delegates.filter((d) => d.category === big);
    const dragged = section[1];
    const handle = page.getByTestId(`delegate-drag-${dragged.id}`);
    await expect
      .poll(async () => {
        await table.evaluate(
          (el, top) => {
            el.scrollTop = top;
          },
          delegates.indexOf(section[0]) * 34,
        );
        return handle.count();
      })
      .toBe(1);
    const tb = (await table.boundingBox())!;
    const hb = (await handle.boundingBox())!;
    const x = hb.x + hb.width / 2;
    await page.mouse.move(x, hb.y + hb.height / 2);
    await page.mouse.down();
    await page.mouse.move(x, hb.y + hb.height / 2 + 12, { steps: 3 });
    await page.mouse.move(x, tb.y + tb.height - 18, { steps: 10 });
    // Steady: it moves, at a pace measured in the page's own clock (a loaded machine stretches both
    // sides alike), never by whole screens: well under two list heights a second.
    const top0 = await table.evaluate((el) => el.scrollTop);
    await expect.poll(() => table.evaluate((el) => el.scrollTop)).toBeGreaterThan(top0);
    const pace = await table.evaluate(async (el) => {
      const t0 = performance.now();
      const s0 = el.scrollTop;
      await new Promise((r) => setTimeout(r, 800));
      return ((el.scrollTop - s0) / (performance.now() - t0)) * 1000;
    });
    expect(pace).toBeGreaterThan(0);
    expect(pace).toBeLessThan(tb.height * 2);
    // Off the edge: it stops (once the pointer has left the edge zone and a frame or two has run).
    const mid = tb.y + tb.height / 2;
    await page.mouse.move(x, mid, { steps: 8 });
    await page.waitForTimeout(300);
    const stopped = await table.evaluate((el) => el.scrollTop);
    await page.mouse.move(x + 1, mid);
    await page.mouse.move(x, mid);
    await page.waitForTimeout(300);
    expect(await table.evaluate((el) => el.scrollTop)).toBe(stopped);
    // The row drawn just above the pointer (the list shows where he would go): he lands right after it.
    const above = await page.evaluate((y) => {
      const rows = [...document.querySelectorAll<HTMLElement>('[data-testid^="delegate-row-"]')].filter(
        (r) => !r.closest('.dl-overlay') && !r.className.includes('dragging'),
      );
      const r = rows
        .map((el) => ({ id: el.dataset.testid!.slice('delegate-row-'.length), b: el.getBoundingClientRect() }))
        .filter((o) => o.b.bottom <= y + 17)
        .sort((p, q) => q.b.bottom - p.b.bottom)[0];
      return r?.id;
    }, mid);
    await page.mouse.up();
    await expect
      .poll(async () => {
        const ids = (await api(host, 'delegate.list', { conferenceId })).items.map((d: any) => d.id);
        return ids.indexOf(dragged.id) - ids.indexOf(above);
      })
      .toBe(1);
    expect(b.consoleErrors).toEqual([]);
  }, 60000);
});
