/**
 * The demo conference a first-time user opens with one click.
 *
 * The conference is the one of seed 000 (UBND tỉnh Lạng Sơn, Kế hoạch sơ kết 05 năm thực hiện Đề án
 * số 223/ĐA-UBND về xây dựng khu vực phòng thủ tỉnh, ½ ngày đầu tháng 10/2025 tại Hội trường
 * Bộ CHQS tỉnh). The ~180 delegates follow that plan's composition list ("Thành phần") and speech
 * assignments, with units and communes of the province; every person's name is invented.
 *
 * Deterministic (seeded PRNG) and pure: no I/O, no clock, no Math.random.
 */
import type { z } from 'zod';
import { ConferenceFields } from '../../shared/models/conference';
import { DelegateFields } from '../../shared/models/delegate';
import { seededRandom } from '../../shared/random';
import {
  AWARDED_COLLECTIVES, AWARDED_PEOPLE, COMMUNES, EXCLUDED_NAMES, FAMILY_NAMES, GIVEN_FEMALE, GIVEN_MALE,
  LONG_NAMES, MIDDLE_FEMALE, MIDDLE_MALE, TALKS, type SlotRow,
} from './demo-names';

type ConferenceData = z.infer<typeof ConferenceFields>;
type DelegateData = z.infer<typeof DelegateFields>;

/** Section names (thành phần) in precedence order: the first is the most senior. */
export const DEMO_SECTIONS = [
  'Khách mời Quân khu 1',
  'Đại biểu tỉnh',
  'Đại biểu các đơn vị Quân khu 1 đóng quân trên địa bàn',
  'Đại biểu Bộ CHQS tỉnh',
  'Đại biểu các xã, phường',
  'Tập thể, cá nhân được khen thưởng',
  'Phóng viên, phục vụ',
] as const;

const CHAIR_NOTE = 'Chủ trì Hội nghị';
const AWARD = 'Bằng khen của Chủ tịch UBND tỉnh';

/** Thủ trưởng Bộ Tư lệnh và các cơ quan Quân khu 1. */
const MILITARY_REGION: readonly SlotRow[] = [
  ['Thiếu tướng', 'Phó Tư lệnh', 'Quân khu 1'],
  ['Thiếu tướng', 'Phó Chính ủy', 'Quân khu 1'],
  ['Đại tá', 'Phó Tham mưu trưởng', 'Quân khu 1'],
  ['Đại tá', 'Phó Chủ nhiệm Chính trị', 'Quân khu 1'],
  ['Đại tá', 'Phó Cục trưởng', 'Cục Hậu cần - Kỹ thuật Quân khu 1'],
  ['Thượng tá', 'Trưởng phòng Tác chiến', 'Bộ Tham mưu Quân khu 1'],
  ['Thượng tá', 'Trưởng phòng Dân quân tự vệ', 'Bộ Tham mưu Quân khu 1'],
  ['Trung tá', 'Phó Trưởng phòng Tuyên huấn', 'Cục Chính trị Quân khu 1'],
  ['Thiếu tá', 'Trợ lý Dân quân tự vệ', 'Bộ Tham mưu Quân khu 1'],
  ['Thiếu tá', 'Trợ lý Tác chiến', 'Bộ Tham mưu Quân khu 1'],
];

