/** Synthetic delegate lists for the bench: deterministic, Vietnamese, realistic lengths. */
import ExcelJS from 'exceljs';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Hà',
  'Quan',
  'Triệu',
  'Nông',
  'Lương',
];
const MIDDLE = ['Văn', 'Thị', 'Đình', 'Ngọc', 'Khắc', 'Bá', 'Minh', 'Thanh', 'Quốc', 'Hữu', 'Đức', 'Xuân'];
const GIVEN = [
  'Sơn',
  'Đào',
  'Quân',
  'Phúc',
  'Bình',
  'Cường',
  'Mai',
  'Trường',
  'Thảo',
  'Việt',
  'Hưng',
  'Lộc',
  'Nam',
  'Nhung',
  'Vinh',
  'Đức',
  'Hà',
  'Linh',
  'Tuấn',
  'Hải',
];
const UNITS = [
  'Sở Tài chính',
  'Sở Xây dựng',
  'Sở Y tế',
  'Công an tỉnh',
  'Bộ CHQS tỉnh',
  'Ban CHQS huyện Cao Lộc',
  'UBND xã Tân Thanh',
  'Báo Lạng Sơn',
];
const POSITIONS = ['Giám đốc', 'Phó Giám đốc', 'Chỉ huy trưởng', 'Chính trị viên', 'Chủ tịch UBND', 'Phóng viên'];

export function* people(n: number) {
  let s = 12345;
  const r = (k: number) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return (s >>> 12) % k;
  };
  for (let i = 0; i < n; i++) {
    yield {
      fullName: `${FAMILY[r(FAMILY.length)]} ${MIDDLE[r(MIDDLE.length)]} ${GIVEN[r(GIVEN.length)]}`,
      position: POSITIONS[r(POSITIONS.length)],
      unit: `${UNITS[r(UNITS.length)]} ${i}`,
      category: ['Khách mời', 'Đại biểu triệu tập', 'Phóng viên, phục vụ'][Math.min(2, Math.floor((i / n) * 3))],
      phone: r(3) === 0 ? 912000000 + i : '',
    };
  }
}

/** An office-style .xlsx: title rows, sections A/B/C, "Chức vụ, đơn vị" in one column, numeric phones. */
export async function officeXlsx(n: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sach');
  ws.addRow(['BAN CHỈ ĐẠO KHU VỰC PHÒNG THỦ TỈNH']);
  ws.addRow(['DANH SÁCH ĐẠI BIỂU']);
  ws.addRow([]);
  ws.addRow(['TT', 'Họ và tên', 'Chức vụ, đơn vị', 'Điện thoại', 'Ghi chú']);
  let section = '';
  let i = 0;
  for (const p of people(n)) {
    if (p.category !== section) {
      section = p.category;
      ws.addRow([
        String.fromCharCode(65 + ['Khách mời', 'Đại biểu triệu tập', 'Phóng viên, phục vụ'].indexOf(section)),
        section.toUpperCase(),
      ]);
    }
    ws.addRow([++i, p.fullName, `${p.position} ${p.unit}`, p.phone, '']);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
