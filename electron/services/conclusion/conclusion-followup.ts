/**
 * "Theo dõi thực hiện kết luận": the notice's tasks by agency with their status, and the late ones
 * listed, as a Nghị định 30 BÁO CÁO (DOCX).
 */
import { dmy, linesOf, numberLine, placeDateLine, upperVi } from '../../../shared/documents/nd30';
import { renderDocx, type Block } from '../kernel/docx/blocks';
import type { ServiceContext } from '../kernel/context';
import { conferenceDay, countsText, listTasks, symbolAs, taskTable } from '../task';
import { getNotice } from './conclusions';

const safe = (s: string) =>
  s
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60) || 'hoi-nghi';
/** The task's first line, at most 220 characters, without its final full stop. */
const short = (s: string) => {
  const l = s.split('\n')[0];
  return (l.length > 220 ? `${l.slice(0, 220)}…` : l).replace(/[.;,\s]+$/u, '');
};
const para = (text: string, bold = false): Block => ({ type: 'para', runs: [{ text, bold }], indent: true, after: 6 });

/** @example const { fileName, contentBase64 } = await conclusionFollowUpDocx(ctx, id) */
export async function conclusionFollowUpDocx(ctx: ServiceContext, conferenceId: string) {
  const { conference: c } = await conferenceDay(ctx, conferenceId);
  const { notice: n } = await getNotice(ctx, conferenceId);
  const { items, today } = await listTasks(ctx, conferenceId);
  const follow = items.filter((t) => t.source === 'conclusion');
  const late = follow.filter((t) => t.overdue);
  const ref = `Thông báo kết luận${n.number ? ` số ${n.number}/${n.symbol || symbolAs(c, 'TB')}` : ''}${n.issuedOn ? ` ngày ${dmy(n.issuedOn)}` : ''}`;
  const blocks: Block[] = [
    {
      type: 'header',
      header: {
        parentBody: upperVi(c.parentBody),
        issuingBody: upperVi(c.hostBody),
        numberLine: numberLine('', symbolAs(c, 'BC')),
        placeDateLine: placeDateLine(c.placeName, null, Number(today.slice(0, 4))),
      },
    },
    { type: 'title', title: 'BÁO CÁO', lines: [`Tình hình thực hiện ${ref} tại ${c.title}`] },
    para(
      `Thực hiện ${ref}, ${c.hostBody || 'Ban Tổ chức'} tổng hợp tình hình thực hiện các nhiệm vụ được giao đến ngày ${dmy(today)} như sau:`,
    ),
    para(`1. Tổng hợp: ${countsText(follow)}.`, true),
    para('2. Tình hình thực hiện theo cơ quan:', true),
    ...(follow.length ? [taskTable(follow)] : [para('Thông báo kết luận chưa giao nhiệm vụ nào.')]),
    ...(late.length
      ? [
          {
            type: 'para',
            runs: [{ text: '3. Nhiệm vụ quá hạn chưa hoàn thành:', bold: true }],
            indent: true,
            before: 12,
            after: 6,
          } as Block,
          ...late.map((t): Block =>
            para(`- ${t.agency}: ${short(t.content)} (hạn ${dmy(t.dueDate!)}, quá ${-(t.daysLeft ?? 0)} ngày).`),
          ),
        ]
      : []),
    ...(c.signerName
      ? [
          {
            type: 'foot' as const,
            signature: {
              titleLines: [...linesOf(c.signerAuthority), ...linesOf(c.signerTitle)].map(upperVi),
              signerName: c.signerName,
              recipients: ['- Như trên;', '- Lưu: VT.'],
            },
          },
        ]
      : []),
  ];
  const contentBase64 = await renderDocx({
    title: 'Báo cáo theo dõi thực hiện kết luận',
    bodyPt: 14,
    tablePt: 12,
    blocks,
  });
  return { fileName: `Theo doi thuc hien ket luan - ${safe(c.title)}.docx`, contentBase64 };
}