/** Thường trực Tỉnh ủy, HĐND; lãnh đạo UBND tỉnh; MTTQ; sở, ban, ngành; Công an tỉnh. */
const PROVINCE: readonly SlotRow[] = [
  ['', 'Phó Bí thư Thường trực', 'Tỉnh ủy'],
  ['', 'Phó Chủ tịch', 'HĐND tỉnh'],
  ['', 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch', 'UBND tỉnh', CHAIR_NOTE],
  ['', 'Phó Chủ tịch', 'Ủy ban MTTQ Việt Nam tỉnh'],
  ['', 'Phó Trưởng đoàn chuyên trách', 'Đoàn ĐBQH tỉnh'],
  ['', 'Phó Trưởng ban', 'Ban Tổ chức Tỉnh ủy'],
  ['', 'Phó Trưởng ban', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
  ['', 'Phó Trưởng ban', 'Ban Nội chính Tỉnh ủy'],
  ['', 'Phó Chánh Văn phòng', 'Tỉnh ủy'],
  ['', 'Trưởng ban Pháp chế', 'HĐND tỉnh'],
  ['', 'Chánh Văn phòng', 'UBND tỉnh'],
  ['', 'Phó Chánh Văn phòng', 'UBND tỉnh'],
  ['', 'Giám đốc', 'Sở Tài chính'],
  ['', 'Phó Giám đốc', 'Sở Tài chính', TALKS['Sở Tài chính']],
  ['', 'Giám đốc', 'Sở Nội vụ'],
  ['', 'Phó Giám đốc', 'Sở Nội vụ', 'Phụ trách công tác khen thưởng tại Hội nghị'],
  ['', 'Phó Giám đốc', 'Sở Xây dựng', TALKS['Sở Xây dựng']],
  ['', 'Phó Giám đốc', 'Sở Nông nghiệp và Môi trường', TALKS['Sở Nông nghiệp và Môi trường']],
  ['', 'Phó Giám đốc Văn phòng Đăng ký đất đai', 'Sở Nông nghiệp và Môi trường'],
  ['', 'Phó Giám đốc', 'Sở Khoa học và Công nghệ', TALKS['Sở Khoa học và Công nghệ']],
  ['', 'Phó Giám đốc', 'Sở Công Thương'],
  ['', 'Phó Giám đốc', 'Sở Y tế'],
  ['', 'Phó Giám đốc', 'Sở Giáo dục và Đào tạo'],
  ['', 'Phó Giám đốc', 'Sở Văn hóa, Thể thao và Du lịch'],
  ['', 'Phó Giám đốc', 'Sở Dân tộc và Tôn giáo'],
  ['', 'Đại diện lãnh đạo', 'Sở Tư pháp'],
  ['', 'Phó Chánh Thanh tra', 'Thanh tra tỉnh'],
  ['', 'Phó Trưởng ban', 'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn'],
  ['', 'Đại diện lãnh đạo', 'Viện Kiểm sát nhân dân tỉnh'],
  ['', 'Phó Chánh án', 'Tòa án nhân dân tỉnh'],
  ['', 'Phó Chủ tịch', 'Hội Cựu chiến binh tỉnh'],
  ['Đại tá', 'Phó Giám đốc', 'Công an tỉnh', TALKS['Công an tỉnh']],
  ['Thượng tá', 'Trưởng phòng Tham mưu', 'Công an tỉnh'],
  ['Thượng tá', 'Trưởng phòng An ninh chính trị nội bộ', 'Công an tỉnh'],
  ['Thượng tá', 'Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc', 'Công an tỉnh'],
  ['Trung tá', 'Phó Trưởng phòng An ninh đối ngoại', 'Công an tỉnh'],
];

/** Đơn vị thuộc Quân khu 1 đóng quân trên địa bàn tỉnh. */
const REGION_UNITS: readonly SlotRow[] = [
  ['Đại tá', 'Sư đoàn trưởng', 'Sư đoàn Bộ binh 3'],
  ['Đại tá', 'Chính ủy', 'Sư đoàn Bộ binh 3'],
  ['Thượng tá', 'Phó Sư đoàn trưởng', 'Sư đoàn Bộ binh 3'],
  ['Đại tá', 'Đoàn trưởng', 'Đoàn Kinh tế - Quốc phòng 338'],
  ['Thượng tá', 'Chính ủy', 'Đoàn Kinh tế - Quốc phòng 338'],
  ['Trung tá', 'Phó Đoàn trưởng', 'Đoàn Kinh tế - Quốc phòng 338'],
];

/** Thủ trưởng Bộ CHQS tỉnh, Ban Chỉ huy Bộ đội Biên phòng, Ban Chỉ huy Phòng thủ các khu vực. */
const PROVINCIAL_COMMAND: readonly SlotRow[] = [
  ['Đại tá', 'Chỉ huy trưởng', 'Bộ CHQS tỉnh'],
  ['Đại tá', 'Chính ủy', 'Bộ CHQS tỉnh'],
  ['Đại tá', 'Phó Chỉ huy trưởng, Tham mưu trưởng', 'Bộ CHQS tỉnh'],
  ['Thượng tá', 'Phó Chính ủy', 'Bộ CHQS tỉnh'],
  ['Thượng tá', 'Phó Chỉ huy trưởng', 'Bộ CHQS tỉnh'],
  ['Thượng tá', 'Chủ nhiệm Chính trị', 'Bộ CHQS tỉnh'],
  ['Thượng tá', 'Chủ nhiệm Hậu cần - Kỹ thuật', 'Bộ CHQS tỉnh', TALKS['Bộ CHQS tỉnh']],
  ['Trung tá', 'Phó Tham mưu trưởng', 'Bộ CHQS tỉnh'],
  ['Trung tá', 'Phó Chủ nhiệm Chính trị', 'Bộ CHQS tỉnh'],
  ['Trung tá', 'Phó Chủ nhiệm Hậu cần - Kỹ thuật', 'Bộ CHQS tỉnh'],
  ['Trung tá', 'Trưởng ban Tài chính', 'Bộ CHQS tỉnh'],
  ['Trung tá', 'Trưởng ban Quân lực', 'Phòng Tham mưu, Bộ CHQS tỉnh'],
  ['Đại tá', 'Chỉ huy trưởng', 'Ban Chỉ huy Bộ đội Biên phòng tỉnh'],
  ['Đại tá', 'Chính ủy', 'Ban Chỉ huy Bộ đội Biên phòng tỉnh'],
  ['Thượng tá', 'Phó Chỉ huy trưởng', 'Ban Chỉ huy Bộ đội Biên phòng tỉnh', TALKS['Ban Chỉ huy Bộ đội Biên phòng tỉnh']],
  ['Thượng tá', 'Phó Chính ủy', 'Ban Chỉ huy Bộ đội Biên phòng tỉnh'],
  ['Trung tá', 'Phó Tham mưu trưởng', 'Ban Chỉ huy Bộ đội Biên phòng tỉnh'],
  ['Thượng tá', 'Chỉ huy trưởng', 'Ban CHPTKV 1 - Thất Khê', TALKS['Ban CHPTKV 1 - Thất Khê']],
  ['Thượng tá', 'Chính trị viên', 'Ban CHPTKV 1 - Thất Khê'],
  ['Trung tá', 'Phó Chỉ huy trưởng', 'Ban CHPTKV 1 - Thất Khê'],
  ['Thượng tá', 'Chỉ huy trưởng', 'Ban CHPTKV 3 - Nhân Lý', TALKS['Ban CHPTKV 3 - Nhân Lý']],
  ['Thượng tá', 'Chính trị viên', 'Ban CHPTKV 3 - Nhân Lý'],
  ['Trung tá', 'Phó Chỉ huy trưởng', 'Ban CHPTKV 3 - Nhân Lý'],
];

/** Chủ tịch UBND and Chỉ huy trưởng Ban CHQS of each commune; one commune sends a representative. */
function communeRows(rng: () => number): SlotRow[] {
  const ranks = ['Trung tá', 'Thiếu tá', 'Thiếu tá', 'Đại úy'];
  return COMMUNES.flatMap(([kind, name]): SlotRow[] => {
    const ubnd = `UBND ${kind} ${name}`;
    const chair: SlotRow = name === 'Đình Lập'
      ? ['', 'Đại diện lãnh đạo', ubnd]
      : ['', 'Chủ tịch', ubnd, TALKS[ubnd]];
    return [chair, [ranks[Math.floor(rng() * ranks.length)], 'Chỉ huy trưởng', `Ban CHQS ${kind} ${name}`]];
  });
}

/** Press and service staff. */
const PRESS_AND_SERVICE: readonly SlotRow[] = [
  ['', 'Phóng viên', 'Báo Lạng Sơn'],
  ['', 'Phóng viên', 'Báo Lạng Sơn'],
  ['', 'Phóng viên', 'Đài PT-TH tỉnh'],
  ['', 'Phóng viên', 'Đài PT-TH tỉnh'],
  ['', 'Biên tập viên', 'Đài PT-TH tỉnh'],
  ['', 'Kỹ thuật viên', 'Đài PT-TH tỉnh'],
  ['', 'Chuyên viên', 'Văn phòng UBND tỉnh', 'Tổ thư ký'],
  ['', 'Chuyên viên', 'Văn phòng UBND tỉnh', 'Tổ thư ký'],
  ['', 'Nhân viên Lễ tân', 'Văn phòng UBND tỉnh', 'Đón tiếp, điểm danh'],
  ['', 'Nhân viên Lễ tân', 'Văn phòng UBND tỉnh', 'Hướng dẫn chỗ ngồi'],
  ['Thượng úy', 'Trợ lý Hành chính', 'Phòng Tham mưu, Bộ CHQS tỉnh', 'Đón tiếp, điểm danh'],
  ['Trung úy', 'Nhân viên Văn thư', 'Phòng Tham mưu, Bộ CHQS tỉnh', 'Phát tài liệu'],
  ['Đại úy', 'Trợ lý Tuyên huấn', 'Phòng Chính trị, Bộ CHQS tỉnh', 'Khánh tiết'],
  ['Thiếu úy', 'Nhân viên Thông tin', 'Bộ CHQS tỉnh', 'Âm thanh, ánh sáng'],
  ['Thượng úy', 'Nhân viên Quân y', 'Bộ CHQS tỉnh', 'Y tế'],
  ['Trung úy', 'Nhân viên Lễ tân', 'Bộ CHQS tỉnh', 'Bưng trà nước'],
];

/** Slots (position|unit) that carry one of the long names, for layout testing. */
const LONG_NAME_SLOTS: Readonly<Record<string, string>> = {
  'Phó Giám đốc Văn phòng Đăng ký đất đai|Sở Nông nghiệp và Môi trường': LONG_NAMES[0],
  'Phó Trưởng ban|Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn': LONG_NAMES[1],
};


function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)];
}

