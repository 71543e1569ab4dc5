/** Pure programme logic: start times and overrun, running delay, award batches, the MC's introductions. */
import { describe, expect, it } from 'vitest';
import { addMinutes, schedule, spanText } from '../../shared/programme/schedule';
import { planBatches } from '../../shared/programme/batches';
import { introductionLines, type Dignitary } from '../../shared/programme/mc-script';
import { spokenName, writtenName } from '../../shared/programme/spoken';

const item = (minutes: number, startedAt: string | null = null, finishedAt: string | null = null) => ({
  minutes,
  startedAt,
  finishedAt,
});

describe('schedule', () => {
  it('computes start times from 07h30 and the overrun past 11h30', () => {
    const s = schedule([item(10), item(30), item(120), item(90)], '2023-12-08T07:30', '2023-12-08T11:30');
    expect(s.slots.map((x) => x.startsAt)).toEqual([
      '2023-12-08T07:30',
      '2023-12-08T07:40',
      '2023-12-08T08:10',
      '2023-12-08T10:10',
    ]);
    expect(s.plannedEnd).toBe('2023-12-08T11:40');
    expect(s.overrunMinutes).toBe(10);
    expect(schedule([item(240)], '2023-12-08T07:30', '2023-12-08T11:30').overrunMinutes).toBe(0);
    expect(addMinutes('2023-12-08T23:50', 20)).toBe('2023-12-09T00:10');
    expect(spanText('2023-12-08T07:30', '2023-12-08T11:30')).toBe('Từ 07h30 đến 11h30 ngày 08/12/2023');
  });
  it('gives no times without a conference start', () => {
    const s = schedule([item(10)], null, null);
    expect(s.slots[0].startsAt).toBeNull();
    expect(s.overrunMinutes).toBeNull();
  });
  it('the running delay follows the latest mark', () => {
    const s = schedule(
      [item(10, '2023-12-08T07:35', '2023-12-08T07:50'), item(30, '2023-12-08T07:50')],
      '2023-12-08T07:30',
      null,
    );
    expect(s.delayMinutes).toBe(10);
    const early = schedule([item(10, '2023-12-08T07:30', '2023-12-08T07:37')], '2023-12-08T07:30', null);
    expect(early.delayMinutes).toBe(-3);
  });
});

describe('award batches', () => {
  const list = (decisionId: string, kind: 'collective' | 'individual', n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `${decisionId}-${kind}-${i + 1}`, decisionId, kind }));
  it('splits 20 tập thể + 20 cá nhân with max 12 into 4 even batches, never mixing', () => {
    const b = planBatches([...list('qd1', 'collective', 20), ...list('qd1', 'individual', 20)], 12);
    expect(b.map((x) => x.length)).toEqual([10, 10, 10, 10]);
    expect(b[1].every((id) => id.includes('collective'))).toBe(true);
    expect(b[2][0]).toBe('qd1-individual-1');
  });
  it('leaves skipped recipients out and respects the maximum', () => {
    const l = list('qd1', 'individual', 7).map((r, i) => ({ ...r, skip: i === 0 }));
    const b = planBatches(l, 4);
    expect(b.flat()).not.toContain('qd1-individual-1');
    expect(Math.max(...b.map((x) => x.length))).toBeLessThanOrEqual(4);
    expect(b.flat()).toHaveLength(6);
  });
});

describe('the MC introduces who is present, in precedence order', () => {
  const d = (
    id: string,
    rank: string,
    fullName: string,
    position: string,
    unit: string,
    extra: Partial<Dignitary> = {},
  ): Dignitary => ({ id, rank, fullName, position, unit, category: 'Khách mời', ...extra });
  const five = [
    d('1', 'Thiếu tướng', 'Hoàng Quang Thắng', 'Phó Tư lệnh', 'Quân khu 1'),
    d('2', '', 'Lương Trọng Quỳnh', 'Phó Chủ tịch', 'UBND tỉnh'),
    d('3', 'Đại tá', 'Nguyễn Đức Thịnh', 'Chỉ huy trưởng', 'Bộ CHQS tỉnh', {
      reply: 'substitute',
      substitute: { rank: 'Thượng tá', fullName: 'Vi Văn Lực', position: 'Phó Chỉ huy trưởng', unit: 'Bộ CHQS tỉnh' },
    }),
    d('4', '', 'Đinh Thị Thu Hằng', 'Giám đốc', 'Sở Tài chính', { salutation: 'Bà' }),
    d('5', 'Đại tá', 'Lăng Văn Cường', 'Giám đốc', 'Công an tỉnh'),
  ];
  it('five dignitaries, three checked in, one of them a substitute → exactly those, in order', () => {
    const lines = introductionLines({
      delegates: five,
      checkedIn: new Set(['1', '3', '5']),
      namedCategories: ['Khách mời'],
    });
    expect(lines).toEqual([
      'Đồng chí Thiếu tướng Hoàng Quang Thắng, Phó Tư lệnh Quân khu 1',
      'Đồng chí Thượng tá Vi Văn Lực, Phó Chỉ huy trưởng Bộ CHQS tỉnh, dự thay đồng chí Đại tá Nguyễn Đức Thịnh, Chỉ huy trưởng Bộ CHQS tỉnh',
      'Đồng chí Đại tá Lăng Văn Cường, Giám đốc Công an tỉnh',
    ]);
  });
  it('without check-in everyone invited counts except those who declined; other sections are greeted as a group', () => {
    const all = [
      ...five.map((x) => (x.id === '2' ? { ...x, reply: 'absent' } : x)),
      d('6', '', 'Hà Văn Tâm', 'Chủ tịch', 'UBND xã Bắc Sơn', { category: 'Đại biểu các xã, phường' }),
    ];
    const lines = introductionLines({ delegates: all, checkedIn: null, namedCategories: ['Khách mời'] });
    expect(lines).toHaveLength(5);
    expect(lines.join('\n')).not.toContain('Lương Trọng Quỳnh');
    expect(lines[2]).toBe('Bà Đinh Thị Thu Hằng, Giám đốc Sở Tài chính');
    expect(lines[4]).toBe('Các đồng chí đại biểu các xã, phường');
  });
  it('writes placeholders and positions that already name the unit', () => {
    expect(writtenName({ rank: '', fullName: '', position: 'Lãnh đạo', unit: 'Sở Tài chính' })).toBe(
      'Đại diện lãnh đạo Sở Tài chính',
    );
    expect(
      spokenName({
        rank: 'Đại tá',
        fullName: 'Nguyễn Văn A',
        position: 'Chỉ huy trưởng Bộ CHQS tỉnh',
        unit: 'Bộ CHQS tỉnh',
      }),
    ).toBe('Đồng chí Đại tá Nguyễn Văn A, Chỉ huy trưởng Bộ CHQS tỉnh');
  });
});
