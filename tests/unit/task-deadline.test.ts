/** The deadline parser on every deadline phrase of the five seeds (expectations written by hand), variants, and phrases it must not read as deadlines. */
import { describe, expect, it } from 'vitest';
import { dueDateOf, dueLabel, findDeadlines, parseDeadline, type Due } from '../../shared/task/deadline';

const due = (s: string) => parseDeadline(s)?.due ?? null;

describe('deadline phrases of the seeds', () => {
  const cases: [string, string, Due][] = [
    // seed 000
    [
      '000',
      'gửi Bộ CHQS tỉnh gồm cả văn bản và file mềm trước ngày 20/9/2025 để tổng hợp, in tài liệu',
      { kind: 'date', date: '2025-09-20' },
    ],
    // seed 001
    ['001', 'hoàn thành, trình UBND tỉnh **trước ngày 15/7/2024**.', { kind: 'date', date: '2024-07-15' }],
    [
      '001',
      'mời đại biểu Trung ương, các chuyên gia, học giả dự Hội nghị, **trước ngày diễn ra Hội nghị 15 ngày**;',
      { kind: 'beforeConference', days: 15 },
    ],
    [
      '001',
      'đề xuất khen thưởng các tập thể, cá nhân, **hoàn thành trước ngày 15/6/2024**;',
      { kind: 'date', date: '2024-06-15' },
    ],
    [
      '001',
      'trình Hội đồng thi đua khen thưởng tỉnh xem xét, **thời gian trước ngày 20/7/2024**.',
      { kind: 'date', date: '2024-07-20' },
    ],
    [
      '001',
      'Tổng hợp, báo cáo UBND tỉnh tình hình công tác chuẩn bị tổ chức Hội nghị **trước ngày diễn ra Hội nghị 10 ngày**.',
      { kind: 'beforeConference', days: 10 },
    ],
    ['001', 'gửi Sở Ngoại vụ **trước ngày 05/7/2024** để tổng hợp.', { kind: 'date', date: '2024-07-05' }],
    [
      '001',
      'phát trên sóng của Đài Phát thanh và Truyền hình tỉnh trước 02 ngày diễn ra Hội nghị.',
      { kind: 'beforeConference', days: 2 },
    ],
    // seed 002
    [
      '002',
      'báo cáo Ban Chỉ đạo Khu vực phòng thủ tỉnh kết quả thực hiện (qua Bộ Chỉ huy quân sự tỉnh) trước ngày **15/6/2024**.',
      { kind: 'date', date: '2024-06-15' },
    ],
    [
      '002',
      'báo cáo kết quả thực hiện về Ban Chỉ đạo khu vực phòng thủ tỉnh (qua Bộ Chỉ huy quân sự tỉnh) xong trước ngày **30/5/2024**.',
      { kind: 'date', date: '2024-05-30' },
    ],
    // seed 004
    [
      '004',
      'hoàn chỉnh hồ sơ, đồ án và trình UBND tỉnh chậm nhất trong ngày 13/8/2025, để UBND tỉnh xem xét',
      { kind: 'date', date: '2025-08-13' },
    ],
    [
      '004',
      'Hoàn thiện dự thảo, trình UBND tỉnh chậm nhất trong ngày 08/8/2025 để xem xét',
      { kind: 'date', date: '2025-08-08' },
    ],
    [
      '004',
      'hoàn thiện dự thảo báo cáo, trình UBND tỉnh chậm nhất ngày 08/8/2025 để xem xét',
      { kind: 'date', date: '2025-08-08' },
    ],
    ['004', 'trình xin ý kiến); trình UBND tỉnh trước ngày 09/8/2025.', { kind: 'date', date: '2025-08-09' }],
    [
      '004',
      'đảm bảo phù hợp với quy định hiện hành và tình hình thực tiễn; trình UBND tỉnh chậm nhất trước ngày 15/9/2025.',
      { kind: 'date', date: '2025-09-15' },
    ],
    [
      '004',
      'hoàn thiện dự thảo Quyết định trình UBND tỉnh xem xét, ban hành trước ngày 09/8/2025.',
      { kind: 'date', date: '2025-08-09' },
    ],
  ];
  it.each(cases)('seed %s: %s', (_seed, text, expected) => {
    expect(due(text)).toEqual(expected);
  });

  it('the brief\'s phrases: a period and "trước ngày khai mạc 07 ngày"', () => {
    expect(due('hoàn thành trong tháng 12/2026')).toEqual({ kind: 'month', month: '2026-12' });
    expect(due('trước ngày khai mạc 07 ngày')).toEqual({ kind: 'beforeConference', days: 7 });
  });
});

