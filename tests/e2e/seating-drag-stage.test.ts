/**
 * Dragging onto the stage in Chromium, at 1366 and at 1024 px: the demo's chair, left off the stage
 * by the secretary, lands on the very seat he is dropped on (the centre), not the next free one;
 * the one sitting there takes his floor seat; the chip names the seat under the pointer and does not
 * hide it; a delegate dropped on the empty stage seat lands on that seat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api, closeSession, openSession, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;

beforeAll(async () => {
  ({ host, b } = await openSession());
  await api(host, 'hall.createDemo', {});
}, 60000);
afterAll(() => closeSession(host, b));

/** Drags the seat box `from` onto the seat box `to` with the mouse, as a person would; returns the chip's text over the target. */
async function drag(page: Page, from: string, to: string): Promise<string> {
  const sb = (await page.getByTestId(`seat-${from}`).boundingBox())!;
  const db = (await page.getByTestId(`seat-${to}`).boundingBox())!;
  await page.mouse.move(sb.x + sb.width / 2, sb.y + sb.height / 2);
  await page.mouse.down();
  await page.mouse.move(sb.x + sb.width / 2 + 8, sb.y + sb.height / 2, { steps: 3 });
  await page.mouse.move(db.x + db.width / 2, db.y + db.height / 2, { steps: 20 });
  await expect.poll(() => page.getByTestId(`seat-${to}`).getAttribute('class')).toContain('st-seat-over');
  const chip = await page.getByTestId('drag-chip').innerText();
  // The chip does not cover the seat under the pointer.
  const cb = (await page.getByTestId('drag-chip').boundingBox())!;
  const overlaps =
    cb.x < db.x + db.width && db.x < cb.x + cb.width && cb.y < db.y + db.height && db.y < cb.y + cb.height;
  expect(overlaps).toBe(false);
  return chip;
}

describe.each([1366, 1024])('dragging onto the stage at %i px', (width) => {
  it('puts the chair on the centre seat he is dropped on, and a delegate on the empty stage seat', async () => {
    const { page } = b;
    await page.setViewportSize({ width, height: 768 });
    const conferenceId = (await api(host, 'conference.createDemo', {})).id;
    const delegates = (await api(host, 'delegate.list', { conferenceId })).items;
    const chair = delegates.find((d: any) => d.note === 'Chủ trì Hội nghị');
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/c/${conferenceId}/seating`);

    // The secretary leaves the chair off the stage (as the old demo did) and seats everyone.
    await page.getByTestId('presidium-toggle').click();
    await page
      .locator(`[data-testid="pres-stage-item"][data-delegate="${chair.id}"]`)
      .getByRole('button', { name: /^Bỏ / })
      .click();
    await page.getByTestId('pres-save').click();
    await expect
      .poll(async () => (await api(host, 'seating.list', { conferenceId })).rules?.presidiumIds?.length)
      .toBe(8);
    await page.getByTestId('presidium-toggle').click();
    await page.getByTestId('seating-auto').click();
    await expect
      .poll(async () => (await api(host, 'seating.list', { conferenceId })).items.length)
      .toBeGreaterThan(150);
    let list = (await api(host, 'seating.list', { conferenceId })).items;
    const seatOf = (id: string) => list.find((i: any) => i.delegateId === id);
    const floorSeat = seatOf(chair.id).seatId;
    expect(seatOf(chair.id).area).toBe('floor');
    const centre = list.find((i: any) => i.seatId === 'P1-4');
    const emptyStage = ['P1-0', 'P1-8'].find((id) => !list.some((i: any) => i.seatId === id))!;
    expect(emptyStage).toBeTruthy();
    await expect.poll(() => page.getByTestId(`seat-${floorSeat}`).getAttribute('data-delegate')).toBe(chair.id);

    // The chair onto the centre seat (No. 5 of 9): he sits there, its occupant takes his floor seat.
    const chip = await drag(page, floorSeat, 'P1-4');
    expect(chip).toContain('Chu Đình Lợi');
    expect(chip).toContain('→ ĐCT 1-5');
    await shot(page, `seating-drag-stage-${width}-over`);
    await page.mouse.up();
    await expect.poll(() => page.getByTestId('seat-P1-4').getAttribute('data-delegate')).toBe(chair.id);
    list = (await api(host, 'seating.list', { conferenceId })).items;
    expect(seatOf(chair.id).seatId).toBe('P1-4');
    expect(seatOf(centre.delegateId).seatId).toBe(floorSeat);

    // Someone from row C onto the empty stage seat at the end: that seat, not another.
    const mover = list.find((i: any) => i.area === 'floor' && i.rowLabel === 'C' && !i.locked);
    const chip2 = await drag(page, mover.seatId, emptyStage);
    expect(chip2).toContain(`→ ĐCT 1-${Number(emptyStage.slice(3)) + 1}`);
    await page.mouse.up();
    await expect
      .poll(() => page.getByTestId(`seat-${emptyStage}`).getAttribute('data-delegate'))
      .toBe(mover.delegateId);
    list = (await api(host, 'seating.list', { conferenceId })).items;
    expect(seatOf(mover.delegateId).seatId).toBe(emptyStage);
    expect(seatOf(chair.id).seatId).toBe('P1-4');
    await shot(page, `seating-drag-stage-${width}-after`);
    expect(b.external).toEqual([]);
    expect(b.consoleErrors).toEqual([]);
  }, 90000);
});
