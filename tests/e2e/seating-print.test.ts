/**
 * Seating page extras in Chromium: the rules table saved with seating.setPlan, whole-word seat names
 * in the plan, and the seat labels and the list by block and row printed to PDF (pdfinfo, pdftotext).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, closeSession, openDemoSession, printToPdf, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;
let conferenceId = '';
let hallId = '';
let delegates: any[] = [];

beforeAll(async () => {
  ({ host, b, conferenceId } = await openDemoSession());
  // A short name that used to break inside a word in the seat boxes.
  await api(host, 'delegate.create', {
    conferenceId,
    delegate: {
      fullName: 'Hoàng Quang Kiên',
      position: 'Phóng viên',
      unit: 'Báo Quân khu 1',
      category: 'Phóng viên, phục vụ',
    },
  });
  delegates = (await api(host, 'delegate.list', { conferenceId })).items;
  hallId = (await api(host, 'hall.createDemo', {})).id;
  await api(host, 'seating.autoAssign', { conferenceId, hallId, rules: { presidiumCount: 9, frontRows: 2 } });
}, 60000);
afterAll(() => closeSession(host, b));

const pdf = (url: string, name: string) => printToPdf(b.context, url, name, '.sl-name', 50);

describe('seating page: rules table and seat names', () => {
  it('saves "Phóng viên → khu C hàng 10–12" from the rules table, and auto-assign follows it', async () => {
    const { page } = b;
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/c/${conferenceId}/seating`);
    await page.getByTestId('rules-toggle').click();
    await page.getByTestId('rule-add').click();
    await page.getByTestId('rule-category-0').selectOption('Phóng viên, phục vụ');
    await page.getByTestId('rule-block-0').selectOption('C');
    await page.getByTestId('rule-from-0').fill('10');
    await page.getByTestId('rule-to-0').fill('14');
    await expect.poll(() => page.getByTestId('rule-problems').textContent()).toContain('khu C chỉ có 12 hàng');
    await page.getByTestId('rule-to-0').fill('12');
    await page.getByTestId('rule-aisle-0').check();
    await shot(page, 'seating-print-01-rules');
    await page.getByTestId('rule-save').click();
    await expect
      .poll(async () => (await api(host, 'seating.list', { conferenceId })).rules.sections)
      .toEqual([{ category: 'Phóng viên, phục vụ', block: 'C', rowFrom: 10, rowTo: 12, aisle: true }]);
    // The page has the saved rules once the toolbar counts them; auto-assign sends them along.
    await expect.poll(() => page.getByTestId('rules-toggle').textContent()).toContain('(1)');
    await page.getByTestId('seating-auto').click();
    const press = delegates.filter((d) => d.category === 'Phóng viên, phục vụ').map((d) => d.id);
    await expect
      .poll(async () => {
        const { items } = await api(host, 'seating.list', { conferenceId });
        return (
          items.filter((i: any) => press.includes(i.delegateId)).every((i: any) => i.block === 'C' && i.row >= 10) &&
          items.length === delegates.length
        );
      })
      .toBe(true);
  });

  it('writes short names in the seat boxes in whole words, never overflowing', async () => {
    const { page } = b;
    await page.getByTestId('rules-toggle').click();
    const kien = delegates.find((d) => d.fullName === 'Hoàng Quang Kiên');
    const seat = page.locator(`[data-delegate="${kien.id}"] .st-seat-name`);
    await seat.waitFor();
    // Each line is its own span: the words are never cut ("Quan g Kiên"); no rank, so the whole name on
    // up to three lines, or (when that would go below the 7 px floor) the family name, initials and given name.
    const lines = await seat.locator('span').allTextContents();
    expect(['Hoàng Quang Kiên', 'Hoàng Q. Kiên']).toContain(lines.join(' '));
    for (const line of lines)
      expect(line.split(' ').every((w) => ['Hoàng', 'Quang', 'Q.', 'Kiên'].includes(w))).toBe(true);
    // Lines may be narrowed (scaleX) to fit: measure what is painted, not the unscaled scroll width.
    const bad = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.st-seat-name')]
        .filter((el) => {
          const box = el.parentElement!.getBoundingClientRect();
          return [...el.children].some((l) => {
            const r = l.getBoundingClientRect();
            return (
              r.left < box.left - 0.5 ||
              r.right > box.right + 0.5 ||
              r.top < box.top - 0.5 ||
              r.bottom > box.bottom + 0.5
            );
          });
        })
        .map((el) => el.textContent),
    );
    expect(bad).toEqual([]);
    await seat.scrollIntoViewIfNeeded();
    await shot(page, 'seating-print-02-seat-names');
  });
});

describe('seat labels and the seating list to PDF', () => {
  it('seat labels: ten per A4 in seat order, seat and name on each, none overflowing', async () => {
    const r = await pdf(
      `${host.origin}/print/seat-labels?conferenceId=${conferenceId}`,
      'seating-print-03-seat-labels',
    );
    expect(r.pages).toBe(Math.ceil(delegates.length / 10));
    expect(r.overflow).toEqual([]);
    const missing = delegates.filter((d) => d.fullName && !r.text.includes(d.fullName));
    expect(missing.map((d) => d.fullName)).toEqual([]);
    expect(r.text).toContain('Khu A, hàng A, ghế 1');
    const small = await pdf(
      `${host.origin}/print/seat-labels?conferenceId=${conferenceId}&size=21&ids=${delegates[0].id}`,
      'seating-print-04-seat-label-one',
    );
    expect(small.pages).toBe(1);
    expect(small.text).toContain(delegates[0].fullName);
    // The page's auto-assign seats the proposal: the chair in the centre (1-5), the first guest on his right (1-4).
    expect(small.text).toContain('ĐCT 1-4');
  }, 60000);

  it('seating list: by block and row with seat, name, position and unit', async () => {
    const r = await pdf(
      `${host.origin}/print/seating-list?conferenceId=${conferenceId}`,
      'seating-print-05-seating-list',
    );
    expect(r.pages).toBeGreaterThanOrEqual(4);
    expect(r.pages).toBeLessThanOrEqual(12);
    expect(r.text).toContain('DANH SÁCH CHỖ NGỒI');
    const missing = delegates.filter((d) => d.fullName && !r.text.includes(d.fullName));
    expect(missing.map((d) => d.fullName)).toEqual([]);
    // The stage comes first, then the blocks in the hall's order.
    const at = (s: string) => r.text.indexOf(s);
    expect(at('ĐOÀN CHỦ TỊCH (9)')).toBeGreaterThan(0);
    expect(at('ĐOÀN CHỦ TỊCH')).toBeLessThan(at('KHU A ('));
    expect(at('KHU A (')).toBeLessThan(at('KHU B ('));
    expect(at('KHU B (')).toBeLessThan(at('KHU C ('));
    expect(b.external).toEqual([]);
  }, 60000);
});
