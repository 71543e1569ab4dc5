/** Check-in reports: the head count DOCX and the attendance DOCX/XLSX hold the store's numbers and names. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { call, demoCore } from '../helpers/core';
import { docxXml as docXml, stripTags as text } from '../helpers/docx';

let core: Core;
let conferenceId: string;
let names: string[];
const desk = { role: 'desk' as const, name: 'Bàn 1' };

beforeAll(async () => {
  ({ core, conferenceId } = await demoCore());
  const ds = (await call(core, 'delegate.list', { conferenceId })).items;
  names = ds.map((d) => d.fullName);
  for (const d of ds.slice(0, 10)) await core.dispatch('checkin.mark', { conferenceId, delegateId: d.id }, desk);
  await core.dispatch(
    'checkin.substitute',
    { conferenceId, delegateId: ds[20].id, substitute: { fullName: 'Hoàng Văn Thế' } },
    desk,
  );
  await core.dispatch('checkin.walkIn', { conferenceId, person: { fullName: 'Đinh Thị Ngoài' } }, desk);
});
afterAll(() => core.close());

describe('check-in reports', () => {
  it('head count DOCX: the numbers from the store, Nghị định 30 header', async () => {
    const f = await call(core, 'checkin.reportHeadCount', { conferenceId });
    expect(f.fileName).toMatch(/^Báo cáo quân số - .*[^ ]\.docx$/);
    const t = text(await docXml(f.contentBase64));
    expect(t).toContain('BÁO CÁO QUÂN SỐ');
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('mời dự: 163 đồng chí');
    // The 16 of "Phóng viên, phục vụ" are not invited to attend: listed apart, never absent.
    expect(t).toContain('Phục vụ, phóng viên, ban tổ chức (không tính vào quân số)');
    expect(t).toContain('Có mặt: 11 đồng chí (trong đó dự thay: 1 đồng chí)');
    expect(t).toContain('Vắng mặt: 152 đồng chí');
    expect(t).toContain('danh sách mời: 1 người');
  });

  it('attendance DOCX lists the absent, the substitutes with who came, and the walk-ins', async () => {
    const t = text(
      await docXml((await call(core, 'checkin.reportAttendance', { conferenceId, format: 'docx' })).contentBase64),
    );
    expect(t).toContain('Đại biểu vắng mặt (152)');
    expect(t).toContain(names[30]);
    expect(t).toContain('Hoàng Văn Thế');
    expect(t).toContain('Đinh Thị Ngoài');
  });

  it('attendance XLSX: one row per delegate with status, time and desk', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(
        (await call(core, 'checkin.reportAttendance', { conferenceId, format: 'xlsx' })).contentBase64,
        'base64',
      ) as unknown as ArrayBuffer,
    );
    const ws = wb.getWorksheet('Điểm danh')!;
    expect(ws.rowCount).toBe(1 + 180);
    const statuses = ws.getColumn(7).values.slice(2) as string[];
    expect(statuses.filter((s) => s === 'Có mặt')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'Dự thay')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'Khách ngoài danh sách')).toHaveLength(1);
    expect(ws.getRow(2).getCell(9).value).toBe('Bàn 1');
    const sum = wb.getWorksheet('Tổng hợp')!;
    const total = sum.getRows(1, sum.rowCount)!.find((r) => r.getCell(1).value === 'Tổng cộng')!;
    expect([total.getCell(2).value, total.getCell(3).value, total.getCell(4).value]).toEqual([163, 11, 152]);
  });
});
