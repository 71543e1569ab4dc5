/** Extraction on the seeds' "Tổ chức thực hiện" sections and seed 004's conclusions: agencies, counts and deadlines written out by hand. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlanTasks } from '../../shared/task/extract-plan';
import { extractConclusions } from '../../shared/task/extract-conclusions';
import { toParagraphs } from '../../shared/task/text';
import { coordinatingOf, splitAgencies } from '../../shared/task/agency';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seed = (n: string) =>
  fs.readFileSync(
    path.join(
      SEEDS,
      fs.readdirSync(SEEDS).find((f) => f.startsWith(n))!,
    ),
    'utf8',
  );
/** [agency, due (date, "-15" = 15 days before, null)] per task. */
const summary = (items: ReturnType<typeof extractPlanTasks>) =>
  items.map((t) => [
    t.agency,
    t.due?.kind === 'date'
      ? t.due.date
      : t.due?.kind === 'beforeConference'
        ? `-${t.due.days}`
        : t.due
          ? JSON.stringify(t.due)
          : null,
  ]);

describe('plans: the "Tổ chức thực hiện" section', () => {
  it('seed 000: five agencies (one with three bullets) and the "Lưu ý" on speeches', () => {
    expect(summary(extractPlanTasks(seed('000'), null))).toEqual([
      ['Bộ CHQS tỉnh', null],
      ['Bộ CHQS tỉnh', null],
      ['Bộ CHQS tỉnh', null],
      ['Văn phòng UBND tỉnh', null],
      ['Sở Nội vụ', null],
      ['Các sở, ban, ngành', null],
      ['UBND các xã, phường', null],
      ['Các cơ quan, đơn vị được phân công', '2025-09-20'],
    ]);
  });

  it('seed 001: Markdown headings, bold deadlines, a bullet with two deadlines split in two', () => {
    const items = extractPlanTasks(seed('001'), '2024-08-15');
    expect(summary(items)).toEqual([
      ['Sở Ngoại vụ', '2024-07-15'],
      ['Sở Ngoại vụ', '-15'],
      ['Sở Ngoại vụ', null],
      ['Sở Ngoại vụ', '2024-06-15'],
      ['Sở Ngoại vụ', '2024-07-20'],
      ['Sở Ngoại vụ', null],
      ['Sở Ngoại vụ', null],
      ['Sở Ngoại vụ', null],
      ['Sở Ngoại vụ', '-10'],
      ['Các sở, ban, ngành', '2024-07-05'],
      ['Các sở, ban, ngành', '2024-07-15'],
      ['UBND các huyện biên giới', null],
      ['UBND các huyện biên giới', '2024-07-05'],
      ['UBND các huyện biên giới', null],
      ['Đài Phát thanh và Truyền hình tỉnh', '2024-07-15'],
      ['Đài Phát thanh và Truyền hình tỉnh', '-2'],
      ['Sở Nội vụ', null],
      ['Sở Tài chính', null],
      ['Văn phòng UBND tỉnh', null],
      ['Văn phòng UBND tỉnh', null],
    ]);
    // Relative deadlines computed with the conference day.
    expect(items[1].dueDate).toBe('2024-07-31');
    expect(items[8].dueDate).toBe('2024-08-05');
    expect(items[15].dueDate).toBe('2024-08-13');
    expect(items[15].content).toBe(
      'Phát trên sóng của Đài Phát thanh và Truyền hình tỉnh trước 02 ngày diễn ra Hội nghị.',
    );
    expect(items[1].coordinating).toEqual(['Văn phòng UBND tỉnh', 'Các cơ quan liên quan']);
    expect(items[3].coordinating).toEqual(['Sở Nội vụ', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Các cơ quan liên quan']);
    expect(items[14].coordinating).toEqual([
      'Sở Ngoại vụ',
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
      'Các cơ quan liên quan',
    ]);
    expect(items[1].dueText).toBe('trước ngày diễn ra Hội nghị 15 ngày');
    expect(items.every((t) => !t.content.includes('**'))).toBe(true);
  });

  it('seed 001 without a conference day: relative deadlines have no date, the rule is kept', () => {
    const items = extractPlanTasks(seed('001'), null);
    expect(items[1].due).toEqual({ kind: 'beforeConference', days: 15 });
    expect(items[1].dueDate).toBeNull();
    expect(items[0].dueDate).toBe('2024-07-15');
  });

  it('seed 002: a heading with a parenthesis, section VI (speeches) left out', () => {
    expect(summary(extractPlanTasks(seed('002'), null))).toEqual([
      ...Array(6).fill(['Bộ Chỉ huy quân sự tỉnh', null]),
      ['Các sở, ban, ngành', '2024-06-15'],
      ['Các sở, ban, ngành', null],
      ['Thành viên Ban Chỉ đạo, cơ quan Ban Chỉ đạo', null],
      ['Ban Chỉ đạo Khu vực phòng thủ huyện, thành phố', '2024-05-30'],
      ['Ban Chỉ đạo Khu vực phòng thủ huyện, thành phố', null],
    ]);
  });

  it('seed 003: headings on their own line, and the closing "Giao Bộ CHQS tỉnh chủ trì, …"', () => {
    const items = extractPlanTasks(seed('003'), null);
    expect(summary(items)).toEqual([
      ['Bộ CHQS tỉnh', null],
      ['Bộ CHQS tỉnh', null],
      ['Bộ CHQS tỉnh', null],
      ['Văn phòng UBND tỉnh', null],
      ['Sở Nội vụ', null],
      ['Sở Tài chính', null],
      ['Các sở, cơ quan, ban, ngành, tổ chức chính trị - xã hội', null],
      ['Bộ CHQS tỉnh', null],
    ]);
    expect(items[5].coordinating).toEqual(['Bộ CHQS tỉnh', 'Văn phòng UBND tỉnh']);
    expect(items[3].content).toMatch(/^Phối hợp với Bộ CHQS tỉnh hoàn chỉnh nội dung/);
  });

  it('a plan it has never seen: "Giao … chủ trì", a numbered agency with a sentence, a period deadline, unknown phrasing', () => {
    const text = [
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Sở Văn hóa, Thể thao và Du lịch:',
      '- Trang trí khánh tiết, ma-két hội trường xong trước ngày khai mạc 03 ngày;',
      '- Bố trí văn nghệ chào mừng trong tháng 12/2026.',
      '2. Công an tỉnh: bảo đảm an ninh trật tự trong thời gian diễn ra hội nghị.',
      'Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thẩm định dự toán, hạn chót: 10/11/2026.',
      '3. Báo Lạng Sơn: đưa tin sau khi hội nghị kết thúc một tuần.',
      'V. KINH PHÍ',
      '1. Sở Y tế: không thuộc mục này.',
    ].join('\n');
    const items = extractPlanTasks(text, '2026-12-10');
    expect(summary(items)).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch', '-3'],
      ['Sở Văn hóa, Thể thao và Du lịch', '{"kind":"month","month":"2026-12"}'],
      ['Công an tỉnh', null],
      ['Sở Tài chính', '2026-11-10'],
      ['Báo Lạng Sơn', null],
    ]);
    expect(items[0].dueDate).toBe('2026-12-07');
    expect(items[1].dueDate).toBe('2026-12-31');
    expect(items[3].coordinating).toEqual(['Sở Nội vụ']);
  });
});

