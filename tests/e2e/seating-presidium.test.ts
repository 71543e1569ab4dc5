/**
 * The presidium chooser in Chromium: the demo's proposal puts the conference's chair at No. 1 and no
 * assistant on stage; the secretary removes one, adds another by typing, moves him up, saves; auto-
 * assign then seats exactly those people centre-out in that order, and the chosen rows of honour
 * in front.
 */
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
}, 60000);
afterAll(() => closeSession(host, b));

const byId = (id: string | null) => delegates.find((d) => d.id === id);

describe('presidium chooser', () => {
  it('proposes the chair and the highest guests, lets the secretary edit the order, and auto-assign follows it', async () => {
    const { page } = b;
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/c/${conferenceId}/seating`);
    await page.getByTestId('presidium-toggle').click();
    const items = page.getByTestId('pres-stage-item');
    await expect.poll(() => items.count()).toBe(9);
    const proposed = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-delegate')));
    const chair = delegates.find((d) => d.note === 'Chủ trì Hội nghị');
    expect(proposed[0]).toBe(chair.id);
    expect(await items.first().textContent()).toContain('Chủ trì');
    for (const id of proposed) expect(byId(id).position).not.toMatch(/Trợ lý|Nhân viên|Chuyên viên/);
    await shot(page, 'presidium-01-proposal');

    // Remove No. 9, add the Chính ủy of Bộ CHQS tỉnh by typing, then move him up to No. 5.
    await items.nth(8).getByRole('button', { name: /^Bỏ / }).click();
    const cu = delegates.find((d) => d.position === 'Chính ủy' && d.unit === 'Bộ CHQS tỉnh');
    await page.getByTestId('pres-stage-search').fill('chinh uy bo chqs');
    await page.getByTestId(`pres-stage-add-${cu.id}`).click();
    for (let i = 0; i < 3; i++)
      await items
        .nth(8 - i)
        .getByRole('button', { name: /lên trước/ })
        .click();
    const chosen = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-delegate')));
    expect(chosen[5]).toBe(cu.id);
    expect(chosen).not.toContain(proposed[8]);
    const honour = await page
      .getByTestId('pres-honour-item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-delegate')));
    expect(honour.length).toBeGreaterThan(3);
    expect(honour).not.toContain(cu.id);
    await page.getByTestId('pres-save').click();
    await expect
      .poll(async () => (await api(host, 'seating.list', { conferenceId })).rules.presidiumIds)
      .toEqual(chosen);
    await shot(page, 'presidium-02-edited');

    await page.getByTestId('seating-auto').click();
    await expect
      .poll(async () => (await api(host, 'seating.list', { conferenceId })).items.length)
      .toBeGreaterThan(150);
    const list = await api(host, 'seating.list', { conferenceId });
    const seat = (id: string | null) => list.items.find((i: any) => i.delegateId === id);
    // No. 1 in the centre (x 4 of 9), No. 2 on his right (the audience's left, x 3), No. 3 on his left (x 5).
    expect([seat(chosen[0]).x, seat(chosen[1]).x, seat(chosen[2]).x]).toEqual([4, 3, 5]);
    const stage = list.items
      .filter((i: any) => i.area === 'presidium')
      .map((i: any) => i.delegateId)
      .sort();
    expect(stage).toEqual([...chosen].sort());
    expect(seat(honour[0])).toMatchObject({ area: 'floor', row: 1 });
    await expect.poll(() => page.getByTestId('seat-P1-4').getAttribute('data-delegate')).toBe(chair.id);
    await shot(page, 'presidium-03-assigned');
    expect(b.external).toEqual([]);
    expect(b.consoleErrors).toEqual([]);
  }, 60000);
});
