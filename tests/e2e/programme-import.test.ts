/**
 * Awards from a file, the speech text attachment, the saved MC script and its print view, in Chromium:
 * import 20 tập thể + 20 cá nhân from an .xlsx (some matching delegates, seated), attach a tham luận,
 * edit + save the script and print it. No request may leave the host.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, ARTIFACTS, closeSession, openDemoSession, shot, type Browsing, type Host } from './harness';

let host: Host;
let b: Browsing;
let conferenceId = '';

beforeAll(async () => {
  ({ host, b, conferenceId } = await openDemoSession());
  const hallId = (await api(host, 'hall.createDemo', {})).id;
  await api(host, 'seating.autoAssign', { conferenceId, hallId });
}, 60000);
afterAll(() => closeSession(host, b));

describe('programme extras, end to end', () => {
  it('imports 20 + 20 awardees from an .xlsx, links 5 delegates and shows their seats', async () => {
    const { page } = b;
    const delegates = (await api(host, 'delegate.list', { conferenceId })).items
      .filter((d: any) => d.fullName)
      .slice(20, 25);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['DANH SÁCH KHEN THƯỞNG']);
    ws.addRow(['TT', 'Tên tập thể / Họ và tên', 'Cấp bậc', 'Chức vụ', 'Đơn vị', 'Thành tích']);
    ws.addRow(['I. TẬP THỂ']);
    for (let i = 1; i <= 20; i++)
      ws.addRow([i, `Ban CHQS xã Số ${i}`, null, null, null, 'Có thành tích xuất sắc trong công tác QPĐP']);
    ws.addRow(['II. CÁ NHÂN']);
    for (let i = 1; i <= 20; i++) {
      const d = delegates[i - 1];
      ws.addRow(
        d
          ? [i, d.fullName.toUpperCase(), d.rank, d.position, d.unit, 'Hoàn thành xuất sắc nhiệm vụ']
          : [i, `Nguyễn Văn Thành ${i}`, 'Thiếu tá', 'Trợ lý', 'Phòng Tham mưu', 'Hoàn thành xuất sắc nhiệm vụ'],
      );
    }
    const file = path.join(host.dataDir, 'khen-thuong.xlsx');
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));

    await page.goto(host.url);
    await page.goto(`${host.origin}/#/c/${conferenceId}/programme/awards`);
    await page.getByTestId('decision-number').fill('2345/QĐ-UBND');
    await page.getByTestId('decision-add').click();
    await page.getByTestId('award-import-file').setInputFiles(file);
    await expect
      .poll(() => page.getByTestId('award-import-preview').innerText())
      .toContain('20 tập thể, 20 cá nhân, 5 trùng đại biểu');
    await shot(page, 'programme-import-01-preview');
    await page.getByTestId('award-import-commit').click();
    await expect.poll(() => page.getByTestId('award-counts').innerText()).toContain('20/20 cá nhân');
    const aw = await api(host, 'award.list', { conferenceId });
    const linked = aw.decisions[0].recipients.filter((r: any) => r.delegateId);
    expect(linked.map((r: any) => r.delegateId)).toEqual(delegates.map((d: any) => d.id));
    expect(linked.every((r: any) => r.seat)).toBe(true);
    await page.getByTestId('batch-max').fill('10');
    await page.getByTestId('batch-plan').click();
    await page.getByTestId('batch-4').waitFor();
    await expect.poll(() => page.getByTestId('batch-3').innerText()).toContain(linked[0].seat);
    await page.getByTestId('batch-3').scrollIntoViewIfNeeded();
    await shot(page, 'programme-import-02-lineup-seats');

    // Link an unlinked recipient by hand: it gets a delegate, hence a seat.
    const unlinked = aw.decisions[0].recipients.find((r: any) => !r.delegateId && r.kind === 'individual');
    const someone = (await api(host, 'delegate.list', { conferenceId })).items.find(
      (d: any) => !linked.some((r: any) => r.delegateId === d.id) && d.fullName,
    );
    await page.getByTestId(`award-link-${unlinked.id}`).selectOption(someone.id);
    await expect
      .poll(
        async () =>
          (await api(host, 'award.list', { conferenceId })).decisions[0].recipients.find(
            (r: any) => r.id === unlinked.id,
          ).delegateId,
      )
      .toBe(someone.id);
  }, 60000);

  it('attaches a tham luận file, shows "Đã nộp file" and downloads it back', async () => {
    const { page } = b;
    await api(host, 'speech.create', {
      conferenceId,
      unit: 'Sở Giáo dục và Đào tạo',
      topic: 'Giáo dục quốc phòng và an ninh',
      dueDate: '2023-12-01',
    });
    const file = path.join(host.dataDir, 'Tham luận Sở GD&ĐT.docx');
    fs.writeFileSync(file, 'Nội dung tham luận');
    await page.goto(`${host.origin}/#/c/${conferenceId}/programme/speeches`);
    await page.getByTestId('speech-attach-1').setInputFiles(file);
    await expect.poll(() => page.getByTestId('speech-file-1').innerText()).toBe('Tham-luan-So-GD-DT.docx');
    expect(await page.getByTestId('speech-row-1').getByRole('combobox', { name: 'Tình trạng nộp' }).inputValue()).toBe(
      'file',
    );
    await shot(page, 'programme-import-03-speech-file');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('speech-file-1').click()]);
    expect(fs.readFileSync((await download.path())!, 'utf8')).toBe('Nội dung tham luận');
  }, 60000);

  it('saves the edited script; the print view shows the saved text', async () => {
    const { page } = b;
    await api(host, 'agenda.create', {
      conferenceId,
      kind: 'opening',
      title: 'Tuyên bố lý do, giới thiệu đại biểu',
      minutes: 10,
    });
    await page.goto(`${host.origin}/#/c/${conferenceId}/programme/script`);
    await page.getByTestId('script-generate').click();
    const block = page.getByTestId('script-block-1');
    await expect.poll(() => block.inputValue()).toContain('Đồng chí');
    await block.fill(`${await block.inputValue()}\nXin trân trọng cảm ơn các đồng chí (ĐÃ SỬA).`);
    await page.getByTestId('script-save').click();
    await expect.poll(() => page.getByTestId('script-save').innerText()).toContain('Đã lưu');
    await page.reload();
    await expect.poll(() => page.getByTestId('script-block-1').inputValue()).toContain('(ĐÃ SỬA)');
    const print = await b.context.newPage();
    await print.setViewportSize({ width: 1366, height: 768 });
    await print.goto(`${host.origin}/print/mc-script?conferenceId=${conferenceId}`);
    await expect.poll(() => print.getByTestId('mc-script-sheet').innerText()).toContain('(ĐÃ SỬA)');
    await shot(print, 'programme-import-04-script-print');
    await print.pdf({ path: path.join(ARTIFACTS, 'programme-mc-script.pdf'), format: 'A4', preferCSSPageSize: true });
    await print.close();
    expect(b.external).toEqual([]);
    expect(b.consoleErrors).toEqual([]);
  }, 60000);
});
