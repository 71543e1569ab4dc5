/**
 * Who does it: the agency in charge at the start of an assignment ("Giao Sở Tài chính chủ trì",
 * "Sở Nội vụ nghiên cứu…") and the agencies that help ("phối hợp với Sở Nội vụ, Văn phòng UBND tỉnh
 * và các cơ quan liên quan …"). Agency names are capitalised ("Sở Xây dựng"), the verbs that follow
 * are not, so a lower-case verb ends a name.
 */
import { capitalise } from './text';

/** Words that begin an agency's name (or a group of them). */
const AGENCY_HEAD =
  /^(?:Sở|Ban|Bộ|Văn phòng|VP|UBND|HĐND|Ủy ban|Uỷ ban|Ủy Ban|Công an|Đài|Báo(?! cáo)|Cục|Chi cục|Trung tâm|Phòng|Hội|Liên đoàn|Tỉnh đoàn|Tỉnh ủy|Tỉnh uỷ|Đảng ủy|Đảng uỷ|Thành ủy|Huyện ủy|Mặt trận|MTTQ|Kho bạc|Ngân hàng|Viện|Trường|Bệnh viện|Đoàn|Sư đoàn|Lữ đoàn|Trung đoàn|Bộ đội|BCH|BCHQS|Ban CHQS|Cơ quan|cơ quan|Thủ trưởng|Thành viên|Tổ|Hội đồng|Quỹ|Cảng vụ|Thanh tra|Kiểm toán|Chủ tịch|Giám đốc|Lãnh đạo|Đơn vị|Tiểu ban|Đồng chí|Đ\/c|Bảo hiểm|Chi nhánh|Công ty|Thường trực|Học viện|Đại học|Tòa án|Toà án|Các|các)(?=\s|$)/u;

/** Lower-case verbs (and adverbs) that start the work itself; they end an agency's name. */
const VERBS = [
  'chủ trì',
  'phối hợp',
  'chủ động',
  'khẩn trương',
  'tiếp tục',
  'có trách nhiệm',
  'tham mưu',
  'xây dựng',
  'tổng hợp',
  'chuẩn bị',
  'hướng dẫn',
  'triển khai',
  'lựa chọn',
  'lập',
  'thẩm định',
  'hoàn chỉnh',
  'hoàn thiện',
  'hoàn thành',
  'tổ chức',
  'in',
  'gửi',
  'mời',
  'nghiên cứu',
  'rà soát',
  'cung cấp',
  'thực hiện',
  'trình',
  'báo cáo',
  'biên tập',
  'bố trí',
  'xem xét',
  'tiếp thu',
  'kiểm tra',
  'đôn đốc',
  'dự trù',
  'chỉ đạo',
  'làm',
  'tham dự',
  'tham gia',
  'phân công',
  'đề xuất',
  'cập nhật',
  'bổ sung',
  'sửa đổi',
  'ban hành',
  'theo dõi',
  'giám sát',
  'đảm bảo',
  'bảo đảm',
  'phụ trách',
  'quản lý',
  'soạn thảo',
  'dự thảo',
  'thông báo',
  'tuyên truyền',
  'đón tiếp',
  'phục vụ',
  'trang trí',
  'tập trung',
  'nghiêm túc',
  'kịp thời',
  'căn cứ',
  'sắp xếp',
  'giải quyết',
  'thống nhất',
  'tách',
  'cử',
  'tiếp nhận',
  'chịu trách nhiệm',
  'hiệp đồng',
  'tiến hành',
  'phát',
  'trưng bày',
  'thu thập',
  'rà',
  'đăng',
  'xác định',
  'ký',
  'tặng',
  'khen thưởng',
  'chuyển',
  'duyệt',
  'phê duyệt',
  'tổng kết',
  'sơ kết',
  'đánh giá',
  'quán triệt',
  'đã',
  'được',
  'sẽ',
  'cần',
  'phải',
  'để',
  'về',
  'theo',
  'trước',
  'nhằm',
  'kết quả',
];
const VERB_RE = new RegExp(`(?:^|\\s)(?:${VERBS.map((v) => v.replace(/ /g, '\\s')).join('|')})(?=[\\s,;.:]|$)`, 'u');