/** Invents names: never one of the excluded real names, never the same name twice. */
function makeNamer(rng: () => number): (female: boolean) => string {
  const used = new Set<string>([...EXCLUDED_NAMES, ...LONG_NAMES]);
  return (female) => {
    for (;;) {
      const family = pick(rng, FAMILY_NAMES);
      const given = pick(rng, female ? GIVEN_FEMALE : GIVEN_MALE);
      const name = `${family} ${pick(rng, female ? MIDDLE_FEMALE : MIDDLE_MALE)} ${given}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

function phone(rng: () => number): string {
  let digits = '09';
  for (let i = 0; i < 8; i++) digits += String(Math.floor(rng() * 10));
  return digits;
}

export function buildDemoConference(): { conference: ConferenceData; delegates: DelegateData[] } {
  const rng = seededRandom(20251008);
  const nameOf = makeNamer(rng);
  const awardees: SlotRow[] = [
    ...AWARDED_COLLECTIVES.map(([r, p, u]): SlotRow => [r, p, u, `Đại diện tập thể nhận ${AWARD}`]),
    ...AWARDED_PEOPLE.map(([r, p, u]): SlotRow => [r, p, u, AWARD]),
  ];
  const sections: ReadonlyArray<readonly [string, readonly SlotRow[]]> = [
    [DEMO_SECTIONS[0], MILITARY_REGION],
    [DEMO_SECTIONS[1], PROVINCE],
    [DEMO_SECTIONS[2], REGION_UNITS],
    [DEMO_SECTIONS[3], PROVINCIAL_COMMAND],
    [DEMO_SECTIONS[4], communeRows(rng)],
    [DEMO_SECTIONS[5], awardees],
    [DEMO_SECTIONS[6], PRESS_AND_SERVICE],
  ];

  const delegates: DelegateData[] = [];
  for (const [category, rows] of sections) {
    for (const [rank, position, unit, note = ''] of rows) {
      const placeholder = position.startsWith('Đại diện');
      // Commanders are men here; staff officers, clerks and civilians are sometimes women.
      const female = rng() < (!rank ? 0.3 : /^(Trợ lý|Nhân viên|Cán bộ)/.test(position) ? 0.2 : 0);
      const fullName = placeholder ? '' : (LONG_NAME_SLOTS[`${position}|${unit}`] ?? nameOf(female));
      const press = unit === 'Báo Lạng Sơn' || unit === 'Đài PT-TH tỉnh';
      const salutation = placeholder ? '' : press ? (female ? 'Bà' : 'Ông') : 'Đồng chí';
      // Badge types are data: the section says "Phục vụ", press and the secretariat are set one by one.
      const badgeType = category !== DEMO_SECTIONS[6] ? '' : press ? 'Phóng viên' : note === 'Tổ thư ký' ? 'Ban tổ chức' : '';
      delegates.push(DelegateFields.parse({
        fullName, rank, position, unit, category, salutation, note, badgeType,
        phone: !placeholder && rng() < 0.45 ? phone(rng) : '',
      }));
    }
  }

  const chair = delegates.find((d) => d.note === CHAIR_NOTE);
  if (!chair) throw new Error('demo: no chair among the delegates');

  const conference = ConferenceFields.parse({
    title:
      'Hội nghị sơ kết 05 năm thực hiện Đề án số 223/ĐA-UBND ngày 03/10/2019 của UBND tỉnh về xây dựng ' +
      'khu vực phòng thủ tỉnh giai đoạn 2020 - 2025, định hướng đến năm 2030',
    kind: 'Hội nghị sơ kết',
    shortTitle: 'Hội nghị sơ kết 05 năm thực hiện Đề án số 223/ĐA-UBND',
    sectionBadges: { [DEMO_SECTIONS[0]]: 'Khách mời', [DEMO_SECTIONS[6]]: 'Phục vụ' },
    startsAt: '2025-10-08T07:30',
    endsAt: '2025-10-08T11:30',
    venue: 'Hội trường Bộ CHQS tỉnh (số 2, Nguyễn Thái Học, phường Lương Văn Tri, tỉnh Lạng Sơn)',
    parentBody: '',
    hostBody: 'Ủy ban nhân dân tỉnh Lạng Sơn',
    chair: `Đồng chí ${chair.fullName}, ${chair.position} ${chair.unit}`,
    placeName: 'Lạng Sơn',
    documentSymbol: 'GM-UBND',
    signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
    signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
    signerName: chair.fullName,
    backdropLines: [
      'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
      'HỘI NGHỊ',
      'SƠ KẾT 05 NĂM THỰC HIỆN ĐỀ ÁN SỐ 223/ĐA-UBND NGÀY 03/10/2019 CỦA UBND TỈNH',
      'VỀ XÂY DỰNG KHU VỰC PHÒNG THỦ TỈNH GIAI ĐOẠN 2020 - 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030',
      'Lạng Sơn, ngày 08 tháng 10 năm 2025',
    ],
    notes: [
      'Hội nghị mẫu để làm quen với phần mềm: họ tên đại biểu là hư cấu.',
      'Thời gian: ½ ngày, từ 07 giờ 30 đến 11 giờ 30.',
      'Thành phần: Thủ trưởng Bộ Tư lệnh và các cơ quan Quân khu 1; Thường trực Tỉnh ủy, Thường trực HĐND tỉnh; ' +
        'lãnh đạo UBND tỉnh (chủ trì); lãnh đạo các sở, ban, ngành, Công an tỉnh; Sư đoàn Bộ binh 3, ' +
        'Đoàn Kinh tế - Quốc phòng 338; Bộ CHQS tỉnh, Ban Chỉ huy BĐBP, Ban CHPTKV (giao Bộ CHQS tỉnh triệu tập); ' +
        'Chủ tịch UBND, Chỉ huy trưởng Ban CHQS các xã, phường; đại diện tập thể, cá nhân được khen thưởng.',
      'Tham luận 7-10 phút; các cơ quan, đơn vị được phân công gửi văn bản và file mềm về Bộ CHQS tỉnh ' +
        'trước ngày 20/9/2025 để tổng hợp, in tài liệu.',
      'Khen thưởng: Bằng khen của Chủ tịch UBND tỉnh cho 20 tập thể và 20 cá nhân (Sở Nội vụ phối hợp Bộ CHQS tỉnh).',
      'Đại biểu LLVT mặc quân phục thường dùng; đại biểu khác mặc trang phục công sở. ' +
        'Đề nghị xác nhận tham dự với Bộ CHQS tỉnh (Phòng Tham mưu) trước ngày 03/10/2025.',
      'Kinh phí: ngân sách chi bảo đảm cho nhiệm vụ quân sự, quốc phòng.',
    ].join('\n'),
  });

  return { conference, delegates };
}
