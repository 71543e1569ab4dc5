/**
 * The stage proposal on the demo conference: the chair is No. 1, the guests of general rank follow,
 * no assistant or staff member is proposed; auto-assign seats the chosen people in the chosen order.
 */
import { describe, expect, it } from 'vitest';
import { buildDemoConference } from '../../resources/demo/demo-conference';
import { matchChair, proposeStage, type StagePerson } from '../../shared/seating/presidium';
import { assignSeats } from '../../shared/seating/assign';
import { hallCentre, seatsOf } from '../../shared/seating/layout';
import { DEMO_HALL, HallFields } from '../../shared/models/hall';

const demo = buildDemoConference();
const people: StagePerson[] = demo.delegates.map((d, i) => ({ id: `d${i + 1}`, precedence: i + 1, ...d }));
const label = (id: string) => {
  const p = people.find((x) => x.id === id)!;
  return `${p.rank} ${p.position} ${p.unit}`.trim();
};

describe('stage proposal', () => {
  it('matches the chair named in the conference to a delegate', () => {
    const chair = matchChair(demo.conference.chair, people)!;
    expect(chair.position).toContain('Phó Chủ tịch');
    expect(chair.unit).toBe('UBND tỉnh');
    expect(matchChair('Đồng chí Chủ tịch UBND tỉnh', people)).toBeNull();
  });

  it('puts the chair at No. 1, then the generals and the province leaders; no assistant, no staff', () => {
    const p = proposeStage(people, demo.conference.chair, 9, 12);
    const stage = p.presidiumIds.map(label);
    expect(p.presidiumIds).toHaveLength(9);
    expect(p.presidiumIds[0]).toBe(p.chairId);
    expect(stage.slice(1, 3)).toEqual(['Thiếu tướng Phó Tư lệnh Quân khu 1', 'Thiếu tướng Phó Chính ủy Quân khu 1']);
    expect(stage).toContain('Phó Bí thư Thường trực Tỉnh ủy');
    expect(stage).toContain('Phó Chủ tịch HĐND tỉnh');
    expect(stage).toContain('Đại tá Chỉ huy trưởng Bộ CHQS tỉnh');
    for (const s of [...stage, ...p.honourIds.map(label)])
      expect(s).not.toMatch(/Trợ lý|Nhân viên|Chuyên viên|Phóng viên|Đại diện|xã|phường/);
    expect(p.honourIds.length).toBeGreaterThanOrEqual(5);
    expect(new Set([...p.presidiumIds, ...p.honourIds]).size).toBe(9 + p.honourIds.length);
  });

  it('auto-assign seats the chosen presidium in the chosen order and the chosen rows of honour first', () => {
    const hall = { ...HallFields.parse(DEMO_HALL), id: 'h' };
    const seats = seatsOf(hall);
    const chosen = ['d60', 'd3', 'd1'];
    const res = assignSeats({
      seats,
      centre: hallCentre(hall),
      locked: [],
      people: people.map((p) => ({ id: p.id, precedence: p.precedence, category: p.category, unit: p.unit })),
      rules: { presidiumCount: 0, presidiumIds: chosen, honourIds: ['d100'], frontRows: 2, sections: [] },
    });
    const seatOf = (id: string) =>
      seats.find((s) => s.id === res.assignments.find((a) => a.delegateId === id)!.seatId)!;
    expect(seatOf('d60')).toMatchObject({ area: 'presidium', x: 4 });
    expect(seatOf('d3')).toMatchObject({ area: 'presidium', x: 3 });
    expect(seatOf('d1')).toMatchObject({ area: 'presidium', x: 5 });
    expect(res.assignments.filter((a) => seats.find((s) => s.id === a.seatId)!.area === 'presidium')).toHaveLength(3);
    expect(seatOf('d100')).toMatchObject({ area: 'floor', row: 1 });
    expect(res.assignments.find((a) => a.delegateId === 'd100')!.reason).toContain('số 1 trong danh sách đã chọn');
  });
});