/** Starts with an agency word? @example startsWithAgency('Sở Nội vụ nghiên cứu') → true */
export const startsWithAgency = (s: string) => AGENCY_HEAD.test(s.trim());

/**
 * The agency at the start of `s` and what follows: the name runs to the first lower-case verb (case
 * matters: "Sở Xây dựng tổng hợp" → "Sở Xây dựng"). Null when no agency word starts it or no name is left.
 * @example leadingAgency('Sở Tài chính chủ trì, phối hợp…') → { agency: 'Sở Tài chính', rest: 'chủ trì, phối hợp…' }
 */
export function leadingAgency(s: string): { agency: string; rest: string } | null {
  const t = s.trim();
  if (!AGENCY_HEAD.test(t)) return null;
  let m = VERB_RE.exec(t);
  // "Các cơ quan, đơn vị được phân công chuẩn bị…": "được phân công/giao" belongs to the subject.
  const passive = m && /^\s?được (?:phân công|giao)/u.exec(t.slice(m.index));
  if (m && passive) {
    const from = m.index + passive[0].length;
    const n = VERB_RE.exec(t.slice(from));
    m = n ? Object.assign(n, { index: from + n.index }) : null;
  }
  const cut = m ? m.index : -1;
  if (cut <= 0) return null;
  const agency = t
    .slice(0, cut)
    .replace(/[\s,:;]+$/u, '')
    .trim();
  if (!agency || agency.split(' ').length > 16 || /^(?:các|Các)$/u.test(agency)) return null;
  return { agency: capitalise(agency), rest: t.slice(cut).trim() };
}

/** "(cơ quan thường trực …)" and a trailing colon removed from a heading's agency name. */
export const cleanAgency = (s: string) =>
  capitalise(
    s
      .replace(/\s*\([^)]*\)\s*/gu, ' ')
      .replace(/[\s:;,.]+$/u, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );

/**
 * Split a list of agencies at commas, "và", "cùng" — only where an agency word follows, so
 * "Sở Nông nghiệp và Môi trường" and "Sở Văn hóa, Thể thao và Du lịch" stay whole.
 * @example splitAgencies('Sở Nội vụ, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và các cơ quan liên quan') → ['Sở Nội vụ', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Các cơ quan liên quan']
 */
export function splitAgencies(list: string): string[] {
  const parts = list.split(/\s*(?:,|;|\svà\s|\scùng(?:\svới)?\s|\svới\s)\s*/u);
  const seps = [...list.matchAll(/\s*(?:,|;|\svà\s|\scùng(?:\svới)?\s|\svới\s)\s*/gu)].map((m) => m[0]);
  const out: string[] = [];
  parts.forEach((p, i) => {
    if (i > 0 && out.length && !startsWithAgency(p)) out[out.length - 1] += `${seps[i - 1]}${p}`;
    else out.push(p);
  });
  return out.map((p) => capitalise(p.trim())).filter((p) => p.length > 1);
}

/**
 * The agencies after "phối hợp (với)" / "hiệp đồng với", up to the first verb.
 * @example coordinatingOf('Chủ trì, phối hợp với Văn phòng UBND tỉnh và các cơ quan liên quan tham mưu…') → ['Văn phòng UBND tỉnh', 'Các cơ quan liên quan']
 */
export function coordinatingOf(text: string): string[] {
  const out: string[] = [];
  const re = /(?:phối hợp(?: chặt chẽ)?|hiệp đồng)(?: với)?\s+/giu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const after = text.slice(m.index + m[0].length);
    if (!startsWithAgency(after) && !/^(?:các|Các)\s/u.test(after)) continue;
    const stop = /[;.:(]|\s(?:để|nhằm)\s/u.exec(after);
    let span = stop ? after.slice(0, stop.index) : after;
    // The first verb after at least one name ends the list ("… Sở Nội vụ hướng dẫn …").
    const v = VERB_RE.exec(span.replace(/^\S+/, (w) => w.replace(/./g, 'X')));
    if (v && v.index > 0) span = span.slice(0, v.index);
    for (const a of splitAgencies(span.replace(/[\s,]+$/u, ''))) if (!out.includes(a)) out.push(a);
  }
  return out;
}
