/**
 * A thông báo kết luận (seed 004's shape) → its opening paragraph and numbered items ("1. Về việc …
 * (Sở Tài chính trình)"), each with its text and the tasks it assigns: "Giao Sở X …", "yêu cầu Sở X …",
 * a sentence opening with an agency ("Sở Nội vụ nghiên cứu…"), several in one sentence ("Giao Sở X …;
 * Sở Y … trước ngày …"), "Yêu cầu Sở Nội vụ:" over bullets (one task per bullet), a subjectless
 * "Hoàn thiện dự thảo, trình … chậm nhất ngày …" (the deadline of the task before it), and the
 * overseeing leader ("Giao đồng chí …, Phó Chủ tịch UBND tỉnh chỉ đạo, đôn đốc").
 */
import { leadingAgency, startsWithAgency } from './agency';
import { draftsOf, makeDraft, type TaskDraft } from './draft';
import { findDeadlines } from './deadline';
import { capitalise, sentences, toParagraphs, withoutNumber, type Para } from './text';

export interface ConclusionDraft {
  title: string;
  presenter: string;
  text: string;
  tasks: TaskDraft[];
}
export interface NoticeFoot {
  recipients: string[];
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
}
export interface ConclusionsDraft extends NoticeFoot {
  opening: string;
  items: ConclusionDraft[];
}

/**
 * "Nơi nhận:" and its "- …" lines, then the signature block: "TL./TM./KT. …" lines (authority), other
 * capitals (the signer's title), the last line in ordinary case (the name).
 * @example footOf('Nơi nhận:\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Văn Hà') → { recipients: ['- Lưu: VT.'], signerAuthority: 'TL. CHỦ TỊCH', signerTitle: 'CHÁNH VĂN PHÒNG', signerName: 'Nguyễn Văn Hà' }
 */
export function footOf(text: string): NoticeFoot {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.normalize('NFC').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const at = lines.findIndex((l) => /^Nơi nhận\s*:?/iu.test(l));
  const out: NoticeFoot = { recipients: [], signerAuthority: '', signerTitle: '', signerName: '' };
  if (at < 0) return out;
  let i = at + 1;
  for (; i < lines.length && /^[-–+]\s?/u.test(lines[i]); i++)
    out.recipients.push(lines[i].replace(/^[-–+]\s?/u, '- '));
  const caps = (l: string) => {
    const t = l.replace(/[^\p{L}]/gu, '');
    return t.length > 1 && t === t.toLocaleUpperCase('vi');
  };
  const auth: string[] = [];
  const title: string[] = [];
  // Stray marks between the list and the block ("} báo cáo" of a brace drawn beside the list).
  for (let k = 0; k < 3 && i < lines.length && !caps(lines[i]); k++) i++;
  for (; i < lines.length && caps(lines[i]); i++)
    (/^(?:TM|KT|TL|TUQ|Q)\s?\./u.test(lines[i]) ? auth : title).push(lines[i]);
  out.signerAuthority = auth.join('\n');
  out.signerTitle = title.join('\n');
  const name = lines.slice(i).find((l) => /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,5}$/u.test(l));
  out.signerName = name ?? '';
  return out;
}

const ITEM = /^(\d{1,2})\s?\.\s+(?!\d)/u;
const PRESENTER = /\(([^()]{3,120}?)\s+trình\)\.?/u;
const CLOSING = /\.\s?\/\s?\.$/u;
const OVERSEER = /Giao (?:đồng chí|đ\/c|Đồng chí)\s+(.+?),?\s+(?:chỉ đạo|theo dõi|đôn đốc)/u;
const ASSIGN = /(?:^|[\s,;:])(?<!được\s)(?:[Gg]iao|[Yy]êu cầu|[Đđ]ề nghị)\s+(?:cho\s+)?/gu;
const ISSUER = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) tỉnh$/u;
const SUBJECTLESS =
  /^(?:Hoàn thiện|Hoàn chỉnh|Hoàn thành|Trình|Gửi|Báo cáo|Tổng hợp|Tiếp thu|Rà soát|Khẩn trương|Nghiên cứu|Xây dựng|Tham mưu|Tổ chức|Thực hiện|Triển khai|Bổ sung|Chỉnh sửa|Ban hành)\s/u;

/** The agency an assigning sentence names, and the work: "…, yêu cầu Sở X rà soát…" → Sở X, "Rà soát…". */
function assignment(sentence: string): { agency: string; rest: string; headingOnly: boolean } | null {
  ASSIGN.lastIndex = 0;
  for (let m = ASSIGN.exec(sentence); m; m = ASSIGN.exec(sentence)) {
    const after = sentence.slice(m.index + m[0].length);
    const only = /^(.{2,120}?):$/u.exec(after.trim());
    if (only && startsWithAgency(only[1]) && !leadingAgency(only[1]))
      return { agency: capitalise(only[1].trim()), rest: '', headingOnly: true };
    const lead = leadingAgency(after);
    if (lead && !ISSUER.test(lead.agency)) return { ...lead, headingOnly: false };
  }
  const lead = leadingAgency(sentence);
  if (
    lead &&
    !ISSUER.test(lead.agency) &&
    !/^(?:đã|được|cũng|vẫn|là|và|cần|sẽ|để|về|theo|trước|nhằm)\s/u.test(lead.rest)
  )
    return { ...lead, headingOnly: false };
  return null;
}

