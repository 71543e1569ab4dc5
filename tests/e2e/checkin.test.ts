/**
 * Check-in at the door with three desks, each its own browser context paired by PIN (as three
 * machines on the hall's LAN): concurrent check-ins, the same person from two desks at once, one
 * desk offline and back, counts equal on every desk, on the board and in the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { request, type Lan } from '../helpers/lan';
import { foldDiacritics } from '../../shared/text/normalize';
import { api, openBrowser, shot, startHost, type Browsing, type Host } from './harness';

let host: Host;
let admin: Browsing;
let conferenceId = '';
let delegates: any[] = [];
const desks: { context: BrowserContext; page: Page; name: string }[] = [];

const storeCount = async () => (await api(host, 'checkin.stats', { conferenceId })).present as number;
const present = (p: Page) => p.getByTestId('count-present').innerText().then(Number);

async function scan(p: Page, text: string) {
  const box = p.getByTestId('desk-box');
  await box.fill(text);
  await box.press('Enter');
}

beforeAll(async () => {
  host = await startHost();
  admin = await openBrowser(host);
  conferenceId = (await api(host, 'conference.createDemo', {})).id;
  delegates = (await api(host, 'delegate.list', { conferenceId })).items;
});
afterAll(async () => {
  for (const d of desks) await d.context.close().catch(() => {});
  await admin?.browser.close();
  await host?.stop();
});

describe('check-in with three desks', () => {
  it('shows the PIN on the host and pairs three desks, each with the PIN then on screen', async () => {
    const { page } = admin;
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/c/${conferenceId}/checkin`);
    // The PIN shows once the hall's network is open (the desks here reach the host on 127.0.0.1).
    await page.getByText('Cho phép các bàn điểm danh kết nối (mạng LAN)').click();
    const pinText = page.getByTestId('pairing-pin');
    await expect.poll(() => pinText.innerText()).toMatch(/^\d{6}$/);
    let used = '';
    for (const name of ['Bàn 1', 'Bàn 2', 'Bàn 3']) {
      // A PIN pairs one desk; the host's page shows the next one within a few seconds.
      await expect.poll(() => pinText.innerText(), { timeout: 10000 }).not.toBe(used);
      const pin = (used = await pinText.innerText());
      const context = await admin.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
      await context.route('**/*', (r) =>
        r.request().url().startsWith(host.origin) ? r.continue() : (admin.external.push(r.request().url()), r.abort()),
      );
      const p = await context.newPage();
      await p.goto(`${host.origin}/#/c/${conferenceId}/checkin/desk`);
      await p.getByTestId('pair-pin').fill(pin);
      await p.getByTestId('pair-name').fill(name);
      if (name === 'Bàn 1') await shot(p, 'checkin-01-pair');
      await p.getByTestId('pair-submit').click();
      await p.getByTestId('desk-box').waitFor();
      desks.push({ context, page: p, name });
    }
    await expect
      .poll(async () => (await api(host, 'station.list', {})).items.map((s: any) => s.name))
      .toEqual(['Bàn 1', 'Bàn 2', 'Bàn 3']);
    await expect.poll(() => page.getByTestId('stations').innerText()).toContain('Bàn 3');
    // The login link's token left the address bar, and the browser holds an expiring session, not the token.
    expect(page.url()).not.toContain('token');
    expect(await page.evaluate(() => localStorage.getItem('thuky.token'))).toMatch(/^s1\./);
    // A wrong PIN typed on another machine (127.0.0.7) shows on the admin's page, with its address.
    const wrong = (await api(host, 'station.pairingPin', {})).pin === '000000' ? '000001' : '000000';
    const sent = await request({ port: Number(new URL(host.origin).port) } as Lan, {
      from: '127.0.0.7',
      path: '/api/station.pair',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ pin: wrong, name: 'Máy lạ', conferenceId }),
    });
    expect(sent.status).toBe(403);
    await expect.poll(() => page.getByTestId('pin-attempts').innerText(), { timeout: 10000 }).toContain('127.0.0.7');
    await shot(page, 'checkin-02-admin');
  });

  it('checks in concurrently from three desks: by scanner code, by a name typed without diacritics', async () => {
    const [a, b, c] = [delegates[5], delegates[40], delegates[100]];
    const name = foldDiacritics(b.fullName);
    const typed = desks[1].page.getByTestId('desk-box');
    await typed.fill(name);
    await expect
      .poll(() => desks[1].page.getByTestId('desk-results').locator('li').first().innerText())
      .toContain(b.fullName);
    await Promise.all([scan(desks[0].page, a.code), typed.press('Enter'), scan(desks[2].page, c.code.toLowerCase())]);
    for (const [i, d] of [
      [0, a],
      [1, b],
      [2, c],
    ] as const) {
      const fb = desks[i].page.getByTestId('desk-feedback');
      await expect.poll(() => fb.getAttribute('class')).toContain('ok');
      expect(await fb.innerText()).toContain(d.fullName);
    }
    await shot(desks[0].page, 'checkin-03-desk-green');
    const { items } = await api(host, 'checkin.list', { conferenceId });
    expect(items.map((x: any) => x.station).sort()).toEqual(['Bàn 1', 'Bàn 2', 'Bàn 3']);
  });

  it('the same person from two desks at the same moment: one check-in, the other desk sees where', async () => {
    const d = delegates[7];
    await Promise.all([scan(desks[0].page, d.code), scan(desks[1].page, d.code)]);
    const classes = await Promise.all(
      desks.slice(0, 2).map(async (x) => {
        const fb = x.page.getByTestId('desk-feedback');
        await expect.poll(() => fb.innerText()).toContain(d.fullName);
        return fb.getAttribute('class');
      }),
    );
    expect(classes.filter((k) => k!.includes('ok'))).toHaveLength(1);
    expect(classes.filter((k) => k!.includes('repeat'))).toHaveLength(1);
    const loser = classes[0]!.includes('repeat') ? desks[0] : desks[1];
    const winner = loser === desks[0] ? desks[1] : desks[0];
    expect(await loser.page.getByTestId('feedback-detail').innerText()).toMatch(
      new RegExp(`Đã điểm danh lúc \\d\\d:\\d\\d tại ${winner.name}`),
    );
    await shot(loser.page, 'checkin-04-desk-amber');
    const rows = (await api(host, 'checkin.list', { conferenceId })).items.filter((x: any) => x.delegateId === d.id);
    expect(rows).toHaveLength(1);
  });

  it('an unknown code is red', async () => {
    await scan(desks[2].page, 'ABCDEF012345');
    const fb = desks[2].page.getByTestId('desk-feedback');
    await expect.poll(() => fb.getAttribute('class')).toContain('error');
    expect(await fb.innerText()).toContain('ABCDEF012345');
  });

  it('a desk offline keeps working, shows the queue, and sends it when back; no double admission', async () => {
    const off = desks[2];
    const [e, f] = [delegates[120], delegates[121]];
    await off.context.setOffline(true);
    await scan(off.page, e.code);
    await expect.poll(() => off.page.getByTestId('desk-net').innerText()).toContain('MẤT KẾT NỐI');
    await expect
      .poll(() =>
        off.page
          .getByTestId('desk-pending')
          .innerText()
          .catch(() => ''),
      )
      .toBe('1');
    // Meanwhile another desk checks F in online; the offline desk scanned F too.
    await scan(desks[0].page, f.code);
    await expect.poll(() => desks[0].page.getByTestId('desk-feedback').innerText()).toContain(f.fullName);
    await scan(off.page, f.code);
    await expect
      .poll(() =>
        off.page
          .getByTestId('desk-pending')
          .innerText()
          .catch(() => ''),
      )
      .toBe('2');
    await shot(off.page, 'checkin-05-desk-offline');
    expect((await api(host, 'checkin.list', { conferenceId })).items.some((x: any) => x.delegateId === e.id)).toBe(
      false,
    );
    await off.context.setOffline(false);
    await expect.poll(() => off.page.getByTestId('desk-net').innerText(), { timeout: 20000 }).toBe('Đã kết nối');
    await expect
      .poll(async () =>
        (await api(host, 'checkin.list', { conferenceId })).items.some((x: any) => x.delegateId === e.id),
      )
      .toBe(true);
    await expect
      .poll(() =>
        off.page
          .getByTestId('desk-conflicts')
          .innerText()
          .catch(() => ''),
      )
      .toContain('Bàn 1');
    const rows = (await api(host, 'checkin.list', { conferenceId })).items;
    expect(rows.filter((x: any) => x.delegateId === f.id)).toHaveLength(1);
    expect(rows.find((x: any) => x.delegateId === e.id).station).toBe('Bàn 3');
  });

  it('counts are equal on every desk, the board, the host page and the store', async () => {
    const want = await storeCount();
    expect(want).toBe(6);
    for (const d of desks) await expect.poll(() => present(d.page)).toBe(want);
    await expect.poll(() => admin.page.getByTestId('admin-present').innerText().then(Number)).toBe(want);
    const board = desks[2].page;
    await board.goto(`${host.origin}/#/c/${conferenceId}/checkin/board`);
    await expect.poll(() => board.getByTestId('board-present').innerText().then(Number)).toBe(want);
    // 163 invited: the 16 of "Phóng viên, phục vụ" are listed apart, not absent.
    expect(Number(await board.getByTestId('board-absent').innerText())).toBe(163 - want);
    expect(await board.getByTestId('board-staff-section').count()).toBe(1);
    expect(await board.getByTestId('board-absent-list').innerText()).toContain(delegates[0].fullName);
    await shot(board, 'checkin-06-board');
  });

  it('undo of the last check-in on a desk, seen everywhere', async () => {
    const p = desks[0].page;
    await p.getByTestId('desk-undo').click();
    await expect.poll(() => p.getByTestId('feedback-detail').innerText()).toContain('Đã hủy');
    const want = await storeCount();
    expect(want).toBe(5);
    await expect.poll(() => present(desks[1].page)).toBe(want);
    expect(admin.external).toEqual([]);
  });
});
