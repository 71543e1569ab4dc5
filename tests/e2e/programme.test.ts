/**
 * The programme end to end in Chromium: build seed 003's sequence in the form, reorder by drag,
 * see the computed times and the overrun warning, download the programme DOCX; paste 20 + 20
 * awardees, plan batches; generate and download the MC's script. No request may leave the host.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, closeSession, openDemoSession, shot, type Browsing, type Host } from './harness';
import { docxXml, stripTags } from '../helpers/docx';

let host: Host;
let b: Browsing;
let conferenceId = '';

beforeAll(async () => {
  ({ host, b, conferenceId } = await openDemoSession());
}, 60000);
afterAll(() => closeSession(host, b));

const docXml = async (file: string) => {
  return stripTags(await docxXml(fs.readFileSync(file)));
};

describe('programme, end to end', () => {
  it('adds the seed 003 items, reorders by drag, shows times and the overrun, downloads the DOCX', async () => {
    const { page } = b;
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/c/${conferenceId}/programme`);
    const steps: [string, string, number][] = [
      ['opening', 'Tuyên bố lý do, giới thiệu đại biểu', 10],
      ['report', 'Báo cáo sơ kết 05 năm thực hiện Đề án', 30],
      ['speech', 'Tham luận của các cơ quan, địa phương', 90],
      ['awards', 'Công bố quyết định và trao thưởng', 30],
      ['address', 'Đại diện lãnh đạo cấp trên phát biểu', 20],
      ['conclusion', 'Kết luận hội nghị', 70],
    ];
    for (const [kind, title, minutes] of steps) {
      await page.getByTestId('agenda-add-kind').selectOption(kind);
      await page.getByTestId('agenda-add-title').fill(title);
      await page.getByTestId('agenda-add-minutes').fill(String(minutes));
      await page.getByTestId('agenda-add-submit').click();
      await expect
        .poll(() => page.locator('[data-testid^="agenda-row-"]').count())
        .toBe(steps.indexOf(steps.find((s) => s[1] === title)!) + 1);
    }
    // 250 minutes from 07h30 → 11h40: past 11h30.
    await expect.poll(() => page.getByTestId('agenda-overrun').innerText()).toContain('10 phút');
    // Drag "Phát biểu" (row 5) above "Công bố quyết định" (row 4).
    const from = await page.getByTestId('agenda-handle-5').boundingBox();
    const to = await page.getByTestId('agenda-handle-4').boundingBox();
    await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
    await page.mouse.down();
    await page.mouse.move(from!.x + 5, from!.y - 10, { steps: 5 });
    await page.mouse.move(to!.x + to!.width / 2, to!.y + 4, { steps: 10 });
    await page.mouse.up();
    await expect
      .poll(() => page.getByTestId('agenda-row-4').getAttribute('data-title'))
      .toBe('Đại diện lãnh đạo cấp trên phát biểu');
    // The row moves at once; the save lands a moment later.
    await expect
      .poll(async () => (await api(host, 'agenda.list', { conferenceId })).items.map((i: any) => i.kind))
      .toEqual(['opening', 'report', 'speech', 'address', 'awards', 'conclusion']);
    await expect.poll(() => page.getByTestId('agenda-time-4').innerText()).toBe('09h40 – 10h00');
    await shot(page, 'programme-01-agenda-overrun');
    // Shorten the conclusion: the warning goes away.
    await page.getByTestId('agenda-minutes-6').fill('20');
    await page.getByTestId('agenda-minutes-6').press('Tab');
    await expect.poll(() => page.getByTestId('agenda-overrun').count()).toBe(0);
    await expect.poll(() => page.getByTestId('agenda-planned-end').innerText()).toBe('10h50');
    await shot(page, 'programme-02-agenda');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('agenda-docx').click()]);
    const file = await download.path();
    const text = await docXml(file!);
    expect(text).toContain('CHƯƠNG TRÌNH');
    expect(text).toContain('09h40 - 10h00');
    expect(text).toContain('Đại diện lãnh đạo cấp trên phát biểu');
  }, 60000);

  it('opens the print view', async () => {
    const p = await b.context.newPage();
    await p.goto(`${host.origin}/print/programme?conferenceId=${conferenceId}`);
    await expect.poll(() => p.getByTestId('programme-sheet').innerText()).toContain('10h30 - 10h50');
    await shot(p, 'programme-03-print');
    await p.close();
  });

  it('pastes 20 tập thể and 20 cá nhân, plans batches, generates the script', async () => {
    const { page } = b;
    await page.goto(`${host.origin}/#/c/${conferenceId}/programme/awards`);
    await page.getByTestId('decision-number').fill('1520/QĐ-UBND');
    await page.getByTestId('decision-add').click();
    await page.getByTestId('award-decision').waitFor();
    const collectives = Array.from(
      { length: 20 },
      (_, i) => `Ban CHQS xã Số ${i + 1}\tCó thành tích xuất sắc trong công tác QPĐP`,
    ).join('\n');
    await page.getByTestId('award-paste').fill(collectives);
    await page.getByTestId('award-paste-submit').click();
    await expect.poll(() => page.getByTestId('award-counts').innerText()).toContain('20/20 tập thể');
    await page.getByTestId('award-decision').getByRole('combobox', { name: 'Loại' }).selectOption('individual');
    const people = Array.from(
      { length: 20 },
      (_, i) =>
        `Thiếu tá Nguyễn Văn Thành ${i + 1}\tTrợ lý Tác chiến\tPhòng Tham mưu, Bộ CHQS tỉnh\tHoàn thành xuất sắc nhiệm vụ`,
    ).join('\n');
    await page.getByTestId('award-paste').fill(people);
    await page.getByTestId('award-paste-submit').click();
    await expect.poll(() => page.getByTestId('award-counts').innerText()).toContain('20/20 cá nhân');
    await page.getByTestId('batch-max').fill('10');
    await page.getByTestId('batch-plan').click();
    await page.getByTestId('batch-4').waitFor();
    await shot(page, 'programme-04-awards');
    const aw = await api(host, 'award.list', { conferenceId });
    expect(aw.decisions[0].recipients.find((r: any) => r.kind === 'individual')).toMatchObject({
      rank: 'Thiếu tá',
      name: 'Nguyễn Văn Thành 1',
    });

    await page.goto(`${host.origin}/#/c/${conferenceId}/programme/script`);
    await page.getByTestId('script-generate').click();
    await expect
      .poll(() => page.getByTestId('script-block-1').inputValue())
      .toMatch(/Đồng chí Thiếu tướng [^,]+, Phó Tư lệnh Quân khu 1/);
    await shot(page, 'programme-05-script');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('script-docx').click()]);
    expect(await docXml((await download.path())!)).toMatch(
      /Đợt 1: Xin mời (đại diện các tập thể|các đồng chí) có tên sau lên nhận/,
    );
    expect(b.external).toEqual([]);
    expect(b.consoleErrors).toEqual([]);
  }, 60000);
});
