/** The award papers: Danh sách khen thưởng (per decision) and Thứ tự trao thưởng (per batch, for the stage). */
import { dmy } from '../../../shared/documents/nd30';
import { notFound } from '../../../shared/api/errors';
import { writtenName } from '../../../shared/programme/spoken';
import type { Block, Cell } from '../kernel/docx/blocks';
import { listAwards } from './awards';
import { listDelegates } from '../delegate';
import type { ServiceContext } from '../kernel/context';
import { conf, fileName, out } from './programme-documents';

/** Danh sách khen thưởng: one part per decision (tập thể, then cá nhân), each on its own page. */
export async function awardListDocx(ctx: ServiceContext, conferenceId: string, decisionId?: string) {
  const c = await conf(ctx, conferenceId);
  const { decisions } = await listAwards(ctx, conferenceId);
  const chosen = decisions.filter((d) => !decisionId || d.id === decisionId);
  if (decisionId && !chosen.length) throw notFound('quyết định khen thưởng', decisionId);
  const blocks: Block[] = chosen.flatMap((d, i): Block[] => {
    const col = d.recipients.filter((r) => r.kind === 'collective');
    const ind = d.recipients.filter((r) => r.kind === 'individual');
    const kem = `(Kèm theo Quyết định số ${d.number || '\u00a0'.repeat(6)} ngày ${d.date ? dmy(d.date) : '\u00a0'.repeat(10)} của ${d.authority})`;
    return [
      ...(i > 0 ? [{ type: 'pageBreak' } as Block] : []),
      { type: 'para', runs: [{ text: 'DANH SÁCH', bold: true }], align: 'center', after: 0 },
      {
        type: 'para',
        runs: [{ text: `Tập thể, cá nhân được tặng ${d.form} của ${d.authority}`, bold: true }],
        align: 'center',
        after: 0,
      },
      ...(d.reason
        ? [{ type: 'para', runs: [{ text: d.reason, bold: true }], align: 'center', after: 0 } as Block]
        : []),
      { type: 'para', runs: [{ text: kem, italics: true }], align: 'center', after: 12 },
      ...(col.length
        ? [
            {
              type: 'para',
              runs: [{ text: `I. TẬP THỂ (${col.length} tập thể)`, bold: true }],
              align: 'left',
              keepNext: true,
            } as Block,
            {
              type: 'table',
              table: {
                widths: [1.1, 5, 6],
                header: ['STT', 'Tên tập thể', 'Thành tích'],
                centred: [0],
                rows: col.map((r, k) => [
                  [[{ text: String(k + 1) }]],
                  [[{ text: r.name }]],
                  [[{ text: r.achievement }]],
                ]),
              },
            } as Block,
          ]
        : []),
      ...(ind.length
        ? [
            {
              type: 'para',
              runs: [{ text: `${col.length ? 'II' : 'I'}. CÁ NHÂN (${ind.length} cá nhân)`, bold: true }],
              align: 'left',
              before: 6,
              keepNext: true,
            } as Block,
            {
              type: 'table',
              table: {
                widths: [1.1, 5, 6],
                header: ['STT', 'Họ và tên, cấp bậc, chức vụ, đơn vị', 'Thành tích'],
                centred: [0],
                rows: ind.map((r, k) => [
                  [[{ text: String(k + 1) }]],
                  [[{ text: writtenName({ rank: r.rank, fullName: r.name, position: r.position, unit: r.unit }) }]],
                  [[{ text: r.achievement }]],
                ]),
              },
            } as Block,
          ]
        : []),
    ];
  });
  return out({ title: 'Danh sách khen thưởng', bodyPt: 14, tablePt: 13, blocks }, fileName('Danh sach khen thuong', c));
}

/** Thứ tự lên nhận thưởng per batch, for the stage manager: who presents, who goes up, who is absent. */
export async function awardLineupDocx(ctx: ServiceContext, conferenceId: string) {
  const c = await conf(ctx, conferenceId);
  const aw = await listAwards(ctx, conferenceId);
  const recs = new Map(aw.decisions.flatMap((d) => d.recipients.map((r) => [r.id, r] as const)));
  const people = new Map((await listDelegates(ctx, conferenceId)).map((d) => [d.id, d]));
  // A collective's receiver: the linked delegate (its representative), else the name typed, else its leader.
  const receiver = (r: { delegateId: string | null; receiverText: string }) => {
    const d = r.delegateId ? people.get(r.delegateId) : undefined;
    return d ? (d.fullName ? writtenName(d) : d.position) : r.receiverText || 'Đại diện lãnh đạo đơn vị';
  };
  const hasSeats = [...recs.values()].some((r) => r.seat);
  const lineupRows = (ids: string[], seats: boolean): Cell[][] =>
    ids.map((id, k) => {
      const r = recs.get(id)!;
      const who =
        r.kind === 'collective'
          ? r.name
          : writtenName({ rank: r.rank, fullName: r.name, position: r.position, unit: r.unit });
      const status =
        r.present === null
          ? ''
          : r.present
            ? 'Có'
            : r.absentAction === 'representative'
              ? 'Vắng (đại diện nhận)'
              : 'Vắng';
      const cells: Cell[] = [
        [[{ text: String(k + 1) }]],
        [[{ text: who }]],
        [[{ text: r.kind === 'collective' ? receiver(r) : 'Bản thân' }]],
      ];
      if (seats) cells.push([[{ text: r.seat ?? '' }]]);
      cells.push([[{ text: status }]]);
      return cells;
    });
  const blocks: Block[] = [
    { type: 'title', title: 'THỨ TỰ LÊN NHẬN THƯỞNG', lines: [c.title] },
    ...aw.batches.flatMap((b): Block[] => [
      {
        type: 'para',
        runs: [{ text: `Đợt ${b.no}`, bold: true }, { text: ` — lãnh đạo trao: ${b.presenterLabel || '…'}` }],
        align: 'left',
        before: 8,
      },
      // With a seating plan the stage manager also gets where each one sits (to call them from the aisle).
      {
        type: 'table',
        table: hasSeats
          ? {
              widths: [0.7, 5.2, 2.8, 2.4, 1.6],
              header: ['TT', 'Tập thể/cá nhân', 'Người nhận', 'Chỗ ngồi', 'Có mặt'],
              centred: [0, 3, 4],
              rows: lineupRows(b.recipientIds, true),
            }
          : {
              widths: [0.7, 6.5, 3.5, 2],
              header: ['TT', 'Tập thể/cá nhân', 'Người nhận', 'Có mặt'],
              centred: [0, 3],
              rows: lineupRows(b.recipientIds, false),
            },
      },
    ]),
  ];
  return out({ title: 'Thứ tự trao thưởng', bodyPt: 14, tablePt: 13, blocks }, fileName('Thu tu trao thuong', c));
}
