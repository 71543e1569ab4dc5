/**
 * The MC's script read aloud as printed: every agenda kind with titles typed the way the seeds write
 * them (seed 003's programme, seed 000's speeches), checked as text: no doubled words, no
 * "khách không mời", the presenter named by rank, name and position, the topic of a speech.
 */
import { describe, expect, it } from 'vitest';
import { buildMcScript, type ScriptInput, type ScriptItem } from '../../shared/programme/mc-script';

const chair = {
  salutation: 'Đồng chí',
  rank: '',
  fullName: 'Lê Ánh Dương',
  position: 'Phó Chủ tịch',
  unit: 'UBND tỉnh',
};
const police = {
  salutation: 'Đồng chí',
  rank: 'Đại tá',
  fullName: 'Nguyễn Văn Việt',
  position: 'Phó Giám đốc',
  unit: 'Công an tỉnh',
};
const general = {
  salutation: 'Đồng chí',
  rank: 'Thiếu tướng',
  fullName: 'Hoàng Quang Thắng',
  position: 'Phó Tư lệnh',
  unit: 'Quân khu 1',
};
const item = (kind: ScriptItem['kind'], title: string, extra: Partial<ScriptItem> = {}): ScriptItem => ({
  kind,
  title,
  minutes: 10,
  startsAt: '2023-12-08T07:30',
  presenter: null,
  presenterText: '',
  mcText: '',
  ...extra,
});

const input: ScriptInput = {
  hostBody: 'Ủy ban nhân dân tỉnh Bắc Giang',
  title: 'Hội nghị tổng kết công tác Quốc phòng địa phương năm 2023',
  checkedIn: new Set(['g', 'c', 'w']),
  namedCategories: ['Khách mời'],
  delegates: [
    { id: 'g', ...general, category: 'Khách mời' },
    { id: 'c', ...chair, category: 'Lãnh đạo tỉnh' },
    {
      id: 'w',
      salutation: 'Đồng chí',
      rank: '',
      fullName: 'Trần Văn Đến',
      position: 'Chuyên viên',
      unit: 'Sở Nội vụ',
      category: 'Khách không mời',
    },
  ],
  items: [
    item('reception', 'Đón tiếp đại biểu'),
    item('opening', 'Tuyên bố lý do, giới thiệu đại biểu, chương trình hội nghị'),
    item('report', 'Trình bày Báo cáo tổng kết công tác QPĐP năm 2023 và phương hướng, nhiệm vụ năm 2024', {
      presenter: chair,
    }),
    item('video', 'Trình chiếu phóng sự 15 năm xây dựng, quản lý, bảo vệ biên giới'),
    item('speech', 'Tham luận của Công an tỉnh', {
      presenter: police,
      topic: 'Tham luận: Công tác bảo đảm an ninh chính trị, trật tự an toàn xã hội trong khu vực phòng thủ',
      speechUnit: 'Công an tỉnh',
    }),
    item('speech', 'Tham luận của Sở Tài chính', {
      topic: 'Bảo đảm ngân sách cho nhiệm vụ quốc phòng',
      speechUnit: 'Sở Tài chính',
    }),
    item('address', 'Đại diện lãnh đạo cấp trên phát biểu', { presenter: general }),
    item('awards', 'Công bố quyết định và trao thưởng cho các tập thể, cá nhân có thành tích', {
      presenterText: 'Đồng chí Chánh Văn phòng UBND tỉnh',
    }),
    item('break', 'Nghỉ giải lao'),
    item('conclusion', 'Kết luận Hội nghị của Chủ tịch UBND tỉnh', { presenter: chair }),
    item('closing', 'Bế mạc hội nghị'),
  ],
  decisions: [{ number: '2345/QĐ-UBND', date: '2023-12-01', authority: 'Chủ tịch UBND tỉnh', form: 'Bằng khen' }],
  batches: [
    {
      no: 1,
      leader: chair,
      leaderText: '',
      form: 'Bằng khen',
      authority: 'Chủ tịch UBND tỉnh',
      kind: 'collective',
      recipients: [
        { label: 'Sở Tài chính', note: '', receiver: 'đồng chí Phạm Thị Hoa, Giám đốc Sở Tài chính' },
        { label: 'Ban CHQS xã Tân Văn', note: '' },
      ],
    },
    {
      no: 2,
      leader: general,
      leaderText: '',
      form: 'Bằng khen',
      authority: 'Chủ tịch UBND tỉnh',
      kind: 'individual',
      recipients: [{ label: 'Thiếu tá Lý Văn Hùng, Trợ lý Tác chiến Bộ CHQS tỉnh', note: '' }],
    },
  ],
};