/** "Giao Sở X …; Sở Y … trước ngày …" → one part per agency named at the start of a clause. */
function byAgency(agency: string, rest: string): { agency: string; content: string }[] {
  const parts = [{ agency, content: '' }];
  for (const clause of rest.split(/;\s*/u)) {
    const lead = parts[0].content ? leadingAgency(clause) : null;
    if (lead && !ISSUER.test(lead.agency)) parts.push({ agency: lead.agency, content: lead.rest });
    else {
      const last = parts[parts.length - 1];
      last.content = last.content ? `${last.content}; ${clause}` : clause;
    }
  }
  return parts;
}

function itemTasks(body: Para[], date: string | null): TaskDraft[] {
  const tasks: TaskDraft[] = [];
  let overseer = '';
  let headingAgency = '';
  let lastAgency = '';
  for (let i = 0; i < body.length; i++) {
    const p = body[i];
    if (p.bullet) {
      if (p.bullet === 2 && headingAgency && tasks.length) {
        tasks[tasks.length - 1].content += `\n+ ${p.text}`;
        continue;
      }
      if (headingAgency) tasks.push(...draftsOf(headingAgency, p.text, date));
      continue;
    }
    headingAgency = '';
    for (const s of sentences(withoutNumber(p.text))) {
      if (CLOSING.test(s)) continue;
      const o = OVERSEER.exec(s);
      if (o) {
        overseer = o[1].trim();
        continue;
      }
      const a = assignment(s);
      if (a?.headingOnly) {
        headingAgency = a.agency;
        lastAgency = a.agency;
        continue;
      }
      if (a) {
        lastAgency = a.agency;
        if (/:$/u.test(s)) {
          // "… bổ sung một số nội dung sau:" + bullets: one task holding them; without bullets, the points follow as their own tasks.
          const bullets: string[] = [];
          while (body[i + 1]?.bullet) bullets.push(`${body[i + 1].bullet === 2 ? '+' : '-'} ${body[++i].text}`);
          if (bullets.length) tasks.push(makeDraft(a.agency, `${capitalise(a.rest)}\n${bullets.join('\n')}`, date));
          continue;
        }
        for (const part of byAgency(a.agency, a.rest))
          tasks.push(...draftsOf(part.agency, capitalise(part.content), date));
        continue;
      }
      if (SUBJECTLESS.test(s) && lastAgency && findDeadlines(s).length) {
        const prev = tasks[tasks.length - 1];
        if (prev && !prev.due && prev.agency === lastAgency) {
          const own = makeDraft(prev.agency, s, date);
          tasks[tasks.length - 1] = {
            ...makeDraft(prev.agency, `${prev.content}\n${s}`, date),
            due: own.due,
            dueText: own.dueText,
            dueDate: own.dueDate,
          };
        } else tasks.push(...draftsOf(lastAgency, s, date));
      }
    }
  }
  return tasks.map((t) => ({ ...t, content: t.content.replace(/[ \t]+\n/g, '\n'), overseer: t.overseer || overseer }));
}

/**
 * @example extractConclusions(noticeText, '2025-08-05').items[0] → { title: 'Về việc …', presenter: 'Sở Tài chính', text: '…', tasks: [{ agency: 'Sở Tài chính', overseer: 'Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh', … }] }
 */
export function extractConclusions(text: string, conferenceDate: string | null): ConclusionsDraft {
  let paras = toParagraphs(text);
  const stop = paras.findIndex((p) => /^Nơi nhận/iu.test(p.text));
  if (stop >= 0) paras = paras.slice(0, stop);
  const starts = paras.map((p, i) => (!p.bullet && ITEM.test(p.text) ? i : -1)).filter((i) => i >= 0);
  const opening = paras
    .slice(0, starts[0] ?? paras.length)
    .filter((p) => !p.major)
    .map((p) => p.text)
    .join('\n');
  const items = starts.map((start, k) => {
    const head = paras[start].text.replace(ITEM, '');
    const pm = PRESENTER.exec(head);
    const cut = pm ? pm.index + pm[0].length : head.length;
    const title = head
      .slice(0, pm ? pm.index : cut)
      .trim()
      .replace(/[.:]$/u, '');
    const tail = head.slice(cut).trim();
    const body: Para[] = [
      ...(tail ? [{ text: tail, bullet: 0 as const, numbered: false, major: false }] : []),
      ...paras.slice(start + 1, starts[k + 1] ?? paras.length),
    ];
    // The notice's closing formula ("UBND tỉnh yêu cầu … tổ chức thực hiện./.") is no item's text.
    while (
      body.length &&
      !body[body.length - 1].bullet &&
      CLOSING.test(body[body.length - 1].text) &&
      k === starts.length - 1
    )
      body.pop();
    const textOut = body.map((p) => (p.bullet ? `${p.bullet === 2 ? '+' : '-'} ${p.text}` : p.text)).join('\n');
    return { title, presenter: pm ? pm[1].trim() : '', text: textOut, tasks: itemTasks(body, conferenceDate) };
  });
  return { opening, items, ...footOf(text) };
}
