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
  kind: AgendaKind;
  title: string;
  minutes: number;
  startsAt: string | null;
  presenter: Person | null;
  presenterText: string;
  mcText: string;
  /** A speech item's assignment (phân công tham luận): its topic and unit. */
  topic?: string;
  speechUnit?: string;
}

export interface ScriptBatch {
  no: number;
  leader: Person | null;
  leaderText: string;
  form: string;
  authority: string;
  kind: 'collective' | 'individual';
  recipients: { label: string; note: string; receiver?: string }[];
}

/** A decision as the MC announces it. */
export interface ScriptDecision {
  number: string;
  date: string | null;
  authority: string;
  form: string;
}

export interface ScriptInput {
  hostBody: string;
  title: string;
  items: ScriptItem[];
  delegates: Dignitary[];
  /** Delegate ids checked in at the door; null when there is no check-in data (all invited count). */
  checkedIn: Set<string> | null;
  /** Sections introduced one by one; the others are greeted as a group. */
  namedCategories: string[];
  batches: ScriptBatch[];
  decisions?: ScriptDecision[];
}

/** Lower-cases the first letter of a phrase, not of an acronym ("UBND tỉnh" stays). */
const lcFirst = (s: string) => (/^\p{Lu}{2}/u.test(s) ? s : s.charAt(0).toLocaleLowerCase('vi') + s.slice(1));
/**
 * Staff and press are not introduced; walk-ins left in the desk's neutral section ("Đại biểu đến dự
 * (chưa có trong danh sách)", older stores "khách không mời") are not a group the MC names.
 */
const SKIP_CATEGORY = /phóng viên|phục vụ|ban tổ chức|không mời|ngoài danh sách|chưa có trong danh sách/i;

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

const invite = (p: Person | null, text: string) =>
  p ? lcFirst(spokenName(p)) : text ? lcFirst(text.replace(/^Đồng chí/, 'đồng chí')) : 'đồng chí …';

/** The title without the words the template says itself ("Trình bày báo cáo …" → "…"). */
function subject(title: string, lead: RegExp): string {
  let t = title.trim().replace(/[.;:]+$/, '');
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(lead, '').trim();
  }
  return t;
}

const fmtDate = (d: string | null) => (d ? d.split('-').reverse().join('/') : '');

/** "Quyết định số 123/QĐ-UBND ngày 01/10/2025 của Chủ tịch UBND tỉnh" (or the plain words). */
function decisionText(ds: ScriptDecision[] | undefined): string {
  const named = (ds ?? []).filter((d) => d.number);
  if (!named.length) return 'quyết định khen thưởng';
  const one = (d: ScriptDecision) =>
    `Quyết định số ${d.number}${d.date ? ` ngày ${fmtDate(d.date)}` : ''}${d.authority ? ` của ${d.authority}` : ''}`;
  return named.map(one).join('; ');
}

function batchText(b: ScriptBatch, leadIn: boolean): string {
  const prize = `${b.form}${b.authority ? ` của ${b.authority}` : ''}`;
  // Individuals come up themselves; a collective sends its representative, named when known.
  const call =
    b.kind === 'collective'
      ? `Xin mời đại diện các tập thể có tên sau lên nhận ${prize}:`
      : `Xin mời các đồng chí có tên sau lên nhận ${prize}:`;
  const lines = b.recipients.map((r, i) => {
    const who =
      b.kind === 'collective' ? ` — ${r.receiver ? `${r.receiver} nhận` : 'đại diện lãnh đạo đơn vị nhận'}` : '';
    return `${i + 1}. ${r.label}${who}${r.note ? ` (${r.note})` : ''};`;
  });
  return [
    `${leadIn ? `Đợt ${b.no}: ` : ''}${call}`,
    ...lines,
    `Xin trân trọng kính mời ${invite(b.leader, b.leaderText)} lên trao thưởng.`,
  ].join('\n');
}

function speechText(it: ScriptItem, who: string): string {
  const presenter =
    it.presenter || it.presenterText ? who : it.speechUnit ? `đồng chí đại diện lãnh đạo ${it.speechUnit}` : who;
  const topic = subject(it.topic ?? '', /^(tham luận|chủ đề|nội dung)\s*[:-]?\s*/iu);
  return `Xin trân trọng kính mời ${presenter} trình bày tham luận${topic ? ` với chủ đề: “${topic}”` : ''}.`;
}

/** What the MC says, from the item's kind and data; a typed title is a subject, never a verb. */
function itemText(it: ScriptItem, input: ScriptInput): string {
  if (it.mcText.trim()) return it.mcText.trim();
  const who = invite(it.presenter, it.presenterText);
  switch (it.kind) {
    case 'reception':
      return 'Đề nghị các đồng chí đại biểu ổn định chỗ ngồi, chuẩn bị làm việc.';
    case 'opening':
      return [
        'Kính thưa các đồng chí đại biểu, khách quý!',
        `Hôm nay, ${input.hostBody || 'Ban Tổ chức'} tổ chức ${lcFirst(input.title)}.`,
        'Về dự hội nghị, xin trân trọng giới thiệu:',
        ...introductionLines(input).map((l) => `- ${l};`),
        'Xin trân trọng cảm ơn sự có mặt của các đồng chí đại biểu.',
      ].join('\n');
    case 'report': {
      const what = subject(it.title, /^(trình bày|thông qua|đọc|báo cáo)\s+/iu);
      return `Xin trân trọng kính mời ${who} trình bày báo cáo${what && !/^báo cáo$/iu.test(what) ? ` ${lcFirst(what)}` : ''}.`;
    }
    case 'speech':
      return speechText(it, who);
    case 'address':
      return `Xin trân trọng kính mời ${who} phát biểu chỉ đạo hội nghị.`;
    case 'awards':
      return [
        `Xin trân trọng kính mời ${who} công bố ${decisionText(input.decisions)}.`,
        ...input.batches.map((b) => batchText(b, input.batches.length > 1)),
      ].join('\n');
    case 'conclusion':
      return `Xin trân trọng kính mời ${who} phát biểu kết luận hội nghị.`;
    case 'closing':
      return 'Chương trình hội nghị đến đây là kết thúc. Xin trân trọng cảm ơn các đồng chí đại biểu đã về dự.';
    case 'break':
      return `Hội nghị nghỉ giải lao ${it.minutes} phút.`;
    case 'video': {
      const what = subject(it.title, /^(trình chiếu|chiếu|xem|theo dõi)\s+/iu);
      return `Xin mời các đồng chí đại biểu theo dõi ${what ? lcFirst(what) : 'phóng sự'}.`;
    }
    default:
      return it.title;
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