describe('conclusions: seed 004', () => {
  const r = extractConclusions(seed('004'), '2025-08-05');
  it('six items with title and presenter; the opening paragraph', () => {
    expect(r.opening).toMatch(/^Ngày 05\/8\/2025, Ủy ban nhân dân tỉnh \(UBND tỉnh\) tổ chức Phiên họp/);
    expect(r.items.map((i) => i.presenter)).toEqual([
      'Sở Tài chính',
      'Sở Xây dựng',
      'Sở Nông nghiệp và Môi trường',
      'Sở Nông nghiệp và Môi trường',
      'Sở Nội vụ',
      'Sở Dân tộc và Tôn giáo',
    ]);
    expect(r.items[0].title).toBe(
      'Về việc tham mưu, đề xuất đẩy nhanh tiến độ triển khai thực hiện Đề án thí điểm xây dựng cửa khẩu thông minh',
    );
    expect(r.items[4].title).toBe(
      'Dự thảo Quyết định của UBND tỉnh ban hành Quy chế quản lý công trình ghi công liệt sĩ, mộ liệt sĩ trên địa bàn tỉnh Lạng Sơn',
    );
    expect(r.items[0].text).toMatch(/^Đề án thí điểm xây dựng cửa khẩu thông minh được Thủ tướng/);
    expect(r.items[5].text).not.toContain('./.');
  });
  it('the tasks of each item: agencies, deadlines, the overseer', () => {
    const per = r.items.map((i) => i.tasks.map((t) => [t.agency, t.dueDate]));
    expect(per).toEqual([
      [['Sở Tài chính', null]],
      [
        ['Sở Xây dựng', null],
        ['Sở Xây dựng', '2025-08-13'],
        ['Các sở, ngành, UBND các xã, đơn vị liên quan', null],
      ],
      [['Sở Nông nghiệp và Môi trường', '2025-08-08']],
      [
        ['Sở Nông nghiệp và Môi trường', null],
        ['Sở Nông nghiệp và Môi trường', '2025-08-08'],
      ],
      [
        ['Sở Nội vụ', null],
        ['Sở Nội vụ', '2025-08-09'],
        ['Sở Nội vụ', '2025-09-15'],
        ['Sở Nội vụ', '2025-08-09'],
        ['Sở Nội vụ', null],
      ],
      [
        ['Sở Dân tộc và Tôn giáo', null],
        ['Sở Dân tộc và Tôn giáo', '2025-08-08'],
      ],
    ]);
    const first = r.items[0].tasks[0];
    expect(first.overseer).toBe('Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh');
    expect(first.coordinating).toEqual(['Sở Nông nghiệp và Môi trường', 'Các cơ quan liên quan']);
    expect(r.items[1].tasks[0].content).toContain('- Về bố trí bãi đổ thải');
    // The points after "… nội dung sau:" stay one per line.
    expect(r.items[1].tasks[0].content.split('\n').map((l) => l.slice(0, 12))).toEqual([
      'Chỉ đạo đơn ',
      '- Về cập nhậ',
      '- Về bảo vệ ',
      '- Về bố trí ',
      '- Về danh mụ',
    ]);
    expect(r.items[2].tasks[0].content).toContain('Hoàn thiện dự thảo, trình UBND tỉnh chậm nhất trong ngày 08/8/2025');
    expect(r.items[1].tasks[0].overseer).toBe('');
  });
  it('several tasks in one sentence, each agency its own deadline', () => {
    const text =
      '1. Về công tác chuẩn bị Hội nghị (Văn phòng UBND tỉnh trình)\nGiao Sở Tài chính bố trí kinh phí; Sở Nội vụ thẩm định hồ sơ khen thưởng trước ngày 15/8/2025. Giao đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh chỉ đạo, đôn đốc thực hiện.';
    const [item] = extractConclusions(text, null).items;
    expect(item.presenter).toBe('Văn phòng UBND tỉnh');
    expect(item.tasks.map((t) => [t.agency, t.dueDate, t.overseer])).toEqual([
      ['Sở Tài chính', null, 'Nguyễn Văn A, Phó Chủ tịch UBND tỉnh'],
      ['Sở Nội vụ', '2025-08-15', 'Nguyễn Văn A, Phó Chủ tịch UBND tỉnh'],
    ]);
  });
});

