/** delegate.export: the list back to .xlsx with the import's columns, sections as rows. */
import { listDelegates } from './delegates';
import { getConference } from '../conference';
import type { ServiceContext } from '../kernel/context';
import { downloadName } from '../../../shared/text/file-name';

export const EXPORT_HEADERS = [
  'STT',
  'Họ và tên',
  'Cấp bậc',
  'Chức vụ',
  'Đơn vị',
  'Thành phần',
  'Danh xưng',
  'Điện thoại',
  'Email',
  'Ghi chú',
  'Địa chỉ',
];

/** @example const { fileName, contentBase64 } = await exportDelegates(ctx, confId); */
export async function exportDelegates(ctx: ServiceContext, conferenceId: string) {
  const conf = await getConference(ctx, conferenceId);
  const delegates = await listDelegates(ctx, conferenceId);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ThuKy';
  const ws = wb.addWorksheet('Danh sách đại biểu', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const font = { name: 'Times New Roman', size: 12 };
  ws.addRow(['DANH SÁCH ĐẠI BIỂU']).font = { ...font, bold: true, size: 14 };
  ws.addRow([conf.title]).font = { ...font, italic: true };
  ws.addRow([]);
  const header = ws.addRow(EXPORT_HEADERS);
  header.font = { ...font, bold: true };
  header.eachCell((c) => {
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = { bottom: { style: 'thin' } };
  });
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  let section: string | null = null;
  delegates.forEach((d, i) => {
    if (d.category !== section) {
      section = d.category;
      if (section) ws.addRow(['', section.toLocaleUpperCase('vi')]).font = { ...font, bold: true };
    }
    const row = ws.addRow([
      i + 1,
      d.fullName,
      d.rank,
      d.position,
      d.unit,
      d.category,
      d.salutation,
      d.phone,
      d.email,
      d.note,
      d.address,
    ]);
    row.font = font;
    row.getCell(8).numFmt = '@';
  });
  [6, 28, 12, 28, 30, 22, 10, 14, 22, 20].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const buf = await wb.xlsx.writeBuffer();
  return {
    fileName: downloadName(['Danh sách đại biểu', conf.title], 'xlsx'),
    contentBase64: Buffer.from(buf as ArrayBuffer).toString('base64'),
  };
}
