/**
 * Check-in reports from the store: attendance by section (XLSX and DOCX: có mặt / vắng / dự thay /
 * khách ngoài danh sách) and the one-page head count for the chair (báo cáo quân số, DOCX; the
 * Nghị định 30 frame and the tables in ./checkin-report-docx.ts). docx/exceljs load lazily.
 */
import { findConference } from '../../../db/repositories/conference';
import { notFound } from '../../../shared/api/errors';
import { FONT, para } from '../kernel/docx/nd30';
import { STAFF_LINE, frame, grid, sectionRows } from './checkin-report-docx';
import { countDoor, readDoorState, type DoorState } from './checkin-stats';
import type { ServiceContext } from '../kernel/context';
import { joinPositionUnit } from '../../../shared/text/position-unit';
import { downloadName } from '../../../shared/text/file-name';

interface Row {
  no: number;
  name: string;
  rank: string;
  position: string;
  unit: string;
  category: string;
  status: string;
  at: string;
  station: string;
  substitute: string;
}

// The host's local time and date: the hall's laptop runs on the hall's clock.
const hhmm = (iso: string) =>
  new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false });

async function load(ctx: ServiceContext, conferenceId: string) {
  const conf = await findConference(ctx.store.db, conferenceId);
  if (!conf) throw notFound('hội nghị', conferenceId);
  const state = await readDoorState(ctx, conferenceId);
  const subs = new Map(
    (
      await ctx.store.db
        .selectFrom('delegate_register')
        .select(['delegate_id', 'substitute_full_name', 'substitute_rank', 'substitute_position'])
        .where('reply', '=', 'substitute')
        .execute()
    ).map((r) => [
      r.delegate_id,
      [r.substitute_rank, r.substitute_full_name].filter(Boolean).join(' ') +
        (r.substitute_position ? `, ${r.substitute_position}` : ''),
    ]),
  );
  return { conf, state, rows: rowsOf(state, subs), stats: countDoor(state) };
}

function rowsOf(s: DoorState, subs: Map<string, string>): Row[] {
  return s.delegates.map((d, i) => {
    const c = s.active.get(d.id);
    // Staff and press are not invited to attend: never "Vắng".
    const status = s.walkIns.has(d.id)
      ? 'Khách ngoài danh sách'
      : !c
        ? s.staff.has(d.id)
          ? 'Phục vụ, không tính'
          : 'Vắng'
        : c.kind === 'substitute'
          ? 'Dự thay'
          : 'Có mặt';
    return {
      no: i + 1,
      name: d.fullName || d.position,
      rank: d.rank,
      position: d.position,
      unit: d.unit,
      category: d.category || 'Khác',
      status,
      at: c ? hhmm(c.checked_in_at) : '',
      station: c ? (c.station === 'admin' ? 'Máy chủ' : c.station) : '',
      substitute: c?.kind === 'substitute' ? (subs.get(d.id) ?? '') : '',
    };
  });
}

/** @example const { fileName, contentBase64 } = await attendanceReport(ctx, id, 'xlsx'); */
export async function attendanceReport(ctx: ServiceContext, conferenceId: string, format: 'xlsx' | 'docx') {
  const data = await load(ctx, conferenceId);
  return format === 'xlsx' ? attendanceXlsx(data) : attendanceDocx(data);
}

async function attendanceXlsx({ conf, rows, stats }: Awaited<ReturnType<typeof load>>) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const sum = wb.addWorksheet('Tổng hợp');
  sum.addRow([conf.title]).font = { bold: true };
  sum.addRow(['Thành phần', 'Mời', 'Có mặt', 'Vắng']).font = { bold: true };
  for (const s of stats.bySection.filter((x) => !x.staff))
    sum.addRow([s.category || 'Khác', s.invited, s.present, s.invited - s.present]);
  sum.addRow(['Tổng cộng', stats.invited, stats.present, stats.absent]).font = { bold: true };
  sum.addRow(['Trong đó dự thay', '', stats.substitutes, '']);
  sum.addRow(['Khách ngoài danh sách', '', stats.walkIns, '']);
  sum.addRow([STAFF_LINE, stats.staffTotal, stats.staffPresent, '']);
  sum.columns = [{ width: 48 }, { width: 10 }, { width: 10 }, { width: 10 }];
  const ws = wb.addWorksheet('Điểm danh');
  ws.addRow([
    'STT',
    'Họ và tên',
    'Cấp bậc',
    'Chức vụ',
    'Đơn vị',
    'Thành phần',
    'Tình trạng',
    'Giờ đến',
    'Bàn',
    'Người dự thay',
  ]).font = { bold: true };
  for (const r of rows)
    ws.addRow([r.no, r.name, r.rank, r.position, r.unit, r.category, r.status, r.at, r.station, r.substitute]);
  ws.columns = [6, 28, 12, 30, 30, 26, 16, 9, 10, 30].map((width) => ({ width }));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: downloadName(['Điểm danh', conf.title], 'xlsx'), contentBase64: buf.toString('base64') };
}

