/**
 * Name cards and badges chosen on screen (Chromium against the host): the print panel of the seating
 * page prints a selection ticked by hand, the presidium and the rows of honour, one section's badges;
 * long names and placeholders break between the words that belong together, never inside a name;
 * the badge shows the type set for the person and the conference's short title.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, closeSession, openDemoSession, printToPdf, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;
let conferenceId = '';
let general = '';

beforeAll(async () => {
  ({ host, b, conferenceId } = await openDemoSession());
  general = (
    await api(host, 'delegate.create', {
      conferenceId,
      delegate: {
        fullName: 'Nguyễn Hoàng Phương Đông Nam',
        rank: 'Thiếu tướng',
        position: 'Phó Tư lệnh',
        unit: 'Quân khu 1',
        category: 'Khách mời Quân khu 1',
      },
    })
  ).id;
  const hall = await api(host, 'hall.createDemo', {});
  await api(host, 'seating.setPlan', { conferenceId, hallId: hall.id });
}, 60000);
afterAll(() => closeSession(host, b));

/** The lines of every name card / badge name in a print view, as laid out. */
async function linesOf(url: string, sel: string): Promise<string[][]> {
  const page = await b.context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-print-ready]', { timeout: 30000 });
  const out = await page.evaluate(
    (s) =>
      [...document.querySelectorAll(s)].map((el) =>
        [...el.querySelectorAll('.nc-line')].map((l) => l.textContent ?? ''),
      ),
    sel,
  );
  await page.close();
  return out;
}

describe('printing chosen on screen', () => {
  it('prints the name cards of two people ticked by hand, broken between rank and name, position and unit', async () => {
    const { page } = b;
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/c/${conferenceId}/seating`);
    await page.getByTestId('print-cards').click();
    await page.getByTestId('print-size').selectOption('half');
    await page.getByTestId('print-who-pick').check();
    await page.getByTestId('print-filter').fill('dong nam');
    await page.getByTestId(`print-pick-${general}`).check();
    const ds = (await api(host, 'delegate.list', { conferenceId })).items;
    const tuPhap = ds.find((d: any) => !d.fullName && d.unit === 'Sở Tư pháp');
    await page.getByTestId('print-filter').fill('tu phap');
    await page.getByTestId(`print-pick-${tuPhap.id}`).check();
    await expect.poll(() => page.getByTestId('print-count').innerText()).toBe('2 biển tên');
    await shot(page, 'print-choice-01-panel');
    const href = await page.getByTestId('print-open').getAttribute('href');
    const url = `${host.origin}${href}`;
    const r = await printToPdf(b.context, url, 'print-choice-02-two-cards', '.nc-name, .nc-pos');
    expect(r.pages).toBe(1);
    expect(r.overflow).toEqual([]);
    expect(r.text).toContain('Nguyễn Hoàng Phương Đông Nam');
    const lines = await linesOf(url, '.nc-face:not(.nc-back) .nc-name');
    expect(lines).toHaveLength(2);
    for (const l of lines)
      expect([
        ['Thiếu tướng Nguyễn Hoàng Phương Đông Nam'],
        ['Thiếu tướng', 'Nguyễn Hoàng Phương Đông Nam'],
        ['Đại diện lãnh đạo Sở Tư pháp'],
        ['Đại diện lãnh đạo', 'Sở Tư pháp'],
      ]).toContainEqual(l);
  }, 60000);

  it('prints the presidium and the rows of honour only', async () => {
    const { page } = b;
    await page.getByTestId('print-who-stage').check();
    const n = Number((await page.getByTestId('print-count').innerText()).split(' ')[0]);
    expect(n).toBeGreaterThan(9);
    const r = await printToPdf(
      b.context,
      `${host.origin}${await page.getByTestId('print-open').getAttribute('href')}`,
      'print-choice-03-stage',
      '.nc-name, .nc-pos',
    );
    expect(r.pages).toBe(Math.ceil(n / 2));
    expect(r.overflow).toEqual([]);
  }, 60000);

  it("prints one section's badges with the type set for each person and the short title", async () => {
    const { page } = b;
    await page.getByTestId('print-kind-badges').click();
    await page.getByTestId('print-who-section').check();
    await page.getByTestId('print-section').selectOption('Phóng viên, phục vụ');
    await expect.poll(() => page.getByTestId('print-count').innerText()).toBe('16 thẻ');
    await shot(page, 'print-choice-04-badges-panel');
    const r = await printToPdf(
      b.context,
      `${host.origin}${await page.getByTestId('print-open').getAttribute('href')}`,
      'print-choice-05-badges',
      '.bd-name, .bd-head',
      60,
    );
    expect(r.pages).toBe(2);
    expect(r.overflow).toEqual([]);
    expect(r.text).toContain('HỘI NGHỊ SƠ KẾT 05 NĂM THỰC HIỆN ĐỀ ÁN SỐ 223/ĐA-UBND');
    expect(r.text).not.toContain('NGÀY 03/10/2019');
    const count = (w: string) => r.text.split(w).length - 1;
    expect([count('PHÓNG VIÊN'), count('BAN TỔ CHỨC'), count('PHỤC VỤ')]).toEqual([6, 2, 8]);
    expect(b.consoleErrors).toEqual([]);
  }, 60000);
});

describe('position and unit on the printed card and badge', () => {
  it('are joined by the one rule: "Trưởng Ban Nội chính Tỉnh ủy", never "Trưởng ban Ban …"', async () => {
    const id = (
      await api(host, 'delegate.create', {
        conferenceId,
        delegate: {
          fullName: 'Hoàng Văn Quân',
          rank: '',
          position: 'Trưởng ban',
          unit: 'Ban Nội chính Tỉnh ủy',
          category: 'Đại biểu tỉnh',
        },
      })
    ).id;
    for (const [kind, name, sel] of [
      ['name-cards', 'print-choice-05-card-doubled', '.nc-name, .nc-pos'],
      ['badges', 'print-choice-06-badge-doubled', '.bd-name'],
    ]) {
      const r = await printToPdf(
        b.context,
        `${host.origin}/print/${kind}?conferenceId=${conferenceId}&ids=${id}`,
        name,
        sel,
      );
      const text = r.text.replace(/\s+/g, ' ');
      expect(text).toContain('Trưởng Ban Nội chính Tỉnh ủy');
      expect(text).not.toMatch(/Trưởng ban,? Ban/);
      expect(r.overflow).toEqual([]);
    }
  }, 60000);
});