const blocks = buildMcScript(input);
const text = (kind: ScriptItem['kind'], n = 0) => blocks.filter((_, i) => input.items[i].kind === kind)[n].text;
/** A word or a pair of words said twice in a row ("công bố công bố", "báo cáo báo cáo"). */
const doubled = (s: string) => /(^|[\s,:;])(\p{L}+(?: \p{L}+)?) \2(?=[\s,.:;]|$)/iu.exec(s.toLocaleLowerCase('vi'));

describe('the MC script as read aloud', () => {
  it('has no doubled words anywhere and never says "khách không mời"', () => {
    for (const b of blocks) {
      expect(doubled(b.text), b.text).toBeNull();
      expect(b.text.toLocaleLowerCase('vi')).not.toContain('không mời');
    }
  });
  it('introduces the guests one by one, greets the sections, leaves the walk-ins out', () => {
    expect(text('opening')).toContain('- Đồng chí Thiếu tướng Hoàng Quang Thắng, Phó Tư lệnh Quân khu 1;');
    expect(text('opening')).toContain('- Các đồng chí đại biểu lãnh đạo tỉnh;');
    expect(text('opening')).not.toContain('Trần Văn Đến');
  });
  it("takes the report's subject from the title without repeating the verb", () => {
    expect(text('report')).toBe(
      'Xin trân trọng kính mời đồng chí Lê Ánh Dương, Phó Chủ tịch UBND tỉnh trình bày báo cáo tổng kết công tác QPĐP năm 2023 và phương hướng, nhiệm vụ năm 2024.',
    );
  });
  it('invites the assigned presenter of a speech by rank, name and position, with the topic', () => {
    expect(text('speech')).toBe(
      'Xin trân trọng kính mời đồng chí Đại tá Nguyễn Văn Việt, Phó Giám đốc Công an tỉnh trình bày tham luận với chủ đề: “Công tác bảo đảm an ninh chính trị, trật tự an toàn xã hội trong khu vực phòng thủ”.',
    );
    expect(text('speech', 1)).toBe(
      'Xin trân trọng kính mời đồng chí đại diện lãnh đạo Sở Tài chính trình bày tham luận với chủ đề: “Bảo đảm ngân sách cho nhiệm vụ quốc phòng”.',
    );
  });
  it('announces the decision by number, then calls individuals themselves and collectives by their representative', () => {
    const t = text('awards');
    expect(t).toContain(
      'Xin trân trọng kính mời đồng chí Chánh Văn phòng UBND tỉnh công bố Quyết định số 2345/QĐ-UBND ngày 01/12/2023 của Chủ tịch UBND tỉnh.',
    );
    expect(t).toContain(
      'Đợt 1: Xin mời đại diện các tập thể có tên sau lên nhận Bằng khen của Chủ tịch UBND tỉnh:\n1. Sở Tài chính — đồng chí Phạm Thị Hoa, Giám đốc Sở Tài chính nhận;\n2. Ban CHQS xã Tân Văn — đại diện lãnh đạo đơn vị nhận;',
    );
    expect(t).toContain(
      'Đợt 2: Xin mời các đồng chí có tên sau lên nhận Bằng khen của Chủ tịch UBND tỉnh:\n1. Thiếu tá Lý Văn Hùng, Trợ lý Tác chiến Bộ CHQS tỉnh;\nXin trân trọng kính mời đồng chí Thiếu tướng Hoàng Quang Thắng, Phó Tư lệnh Quân khu 1 lên trao thưởng.',
    );
  });
  it('words the other kinds from the kind, not from the typed title', () => {
    expect(text('address')).toBe(
      'Xin trân trọng kính mời đồng chí Thiếu tướng Hoàng Quang Thắng, Phó Tư lệnh Quân khu 1 phát biểu chỉ đạo hội nghị.',
    );
    expect(text('video')).toBe(
      'Xin mời các đồng chí đại biểu theo dõi phóng sự 15 năm xây dựng, quản lý, bảo vệ biên giới.',
    );
    expect(text('conclusion')).toBe(
      'Xin trân trọng kính mời đồng chí Lê Ánh Dương, Phó Chủ tịch UBND tỉnh phát biểu kết luận hội nghị.',
    );
    expect(text('break')).toBe('Hội nghị nghỉ giải lao 10 phút.');
    expect(text('closing')).toContain('Chương trình hội nghị đến đây là kết thúc.');
  });
  it('the doubled-word check itself catches the old wording', () => {
    expect(doubled('Xin trân trọng kính mời đồng chí … công bố công bố quyết định')).not.toBeNull();
    expect(doubled('trình bày báo cáo Báo cáo tổng kết')).not.toBeNull();
  });
});