async function attendanceDocx({ conf, rows, stats }: Awaited<ReturnType<typeof load>>) {
  const D = await import('docx');
  const list = (label: string, pick: Row[]) =>
    pick.length
      ? [
          para(D, { text: `${label} (${pick.length}):`, size: 14, bold: true, align: 'left', before: 10, after: 4 }),
          grid(
            D,
            [8, 33, 40, 19],
            [
              ['STT', 'Họ và tên', 'Chức vụ, đơn vị', pick[0].status === 'Dự thay' ? 'Người dự thay' : 'Giờ đến'],
              ...pick.map((r, i) => [
                String(i + 1),
                [r.rank, r.name].filter(Boolean).join(' '),
                joinPositionUnit(r.position, r.unit),
                r.status === 'Dự thay' ? r.substitute : r.at,
              ]),
            ],
            12,
          ),
        ]
      : [];
  const body = [
    grid(D, [52, 16, 16, 16], sectionRows(stats)),
    ...list(
      'Đại biểu vắng mặt',
      rows.filter((r) => r.status === 'Vắng'),
    ),
    ...list(
      'Đại biểu cử người dự thay',
      rows.filter((r) => r.status === 'Dự thay'),
    ),
    ...list(
      'Khách ngoài danh sách',
      rows.filter((r) => r.status === 'Khách ngoài danh sách'),
    ),
  ];
  const buf = await frame(D, conf, 'BÁO CÁO', [`Kết quả điểm danh đại biểu dự ${conf.title}`], body);
  return {
    fileName: downloadName(['Báo cáo điểm danh', conf.title], 'docx'),
    contentBase64: Buffer.from(buf).toString('base64'),
  };
}

/** The head count for the chair: one page, the numbers and the table by section. */
export async function headCountReport(ctx: ServiceContext, conferenceId: string) {
  const { conf, stats } = await load(ctx, conferenceId);
  const D = await import('docx');
  const now = hhmm(new Date().toISOString());
  const line = (text: string, bold = false) =>
    new D.Paragraph({
      alignment: D.AlignmentType.JUSTIFIED,
      indent: { firstLine: 720 },
      spacing: { before: 120 },
      children: [new D.TextRun({ text, size: 28, bold, font: FONT })],
    });
  const body = [
    line(`Đến ${now}, tổng số đại biểu được triệu tập, mời dự: ${stats.invited} đồng chí.`),
    line(`Có mặt: ${stats.present} đồng chí (trong đó dự thay: ${stats.substitutes} đồng chí).`, true),
    line(`Vắng mặt: ${stats.absent} đồng chí.`),
    line(`Khách không có trong danh sách mời: ${stats.walkIns} người.`),
    para(D, { text: '', size: 6 }),
    grid(D, [52, 16, 16, 16], sectionRows(stats)),
  ];
  const buf = await frame(D, conf, 'BÁO CÁO QUÂN SỐ', [`Đại biểu dự ${conf.title}`], body);
  return {
    fileName: downloadName(['Báo cáo quân số', conf.title], 'docx'),
    contentBase64: Buffer.from(buf).toString('base64'),
  };
}

/**
 * For the MC: the present dignitaries (precedence ≤ maxPrecedence) in protocol order, with the
 * person actually in the hall (a substitute is introduced by name, "dự thay" the invited one).
 * Walk-ins are not on it: the MC introduces only invited delegates.
 */
export async function presentDignitariesReport(ctx: ServiceContext, conferenceId: string, maxPrecedence: number) {
  const { conf, state } = await load(ctx, conferenceId);
  const subs = new Map(
    (
      await ctx.store.db
        .selectFrom('delegate_register')
        .select(['delegate_id', 'substitute_full_name', 'substitute_rank', 'substitute_position'])
        .where('reply', '=', 'substitute')
        .execute()
    ).map((r) => [r.delegate_id, r]),
  );
  const present = state.delegates
    .filter((d) => d.precedence <= maxPrecedence && !state.walkIns.has(d.id) && state.active.has(d.id))
    .sort((a, b) => a.precedence - b.precedence);
  const D = await import('docx');
  const rows = present.map((d, i) => {
    const c = state.active.get(d.id)!;
    const invited = [d.rank, d.fullName || d.position].filter(Boolean).join(' ');
    const sub = c.kind === 'substitute' ? subs.get(d.id) : undefined;
    const who = sub
      ? `${[sub.substitute_rank, sub.substitute_full_name].filter(Boolean).join(' ')} (dự thay đồng chí ${invited})`
      : invited;
    const role = sub ? joinPositionUnit(sub.substitute_position, d.unit) : joinPositionUnit(d.position, d.unit);
    return [String(i + 1), who, role, hhmm(c.checked_in_at)];
  });
  const now = hhmm(new Date().toISOString());
  const body = rows.length
    ? [grid(D, [8, 38, 42, 12], [['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Giờ đến'], ...rows])]
    : [para(D, { text: `Đến ${now} chưa có đại biểu nào trong số này có mặt.`, size: 14, align: 'left' })];
  const summary = [`Đại biểu dự ${conf.title}`, `(theo thứ tự lễ tân, đến ${now}: ${present.length} đồng chí)`];
  const buf = await frame(D, conf, 'DANH SÁCH ĐẠI BIỂU CÓ MẶT', summary, body, '- Đồng chí dẫn chương trình;');
  return {
    fileName: downloadName(['Đại biểu có mặt', conf.title], 'docx'),
    contentBase64: Buffer.from(buf).toString('base64'),
  };
}
