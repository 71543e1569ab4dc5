/**
 * The Thông báo kết luận as DOCX (Nghị định 30): header, "Số: …/TB-…", THÔNG BÁO and its summary,
 * the opening paragraph (date, meeting, chair, attendees), the numbered items with the presenting
 * agency, "Nơi nhận" and the signature block ("TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG"). The notice's own
 * signer fields win; the conference's fill what is blank.
 */
import { dmy, linesOf, numberLine, placeDateLine, upperVi } from '../../../shared/documents/nd30';
import type { Conference } from '../../../shared/models/conference';
import type { ConclusionNotice } from '../../../shared/models/task';
import { renderDocx, type Block } from '../kernel/docx/blocks';
import type { ServiceContext } from '../kernel/context';
import { conferenceDay } from '../task';
import { getNotice } from './conclusions';

const safe = (s: string) =>
  s
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60) || 'hoi-nghi';
const symbolOf = (c: Conference) =>
  c.documentSymbol.includes('-') ? `TB-${c.documentSymbol.split('-').slice(1).join('-')}` : 'TB';

/** The opening as typed, or composed from the conference: "Ngày 05/8/2025, … tổ chức … do đồng chí … chủ trì." */
export function openingOf(c: Conference, n: ConclusionNotice['notice']): string[] {
  if (n.opening.trim()) return linesOf(n.opening);
  const day = c.startsAt ? `Ngày ${dmy(c.startsAt.slice(0, 10))}, ` : '';
  const chair = c.chair ? ` do ${c.chair.replace(/^Đồng chí/u, 'đồng chí')} chủ trì` : '';
  const who = c.hostBody || 'Ban Tổ chức';
  return [
    `${day}${who} tổ chức ${c.title}${chair}.`,
    `Sau khi nghe báo cáo và ý kiến thảo luận của các đại biểu dự họp, ${c.hostBody ? c.hostBody.replace(/ tỉnh .*$/u, ' tỉnh') : 'Hội nghị'} thống nhất kết luận như sau:`,
  ];
}

const body = (text: string): Block[] =>
  linesOf(text).map((l) => ({ type: 'para', runs: [{ text: l }], indent: true, after: 6 }));

/** @example const { fileName, contentBase64 } = await conclusionsDocx(ctx, id) */
export async function conclusionsDocx(ctx: ServiceContext, conferenceId: string) {
  const { conference: c } = await conferenceDay(ctx, conferenceId);
  const { notice: n, items } = await getNotice(ctx, conferenceId);
  const year = Number((n.issuedOn ?? c.startsAt ?? new Date(ctx.now()).toISOString()).slice(0, 4));
  const authority =
    n.signerAuthority || n.signerTitle ? [n.signerAuthority, n.signerTitle] : [c.signerAuthority, c.signerTitle];
  const blocks: Block[] = [
    {
      type: 'header',
      header: {
        parentBody: upperVi(c.parentBody),
        issuingBody: upperVi(c.hostBody),
        numberLine: numberLine(n.number, n.symbol || symbolOf(c)),
        placeDateLine: placeDateLine(c.placeName, n.issuedOn, year),
      },
    },
    { type: 'title', title: 'THÔNG BÁO', lines: [`Kết luận tại ${c.title}`] },
    ...openingOf(c, n).flatMap(body),
    ...items.flatMap((it, i): Block[] => [
      {
        type: 'para',
        runs: [{ text: `${i + 1}. ${it.title}${it.presenter ? ` (${it.presenter} trình)` : ''}`, bold: true }],
        indent: true,
        before: 6,
        after: 6,
        keepNext: true,
      },
      ...body(it.text),
    ]),
    {
      type: 'foot',
      signature: {
        titleLines: authority.flatMap(linesOf).map(upperVi),
        signerName: n.signerName || c.signerName,
        recipients: n.recipients.length
          ? n.recipients
          : ['- Như trên;', '- Các cơ quan được giao nhiệm vụ;', '- Lưu: VT.'],
      },
    },
  ];
  const contentBase64 = await renderDocx({ title: 'Thông báo kết luận', bodyPt: 14, tablePt: 13, blocks });
  return { fileName: `Thong bao ket luan - ${safe(c.title)}.docx`, contentBase64 };
}