describe('text helpers', () => {
  it('joins hard-wrapped lines, keeps bullets and short headings apart', () => {
    const paras = toParagraphs(
      '1. Bộ CHQS tỉnh \n\n - Chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND tỉnh triển \n\nkhai thực hiện; \n\n2. Văn phòng UBND tỉnh\n\nPhối hợp với Bộ CHQS tỉnh phát triển kinh tế\n\n- xã hội vùng đồng bào.\n\n- Chuẩn bị.',
    );
    expect(paras.map((p) => p.text)).toEqual([
      '1. Bộ CHQS tỉnh',
      'Chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND tỉnh triển khai thực hiện;',
      '2. Văn phòng UBND tỉnh',
      'Phối hợp với Bộ CHQS tỉnh phát triển kinh tế - xã hội vùng đồng bào.',
      'Chuẩn bị.',
    ]);
  });
  it('agency lists split only where an agency follows', () => {
    expect(
      splitAgencies('Sở Văn hóa, Thể thao và Du lịch, Sở Nông nghiệp và Môi trường và các cơ quan liên quan'),
    ).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Nông nghiệp và Môi trường', 'Các cơ quan liên quan']);
    expect(coordinatingOf('Chủ trì, phối hợp chuẩn bị công tác lễ tân')).toEqual([]);
  });
});

