/**
 * The MC's script (kịch bản điều hành), pure: from the programme, the delegates who are present
 * (check-in, else the invitation replies), and the award batches. Regenerated in one click at 07:55.
 */
import { AGENDA_KIND_LABELS, type AgendaKind, type ScriptBlock } from '../models/programme';
import { hOf } from './schedule';
import { spokenName, writtenName, type Person } from './spoken';

export interface Dignitary extends Person {
  id: string;
  category: string;
  /** From the invitation register: 'absent' ones are left out, 'substitute' ones are named instead. */
  reply?: string;
  substitute?: Person | null;
}

export interface ScriptItem {
  kind: AgendaKind; title: string; minutes: number; startsAt: string | null;
  presenter: Person | null; presenterText: string; mcText: string;
}

export interface ScriptBatch {
  no: number; leader: Person | null; leaderText: string; form: string; authority: string;
  kind: 'collective' | 'individual';
  recipients: { label: string; note: string }[];
}

export interface ScriptInput {
  hostBody: string; title: string;
  items: ScriptItem[];
  delegates: Dignitary[];
  /** Delegate ids checked in at the door; null when there is no check-in data (all invited count). */
  checkedIn: Set<string> | null;
  /** Sections introduced one by one; the others are greeted as a group. */
  namedCategories: string[];
  batches: ScriptBatch[];
}

const lcFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const SKIP_CATEGORY = /phóng viên|phục vụ/i;

/** Is this delegate in the hall (or, without check-in, expected)? Absent replies never are. */
export function isPresent(d: Dignitary, checkedIn: Set<string> | null): boolean {
  if (checkedIn) return checkedIn.has(d.id);
  return d.reply !== 'absent';
}

/**
 * The introduction lines, in precedence order: present dignitaries of the named sections one by one
 * (a substitute named as such), then each other section greeted as a group.
 * @example introductionLines(input) → ['Đồng chí Thiếu tướng Hoàng Quang Thắng, Phó Tư lệnh Quân khu 1', …]
 */
export function introductionLines(input: Pick<ScriptInput, 'delegates' | 'checkedIn' | 'namedCategories'>): string[] {
  const lines: string[] = [];
  const groups: string[] = [];
  for (const d of input.delegates) {
    if (!isPresent(d, input.checkedIn) || SKIP_CATEGORY.test(d.category)) continue;
    if (!input.namedCategories.includes(d.category)) {
      if (d.category && !groups.includes(d.category)) groups.push(d.category);
      continue;
    }
    if (d.reply === 'substitute' && d.substitute?.fullName) {
      lines.push(`${spokenName(d.substitute)}, dự thay ${lcFirst(spokenName(d))}`);
    } else lines.push(spokenName(d));
  }
  for (const g of groups) {
    lines.push(/^đại biểu/i.test(g) ? `Các đồng chí ${lcFirst(g)}` : `Các đồng chí đại biểu ${lcFirst(g)}`);
  }
  return lines;
}

const invite = (p: Person | null, text: string) => (p ? lcFirst(spokenName(p)) : text ? text.replace(/^Đồng chí/, 'đồng chí') : 'đồng chí …');

function batchText(b: ScriptBatch): string {
  const who = b.kind === 'collective' ? 'các tập thể' : 'các cá nhân';
  const head = `Đợt ${b.no}: Xin trân trọng kính mời ${invite(b.leader, b.leaderText)} lên trao ${b.form} của ${b.authority} cho ${who}:`;
  const lines = b.recipients.map((r, i) => `${i + 1}. ${r.label}${r.note ? ` (${r.note})` : ''}`);
  return [head, ...lines, `Xin mời đại diện ${who} có tên lên nhận thưởng.`].join('\n');
}

function itemText(it: ScriptItem, input: ScriptInput): string {
  if (it.mcText.trim()) return it.mcText.trim();
  const who = invite(it.presenter, it.presenterText);
  switch (it.kind) {
    case 'reception': return 'Đề nghị các đồng chí đại biểu ổn định chỗ ngồi, chuẩn bị làm việc.';
    case 'opening': return [
      'Kính thưa các đồng chí đại biểu, khách quý!',
      `Hôm nay, ${input.hostBody || 'Ban Tổ chức'} tổ chức ${lcFirst(input.title)}.`,
      'Về dự hội nghị, xin trân trọng giới thiệu:',
      ...introductionLines(input).map((l) => `- ${l};`),
      'Xin trân trọng cảm ơn sự có mặt của các đồng chí đại biểu.',
    ].join('\n');
    case 'report': return `Xin trân trọng kính mời ${who} trình bày ${lcFirst(it.title || 'báo cáo')}.`;
    case 'speech': return `Xin trân trọng kính mời ${who} trình bày tham luận${it.title ? `: ${it.title}` : ''}.`;
    case 'address': return `Xin trân trọng kính mời ${who} phát biểu chỉ đạo hội nghị.`;
    case 'awards': return [
      `Xin trân trọng kính mời ${who} công bố ${lcFirst(it.title || 'quyết định khen thưởng')}.`,
      ...input.batches.map(batchText),
    ].join('\n');
    case 'conclusion': return `Xin trân trọng kính mời ${who} phát biểu kết luận hội nghị.`;
    case 'closing': return 'Chương trình hội nghị đến đây là kết thúc. Xin trân trọng cảm ơn các đồng chí đại biểu đã về dự.';
    case 'break': return `Hội nghị nghỉ giải lao ${it.minutes} phút.`;
    case 'video': return `Xin mời các đồng chí đại biểu theo dõi ${lcFirst(it.title || 'phóng sự')}.`;
    default: return it.title;
  }
}

/** Every programme item as a block the MC reads, with its planned time. */
export function buildMcScript(input: ScriptInput): ScriptBlock[] {
  return input.items.map((it) => ({
    time: hOf(it.startsAt),
    heading: it.title || AGENDA_KIND_LABELS[it.kind],
    text: itemText(it, input),
  }));
}

export { writtenName };