describe('variants', () => {
  it.each([
    ['chậm nhất ngày 8/8/2025', '2025-08-08'],
    ['chậm nhất ngày 08/08/2025', '2025-08-08'],
    ['chậm nhất là ngày 8/8/2025', '2025-08-08'],
    ['chậm nhất vào ngày 8.8.2025', '2025-08-08'],
    ['trước 8/8/2025', '2025-08-08'],
    ['xong trước ngày 8-8-2025', '2025-08-08'],
    ['hoàn thành trước ngày 08/08/2025', '2025-08-08'],
    ['Hạn chót: 31/12/2025', '2025-12-31'],
    ['trước ngày 15 tháng 7 năm 2024', '2024-07-15'],
    ['TRƯỚC NGÀY 15/7/2024', '2024-07-15'],
    ['trước\u00a0ngày  15/7/2024', '2024-07-15'],
  ])('%s → %s', (text, date) => {
    expect(due(text)).toEqual({ kind: 'date', date });
  });

  it.each([
    ['trước 2 ngày diễn ra Hội nghị', 2],
    ['trước 02 ngày diễn ra Hội nghị', 2],
    ['trước ngày diễn ra Hội nghị 5 ngày', 5],
    ['trước ngày tổ chức hội nghị 10 ngày', 10],
    ['15 ngày trước hội nghị', 15],
    ['chậm nhất 10 ngày trước ngày khai mạc', 10],
    ['trước khi khai mạc ít nhất 3 ngày', 3],
    ['trước ngày khai mạc 7 ngày', 7],
  ])('%s → %d days before', (text, days) => {
    expect(due(text)).toEqual({ kind: 'beforeConference', days });
  });

  it.each([
    ['sau khi kết thúc Hội nghị 05 ngày', 5],
    ['05 ngày sau hội nghị', 5],
    ['sau 3 ngày kể từ ngày kết thúc hội nghị', 3],
  ])('%s → %d days after', (text, days) => {
    expect(due(text)).toEqual({ kind: 'afterConference', days });
  });

  it.each([
    ['trong tháng 12/2026', '2026-12'],
    ['xong trong tháng 9 năm 2025', '2025-09'],
    ['chậm nhất trong tháng 8/2025', '2025-08'],
    ['chậm nhất tháng 11/2025', '2025-11'],
  ])('%s → month %s', (text, month) => {
    expect(due(text)).toEqual({ kind: 'month', month });
  });

  it('two deadlines in one bullet, in reading order', () => {
    const found = findDeadlines('hoàn thành **trước ngày 15/7/2024**; phát trên sóng trước 02 ngày diễn ra Hội nghị.');
    expect(found.map((f) => f.due)).toEqual([
      { kind: 'date', date: '2024-07-15' },
      { kind: 'beforeConference', days: 2 },
    ]);
    expect(found[1].phrase).toBe('trước 02 ngày diễn ra Hội nghị');
  });
});

describe('phrases that are not deadlines', () => {
  it.each([
    'Ngày 05/8/2025, Ủy ban nhân dân tỉnh tổ chức Phiên họp thường kỳ',
    'Thực hiện Đề án số 223/ĐA-UBND ngày 03/10/2019 của UBND tỉnh',
    'Thời gian: ½ ngày, dự kiến đầu tháng 10 năm 2025 (thời gian cụ thể thông báo sau)',
    'Thời gian: 01 ngày, dự kiến trong trung tuần tháng 8/2024',
    'Tổ chức 1/2 ngày, dự kiến tuần 1 tháng 7/2024',
    'đến thời điểm ngày 30/6/2025 - trước khi thực hiện mô hình chính quyền địa phương 02 cấp',
    'bảo đảm đủ điều kiện tổ chức đấu giá quyền sử dụng đất trong thời gian sớm nhất',
    'so sánh thu nhập của người dân trước và sau 05 năm thực hiện Nghị quyết',
    'chính thức đi vào vận hành từ ngày 01/7/2025',
    'Nghị định số 128/2025/NĐ-CP ngày 11/6/2025 quy định về phân quyền',
    'theo Kết luận số 2089-KL/TU ngày 19/11/2024',
    'Từ 07.30 đến 11.30 ngày 08/12/2023 (có Giấy mời sau)',
    'chuẩn bị nội dung tham luận thời gian từ 7-10 phút',
    'Số: 15/GM-UBND',
    'trước ngày 31/2/2025',
    'trước ngày 15/13/2024',
    'trước ngày 15/7',
    'trước 02 ngày',
    'trước tháng 12/2026',
    'sau khi có chủ trương thống nhất của cấp có thẩm quyền',
    'nâng cao năng lực thông quan gấp 02–05 lần so với hiện nay trong giai đoạn 2027–2030',
  ])('%s', (text) => {
    expect(findDeadlines(text)).toEqual([]);
  });
});

describe('the date a rule falls on, and its label', () => {
  it('relative deadlines move with the conference day; unknown day → no date', () => {
    const before: Due = { kind: 'beforeConference', days: 15 };
    expect(dueDateOf(before, '2024-08-15T07:30')).toBe('2024-07-31');
    expect(dueDateOf(before, '2024-08-20')).toBe('2024-08-05');
    expect(dueDateOf(before, null)).toBeNull();
    expect(dueDateOf({ kind: 'afterConference', days: 5 }, '2024-12-29')).toBe('2025-01-03');
    expect(dueLabel(before, null)).toBe('15 ngày trước hội nghị (chưa có ngày)');
    expect(dueLabel(before, '2024-08-15')).toBe('31/07/2024 (15 ngày trước hội nghị)');
  });
  it('a month is due at its last day (leap years too); a date is itself', () => {
    expect(dueDateOf({ kind: 'month', month: '2026-12' }, null)).toBe('2026-12-31');
    expect(dueDateOf({ kind: 'month', month: '2028-02' }, null)).toBe('2028-02-29');
    expect(dueLabel({ kind: 'month', month: '2026-12' }, null)).toBe('31/12/2026 (trong tháng 12/2026)');
    expect(dueLabel({ kind: 'date', date: '2024-07-15' }, '2024-08-15')).toBe('15/07/2024');
    expect(dueLabel(null, '2024-08-15')).toBe('');
  });
});
