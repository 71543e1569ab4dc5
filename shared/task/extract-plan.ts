/**
 * Tasks from a plan's "Tổ chức thực hiện" (or a whole plan, or any list of assignments): agency
 * headings ("1. Sở Ngoại vụ:", "**5. Sở Nội vụ:** …", "2. Văn phòng UBND tỉnh" on its own line), one
 * task per bullet or assigning paragraph under them, "Giao X chủ trì, …" sentences, and the "Lưu ý:"
 * note. Pure: the caller gives the conference day for relative deadlines.
 */
import { cleanAgency, leadingAgency, startsWithAgency } from './agency';
import { findDeadlines } from './deadline';
import { draftsOf, type TaskDraft } from './draft';
import { capitalise, toParagraphs, withoutNumber, type Para } from './text';

const SECTION = /TỔ CHỨC THỰC HIỆN|PHÂN CÔNG NHIỆM VỤ|PHÂN CÔNG THỰC HIỆN|TRÁCH NHIỆM THỰC HIỆN|NHIỆM VỤ CỤ THỂ/iu;
/** "Giao Sở X …", "Đề nghị Ủy ban MTTQ tỉnh …", "Yêu cầu các sở …": the agency follows. */
const ASSIGN = /^(?:Giao|Đề nghị|Yêu cầu)\s+(?:cho\s+)?/u;
const CLOSING = /\.\s?\/\s?\.$/u;

/** The paragraphs of the "Tổ chức thực hiện" section, or all of them when there is no such heading. */
function section(paras: Para[]): Para[] {
  const start = paras.findIndex((p) => (p.major || p.numbered) && SECTION.test(p.text) && p.text.length < 80);
  const body = start >= 0 ? paras.slice(start + 1) : paras;
  const end = body.findIndex(
    (p) => (start >= 0 && p.major && !p.numbered && /^[IVX]{1,5}\s?[.)-]/u.test(p.text)) || /^Nơi nhận/iu.test(p.text),
  );
  return end >= 0 ? body.slice(0, end) : body;
}

/** "Sở Ngoại vụ: …" → the agency and the text after the colon; null when the part before is not an agency. */
function headingOf(text: string): { agency: string; rest: string } | null {
  const m = /^([^:]{2,160}?):\s*(.*)$/su.exec(text);
  // "tổ chức chính trị - xã hội" is part of a name: only the work verbs rule a heading out.
  const working = (s: string) =>
    /\s(?:chủ trì|phối hợp|thực hiện|tham mưu|xây dựng|báo cáo|chuẩn bị|gửi|trình)(?=[\s,]|$)/u.test(s);
  if (m && startsWithAgency(m[1]) && m[1].length <= 120 && !working(m[1]))
    return { agency: cleanAgency(m[1]), rest: m[2].trim() };
  // A heading line without a colon: an agency name and nothing else.
  if (
    !m &&
    startsWithAgency(text) &&
    text.length <= 120 &&
    !/[.;]$/u.test(text) &&
    !working(text.replace(/\([^)]*\)/gu, '')) &&
    !findDeadlines(text).length
  ) {
    return { agency: cleanAgency(text), rest: '' };
  }
  return null;
}

/**
 * @example extractPlanTasks('III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ: thẩm định hồ sơ khen thưởng trước ngày 15/7/2024.', null)
 *          → [{ agency: 'Sở Nội vụ', content: 'Thẩm định hồ sơ khen thưởng trước ngày 15/7/2024.', dueDate: '2024-07-15', … }]
 */
export function extractPlanTasks(text: string, conferenceDate: string | null): TaskDraft[] {
  const out: TaskDraft[] = [];
  let agency = '';
  const add = (who: string, content: string) => {
    if (who && content.trim().length > 3) out.push(...draftsOf(who, content, conferenceDate));
  };
  for (const p of section(toParagraphs(text))) {
    const t = p.text;
    if (p.major && !p.numbered) {
      agency = '';
      continue;
    }
    if (/^\(.*\)\.?$/u.test(t)) continue;
    const note = /^(?:Lưu ý|Ghi chú)\s*:\s*/iu.exec(t);
    if (note) {
      const body = t.slice(note[0].length);
      const lead = leadingAgency(body);
      add(lead?.agency ?? agency, lead ? capitalise(lead.rest) : body);
      continue;
    }
    const giao = ASSIGN.exec(t);
    if (giao) {
      const lead = leadingAgency(t.slice(giao[0].length));
      if (lead) add(lead.agency, lead.rest);
      continue;
    }
    // The closing formula ("Căn cứ Kế hoạch, … triển khai thực hiện./.") is no task; a numbered point ending so is.
    if (CLOSING.test(t) && !p.bullet && !p.numbered) continue;
    if (p.numbered) {
      let body = withoutNumber(t);
      const assigned = ASSIGN.exec(body);
      if (assigned && leadingAgency(body.slice(assigned[0].length))) body = body.slice(assigned[0].length);
      const h = headingOf(body);
      if (h) {
        agency = h.agency;
        add(agency, h.rest);
        continue;
      }
      const lead = leadingAgency(body);
      if (lead) add(lead.agency, lead.rest);
      else if (agency) add(agency, body);
      continue;
    }
    if (agency) {
      add(agency, t);
      continue;
    }
    const h = headingOf(t);
    if (h && h.rest) {
      add(h.agency, h.rest);
      continue;
    }
    const lead = leadingAgency(t);
    if (lead) add(lead.agency, lead.rest);
  }
  return out;
}
