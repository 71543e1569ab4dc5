/**
 * Names in the seat boxes, on screen at 1366 and 1024 px and on the printed chart (A4): never below
 * 7 px, never spilling out of the box, and always a name a reader recognises — one of the person's
 * seat names (rank + given name, the full name, family name + initials + given name, the given
 * name), never the last two words of a unit. At 1024 px the plan keeps the whole width (the list of
 * the unseated goes under it), and zooming in shows more complete names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seatNameChoices } from '../../shared/seating/names';
import { api, closeSession, openSession, printToPdf, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;
let conferenceId = '';
let delegates: any[] = [];

beforeAll(async () => {
  ({ host, b } = await openSession());
  conferenceId = (await api(host, 'conference.createDemo', {})).id;
  const hall = await api(host, 'hall.createDemo', {});
  await api(host, 'seating.autoAssign', { conferenceId, hallId: hall.id, rules: { presidiumCount: 9, frontRows: 2 } });
  delegates = (await api(host, 'delegate.list', { conferenceId })).items;
}, 60000);
afterAll(() => closeSession(host, b));

/** Every seat name: its delegate, the text line by line, the font size, and whether a line leaves the box. */
const seatNames = (page: Page, sel = '[data-delegate]') =>
  page.evaluate(
    (s) =>
      [...document.querySelectorAll<HTMLElement>(s)]
        .filter((seat) => seat.dataset.delegate && seat.querySelector('.st-seat-name'))
        .map((seat) => {
          const name = seat.querySelector<HTMLElement>('.st-seat-name')!;
          const box = seat.getBoundingClientRect();
          const lines = [...name.children] as HTMLElement[];
          const out = lines.some((l) => {
            const r = l.getBoundingClientRect();
            return (
              r.left < box.left - 0.5 ||
              r.right > box.right + 0.5 ||
              r.top < box.top - 0.5 ||
              r.bottom > box.bottom + 0.5
            );
          });
          return {
            id: seat.dataset.delegate!,
            text: lines.map((l) => l.textContent).join(' '),
            px: parseFloat(getComputedStyle(name).fontSize),
            out,
          };
        }),
    sel,
  );

const choicesOf = (id: string) => {
  const d = delegates.find((x) => x.id === id);
  return seatNameChoices(d).map((n) => n.replace(/\u00a0/g, ' '));
};

describe('names in the seat boxes', () => {
  it.each([1366, 1024])(
    'are readable and whole at %i px, and zooming in shows fuller names',
    async (width) => {
      const { page } = b;
      await page.setViewportSize({ width, height: 768 });
      await page.goto(host.url);
      await page.goto(`${host.origin}/#/c/${conferenceId}/seating`);
      await expect.poll(async () => (await seatNames(page)).length).toBe(179);
      await page.getByTestId('plan-zoom').click(); // "Vừa khung": 100 %
      await expect.poll(() => page.getByTestId('plan-zoom').innerText()).toBe('100%');
      const names = await seatNames(page);
      for (const n of names) {
        expect(n.px, n.text).toBeGreaterThanOrEqual(7);
        expect(n.out, n.text).toBe(false);
        expect(choicesOf(n.id)).toContain(n.text.replace(/\u00a0/g, ' '));
      }
      // The plan takes the page's width (at 1024 px the unseated list is under it, not beside it).
      const plan = (await page.getByTestId('seating-plan').boundingBox())!;
      const canvas = (await page.locator('.st-canvas').boundingBox())!;
      const list = (await page.getByTestId('unassigned-list').boundingBox())!;
      expect(plan.width).toBeGreaterThan(650);
      if (width === 1024) expect(list.y).toBeGreaterThan(canvas.y + canvas.height - 1);
      await shot(page, `seating-names-${width}`);

      const fuller = (ns: { text: string; id: string }[]) =>
        ns.filter((n) => n.text.replace(/\u00a0/g, ' ') === choicesOf(n.id)[0]).length;
      await page.getByTestId('plan-zoom-in').click();
      await page.getByTestId('plan-zoom-in').click();
      await expect.poll(() => page.getByTestId('plan-zoom').innerText()).toBe('150%');
      await expect.poll(async () => fuller(await seatNames(page))).toBeGreaterThan(fuller(names) + 20);
      for (const n of await seatNames(page)) expect(n.px, n.text).toBeGreaterThanOrEqual(7);
      await shot(page, `seating-names-${width}-zoom`);
      expect(b.consoleErrors).toEqual([]);
    },
    60000,
  );

  it('at 1024 px the presidium chooser shows every button and the plan keeps its height', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${host.origin}/#/c/${conferenceId}/seating`);
    await page.getByTestId('presidium-toggle').click();
    const panel = (await page.getByTestId('presidium-panel').boundingBox())!;
    const items = page.getByTestId('pres-stage-item');
    await expect.poll(() => items.count()).toBe(9);
    for (const name of [/lên trước/, /xuống sau/, /^Bỏ /]) {
      const btn = (await items.first().getByRole('button', { name }).boundingBox())!;
      expect(btn.x + btn.width).toBeLessThanOrEqual(panel.x + panel.width);
    }
    expect((await page.locator('.st-canvas').boundingBox())!.height).toBeGreaterThan(300);
    await shot(page, 'seating-presidium-1024');
    await page.getByTestId('presidium-toggle').click();
  });

  it('prints the chart with full names where they fit, never below 7 px, nothing spilling', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/print/seating-chart?conferenceId=${conferenceId}`);
    await page.waitForSelector('body[data-print-ready]', { state: 'attached', timeout: 30000 });
    const printed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.sc-seat .st-seat-name')].map((n) => {
        const box = n.parentElement!.getBoundingClientRect();
        const out = [...n.children].some((l) => {
          const r = l.getBoundingClientRect();
          return (
            r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5
          );
        });
        return {
          text: [...n.children]
            .map((l) => l.textContent)
            .join(' ')
            .replace(/\u00a0/g, ' '),
          px: parseFloat(getComputedStyle(n).fontSize),
          out,
        };
      }),
    );
    expect(printed).toHaveLength(179);
    for (const n of printed) {
      expect(n.px, n.text).toBeGreaterThanOrEqual(7);
      expect(n.out, n.text).toBe(false);
    }
    // Unranked people are printed by their full name when it fits (most do on A4), not cut to two words.
    const full = delegates.filter((d) => !d.rank && d.fullName.split(' ').length >= 3).map((d) => d.fullName);
    const shownFull = printed.filter((n) => full.includes(n.text)).length;
    expect(shownFull).toBeGreaterThan(full.length * 0.6);
    const pdf = await printToPdf(
      b.context,
      `${host.origin}/print/seating-chart?conferenceId=${conferenceId}`,
      'seating-names-chart-a4',
      '.sc-seat',
      80,
    );
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('SƠ ĐỒ CHỖ NGỒI');
  }, 60000);
});
