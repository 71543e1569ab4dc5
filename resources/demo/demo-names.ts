/**
 * Tables for the demo conference (see demo-conference.ts). People's names are SYNTHETIC: they are
 * assembled at random from common family, middle and given names. Unit and place names are the
 * province's own, in the spellings the seed documents use.
 */

/** Family names, repeated to weight them (Kinh names plus the Tày/Nùng names common in Lạng Sơn). */
export const FAMILY_NAMES = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Hoàng', 'Hoàng', 'Hoàng', 'Trần', 'Trần', 'Lê', 'Lê',
  'Phạm', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Hà', 'Chu', 'Triệu',
  'Nông', 'Nông', 'Lương', 'Lộc', 'Vi', 'Lăng', 'Hứa', 'Mã', 'Lục', 'Phùng', 'Tô', 'Đoàn',
] as const;

export const MIDDLE_MALE = [
  'Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Thanh', 'Công', 'Ngọc', 'Tiến',
  'Mạnh', 'Đình', 'Trọng', 'Quốc', 'Hồng', 'Duy', 'Thế', 'Anh',
] as const;

export const MIDDLE_FEMALE = [
  'Thị', 'Thị', 'Thị', 'Thị Thu', 'Thị Thanh', 'Thị Hồng', 'Thị Ngọc', 'Thu', 'Thanh', 'Minh', 'Ngọc', 'Hồng',
] as const;

export const GIVEN_MALE = [
  'Hùng', 'Dũng', 'Tuấn', 'Thắng', 'Cường', 'Long', 'Hải', 'Quân', 'Phong', 'Khánh', 'Toàn', 'Hiếu',
  'Trung', 'Thành', 'Kiên', 'Lâm', 'Nam', 'Bình', 'Huy', 'Đạt', 'Tâm', 'Việt', 'Hưng', 'Tùng',
  'Lực', 'Chiến', 'Quyết', 'Khải', 'Vượng', 'Thịnh', 'Định', 'Tuyên', 'Cương', 'Đông', 'Phúc', 'Lợi',
] as const;

export const GIVEN_FEMALE = [
  'Hoa', 'Lan', 'Hương', 'Hằng', 'Thảo', 'Ngân', 'Linh', 'Trang', 'Nhung', 'Yến', 'Vân', 'Hạnh',
  'Oanh', 'Thủy', 'Loan', 'Mai', 'Dung', 'Liên', 'Phượng', 'Giang', 'Nga', 'Hiền',
] as const;

/**
 * Full names the generator must never produce: the real people named in the seed documents and
 * the people streets and communes are named after.
 */
export const EXCLUDED_NAMES: ReadonlySet<string> = new Set([
  'Lương Trọng Quỳnh', 'Dương Xuân Huyền', 'Nguyễn Văn Sơn', 'Lê Ánh Dương', 'Hồ Tiến Thiệu',
  'Đoàn Thanh Sơn', 'Nguyễn Văn Hà', 'Bùi Đình Quân',
  'Hoàng Văn Thụ', 'Lương Văn Tri', 'Nguyễn Thái Học', 'Võ Nguyên Giáp',
]);

/** Two long names for layout testing (name cards shrink to fit). */
export const LONG_NAMES = ['Nguyễn Thị Hoàng Minh Nguyệt', 'Tôn Thất Quang Minh Khải'] as const;

/**
 * Communes and wards of Lạng Sơn (chính quyền địa phương 02 cấp, from 01/7/2025). Lương Văn Tri,
 * Kỳ Lừa, Hoàng Văn Thụ, Thất Khê and Nhân Lý appear in seed 000; the rest are the province's
 * other well-known communes.
 */
export const COMMUNES: ReadonlyArray<readonly [kind: 'phường' | 'xã', name: string]> = [
  ['phường', 'Lương Văn Tri'], ['phường', 'Kỳ Lừa'], ['phường', 'Tam Thanh'], ['phường', 'Đông Kinh'],
  ['xã', 'Hoàng Văn Thụ'], ['xã', 'Thất Khê'], ['xã', 'Nhân Lý'], ['xã', 'Đồng Đăng'],
  ['xã', 'Cao Lộc'], ['xã', 'Ba Sơn'], ['xã', 'Lộc Bình'], ['xã', 'Mẫu Sơn'],
  ['xã', 'Na Dương'], ['xã', 'Xuân Dương'], ['xã', 'Đình Lập'], ['xã', 'Chi Lăng'],
  ['xã', 'Hữu Lũng'], ['xã', 'Bắc Sơn'], ['xã', 'Vũ Lăng'], ['xã', 'Bình Gia'],
  ['xã', 'Văn Quan'], ['xã', 'Điềm He'], ['xã', 'Na Sầm'], ['xã', 'Tràng Định'],
];

/** Speech assignments (phân công tham luận) of seed 000, keyed by the presenter's unit. */
export const TALKS: Readonly<Record<string, string>> = {
  'Ban CHPTKV 1 - Thất Khê': 'Tham luận: xây dựng lực lượng DQTV, DBĐV theo mô hình chính quyền địa phương 2 cấp',
  'Công an tỉnh': 'Tham luận: xây dựng lực lượng CAND; bảo vệ ANQG, bảo đảm TTATXH',
  'Sở Xây dựng': 'Tham luận: quy hoạch đô thị, nông thôn gắn với thế trận quân sự',
  'Ban Chỉ huy Bộ đội Biên phòng tỉnh': 'Tham luận: đối ngoại quốc phòng; phối hợp quản lý, bảo vệ biên giới',
  'Sở Nông nghiệp và Môi trường': 'Tham luận: quy hoạch sử dụng đất quốc phòng trong KVPT',
  'Ban CHPTKV 3 - Nhân Lý': 'Tham luận: tham mưu nhiệm vụ quân sự, quốc phòng trong KVPT',
  'Sở Khoa học và Công nghệ': 'Tham luận: hạ tầng bưu chính, viễn thông, thông tin liên lạc',
  'Bộ CHQS tỉnh': 'Tham luận: Hội đồng cung cấp; bảo đảm hậu cần - kỹ thuật cho KVPT',
  'Sở Tài chính': 'Tham luận: bảo đảm ngân sách; kinh tế - xã hội gắn với QP-AN',
  'UBND phường Kỳ Lừa': 'Tham luận: xây dựng lực lượng DQTV, DBĐV; tuyển quân, tuyển sinh',
  'UBND xã Hoàng Văn Thụ': 'Tham luận: tiềm lực chính trị, tinh thần, văn hóa, xã hội trong KVPT',
};