describe("the notice's foot", () => {
  it('seed 004: Nơi nhận and TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG / Nguyễn Văn Hà', () => {
    const r = extractConclusions(seed('004'), null);
    expect(r.recipients).toHaveLength(14);
    expect(r.recipients[0]).toBe('- Văn phòng Chính phủ (b/c);');
    expect(r.recipients[13]).toBe('- Lưu: VT, TH (NNK).');
    expect([r.signerAuthority, r.signerTitle, r.signerName]).toEqual([
      'TL. CHỦ TỊCH',
      'CHÁNH VĂN PHÒNG',
      'Nguyễn Văn Hà',
    ]);
  });
  it('seed 001 (Markdown): TM. / KT. then the title', () => {
    const r = extractConclusions(seed('001'), null);
    expect([r.signerAuthority, r.signerTitle, r.signerName]).toEqual([
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Dương Xuân Huyền',
    ]);
  });
});

describe('plans it has never seen', () => {
  it('"a)" points under an agency, "Đề nghị …", a numbered point ending with "./.", the closing formula skipped', () => {
    const text = [
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Sở Văn hóa, Thể thao và Du lịch',
      'a) Chủ trì, phối hợp với các đơn vị liên quan tổ chức chương trình văn nghệ chào mừng Hội nghị, hoàn thành trước ngày 10/12/2026.',
      'b) Trang trí khánh tiết, pa nô, khẩu hiệu trước ngày khai mạc 05 ngày.',
      '2. Công an tỉnh: Xây dựng phương án bảo đảm an ninh, trật tự, an toàn giao thông trong thời gian diễn ra Hội nghị.',
      '3. Sở Y tế: Bố trí lực lượng y, bác sĩ trực phục vụ Hội nghị.',
      '4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền về Hội nghị.',
      '5. Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch này, định kỳ báo cáo Chủ tịch UBND tỉnh./.',
      'UBND tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.',
    ].join('\n');
    expect(summary(extractPlanTasks(text, '2026-12-20'))).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch', '2026-12-10'],
      ['Sở Văn hóa, Thể thao và Du lịch', '-5'],
      ['Công an tỉnh', null],
      ['Sở Y tế', null],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', null],
      ['Văn phòng UBND tỉnh', null],
    ]);
  });

  it('a department\'s plan: "PHÂN CÔNG NHIỆM VỤ", rooms and sub-committees, a person', () => {
    const text = [
      'II. NỘI DUNG',
      '1. Thời gian: 08 giờ 00, ngày 15/01/2027.',
      'III. PHÂN CÔNG NHIỆM VỤ',
      '1. Phòng Tổ chức - Hành chính:',
      '- Tham mưu Giám đốc Sở ban hành quyết định thành lập Ban Tổ chức, xong trước 5/01/2027;',
      '- In và gửi giấy mời đại biểu trước hội nghị 7 ngày.',
      '2. Tiểu ban Hậu cần - Lễ tân: chuẩn bị hội trường, nước uống, hoa tươi; đón tiếp đại biểu.',
      '3. Đồng chí Trần Văn Bình, Phó Giám đốc Sở: chỉ đạo chung, duyệt nội dung báo cáo chậm nhất ngày 10/01/2027.',
      'IV. KINH PHÍ',
      'Từ nguồn chi thường xuyên.',
    ].join('\n');
    expect(summary(extractPlanTasks(text, '2027-01-15'))).toEqual([
      ['Phòng Tổ chức - Hành chính', '2027-01-05'],
      ['Phòng Tổ chức - Hành chính', '-7'],
      ['Tiểu ban Hậu cần - Lễ tân', null],
      ['Đồng chí Trần Văn Bình, Phó Giám đốc Sở', '2027-01-10'],
    ]);
  });
});