/** A row of the composition list: [rank ('' for civilians), position, unit, note?]. */
export type SlotRow = readonly [rank: string, position: string, unit: string, note?: string];

/** Collectives awarded (20 tập thể, as in the seeds), each with the title of the person receiving. */
export const AWARDED_COLLECTIVES: readonly SlotRow[] = [
  ['Thiếu tá', 'Trưởng ban Tác chiến', 'Phòng Tham mưu, Bộ CHQS tỉnh'],
  ['Thiếu tá', 'Trưởng ban Dân quân tự vệ', 'Phòng Tham mưu, Bộ CHQS tỉnh'],
  ['Trung tá', 'Trưởng ban Tuyên huấn', 'Phòng Chính trị, Bộ CHQS tỉnh'],
  ['Thiếu tá', 'Trưởng ban Doanh trại', 'Phòng Hậu cần - Kỹ thuật, Bộ CHQS tỉnh'],
  ['Trung tá', 'Đồn trưởng', 'Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị'],
  ['Thiếu tá', 'Chính trị viên', 'Đồn Biên phòng Tân Thanh'],
  ['Trung tá', 'Đồn trưởng', 'Đồn Biên phòng Chi Ma'],
  ['Trung tá', 'Phó Trưởng phòng', 'Phòng Tham mưu, Công an tỉnh'],
  ['', 'Phó Chỉ huy trưởng', 'Ban CHQS xã Đồng Đăng'],
  ['', 'Phó Chỉ huy trưởng', 'Ban CHQS phường Tam Thanh'],
  ['', 'Phó Chỉ huy trưởng', 'Ban CHQS xã Bắc Sơn'],
  ['', 'Phó Chỉ huy trưởng', 'Ban CHQS xã Chi Lăng'],
  ['', 'Phó Chỉ huy trưởng', 'Ban CHQS xã Ba Sơn'],
  ['', 'Trung đội trưởng', 'Trung đội Dân quân cơ động xã Lộc Bình'],
  ['', 'Trung đội trưởng', 'Trung đội Dân quân cơ động phường Đông Kinh'],
  ['', 'Trung đội trưởng', 'Trung đội Dân quân thường trực xã Đồng Đăng'],
  ['', 'Phó Chủ tịch', 'UBND xã Hữu Lũng'],
  ['', 'Phó Chủ tịch', 'UBND xã Văn Quan'],
  ['', 'Phó Hiệu trưởng', 'Trường Chính trị Hoàng Văn Thụ'],
  ['', 'Trưởng phòng', 'Phòng Nội chính, Văn phòng UBND tỉnh'],
];

/** Individuals awarded (20 cá nhân). */
export const AWARDED_PEOPLE: readonly SlotRow[] = [
  ['Thiếu tá', 'Trợ lý Tác chiến', 'Phòng Tham mưu, Bộ CHQS tỉnh'],
  ['Đại úy', 'Trợ lý Dân quân tự vệ', 'Phòng Tham mưu, Bộ CHQS tỉnh'],
  ['Thiếu tá', 'Trợ lý Quân lực', 'Phòng Tham mưu, Bộ CHQS tỉnh'],
  ['Trung tá', 'Trợ lý Tuyên huấn', 'Phòng Chính trị, Bộ CHQS tỉnh'],
  ['Thiếu tá', 'Trợ lý Hậu cần', 'Ban CHPTKV 1 - Thất Khê'],
  ['Đại úy', 'Trợ lý Tác chiến', 'Ban CHPTKV 3 - Nhân Lý'],
  ['Thiếu tá', 'Đội trưởng Đội Vận động quần chúng', 'Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị'],
  ['Đại úy', 'Phó Đồn trưởng', 'Đồn Biên phòng Chi Ma'],
  ['Thiếu tá', 'Cán bộ', 'Phòng An ninh đối ngoại, Công an tỉnh'],
  ['Đại úy', 'Phó Chỉ huy trưởng', 'Ban CHQS xã Cao Lộc'],
  ['', 'Phó Chủ tịch', 'UBND xã Bình Gia'],
  ['', 'Phó Chủ tịch', 'UBND phường Lương Văn Tri'],
  ['', 'Chuyên viên', 'Phòng Nội chính, Văn phòng UBND tỉnh'],
  ['', 'Chuyên viên', 'Sở Tài chính'],
  ['', 'Chuyên viên', 'Sở Nông nghiệp và Môi trường'],
  ['', 'Trưởng phòng Quy hoạch - Kiến trúc', 'Sở Xây dựng'],
  ['', 'Chuyên viên', 'Sở Nội vụ'],
  ['', 'Trung đội trưởng Dân quân cơ động', 'xã Na Dương'],
  ['', 'Tiểu đội trưởng Dân quân thường trực', 'xã Mẫu Sơn'],
  ['', 'Giảng viên', 'Trường Chính trị Hoàng Văn Thụ'],
];
