/**
 * Deadline phrases of Vietnamese plans and notices ("trước ngày 15/7/2024", "chậm nhất ngày
 * 08/8/2025", "trong tháng 12/2026", "trước ngày diễn ra Hội nghị 15 ngày", "trước 02 ngày diễn ra
 * Hội nghị", "trước ngày khai mạc 07 ngày") → a rule, stored as such; the date is computed from it
 * and the conference day, so a relative deadline moves when the conference moves.
 * Anything not recognised gives no deadline: a missing deadline is visible, a wrong date is not.
 */

/** The stored rule. `date` "YYYY-MM-DD"; `month` "YYYY-MM" (due at its last day). */
export type Due =
  | { kind: 'date'; date: string }
  | { kind: 'month'; month: string }
  | { kind: 'beforeConference'; days: number }
  | { kind: 'afterConference'; days: number };

export interface FoundDeadline {
  due: Due;
  /** The words matched, as written (for the preview and the note). */
  phrase: string;
  /** Where in the cleaned text (see cleanForDeadlines). */
  index: number;
  end: number;
}

/** NFC, Markdown emphasis removed, one space between words: the form every pattern expects. */
export function cleanForDeadlines(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00d0/g, 'Đ')
    .replace(/[*_]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const N = '(\\d{1,3})';
const DATE = '(\\d{1,2})\\s?[/.-]\\s?(\\d{1,2})\\s?[/.-]\\s?(\\d{4})';
const DATE_WORDS = '(\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})';
/** "diễn ra Hội nghị", "khai mạc", "tổ chức Hội nghị", "Hội nghị", "phiên họp"… */
const EVT =
  '(?:(?:diễn ra|tổ chức|khai mạc|họp)(?: (?:hội nghị|hội thảo|phiên họp|cuộc họp|buổi lễ|lễ|đại hội))?|hội nghị|hội thảo|phiên họp|cuộc họp|đại hội)';
const EVT_AFTER = `(?:kết thúc(?: (?:hội nghị|hội thảo|phiên họp|cuộc họp|đại hội))?|${EVT})`;
/** What may stand before a date deadline: "trước", "chậm nhất (là) (trong|vào|trước)", "hạn (chót)". */
const DATE_LEAD = '(?:chậm nhất(?: là)?(?: (?:trong|vào|trước))?|trước|hạn chót(?: là)?:?|thời hạn(?: là)?:?|hạn:?)';

interface Rule {
  re: RegExp;
  make: (m: RegExpExecArray) => Due | null;
}

const days = (s: string) => Number(s);
const rules: Rule[] = [
  // "trước ngày diễn ra Hội nghị 15 ngày", "trước ngày khai mạc 07 ngày", "trước khi khai mạc ít nhất 5 ngày"
  {
    re: new RegExp(`trước (?:ngày |khi )?${EVT}(?: ít nhất| tối thiểu)? ${N} ngày`, 'giu'),
    make: (m) => ({ kind: 'beforeConference', days: days(m[1]) }),
  },
  // "trước 02 ngày diễn ra Hội nghị", "trước ít nhất 15 ngày so với ngày khai mạc"
  {
    re: new RegExp(`trước(?: ít nhất| tối thiểu)? ${N} ngày (?:so với |kể từ )?(?:ngày |khi )?${EVT}`, 'giu'),
    make: (m) => ({ kind: 'beforeConference', days: days(m[1]) }),
  },
  // "15 ngày trước hội nghị", "chậm nhất 10 ngày trước ngày khai mạc"
  {
    re: new RegExp(`${N} ngày trước (?:ngày |khi )?${EVT}`, 'giu'),
    make: (m) => ({ kind: 'beforeConference', days: days(m[1]) }),
  },
  // "sau ngày kết thúc Hội nghị 05 ngày", "sau 03 ngày kết thúc hội nghị", "05 ngày sau hội nghị"
  {
    re: new RegExp(`sau (?:ngày |khi )?${EVT_AFTER} ${N} ngày`, 'giu'),
    make: (m) => ({ kind: 'afterConference', days: days(m[1]) }),
  },
  {
    re: new RegExp(`sau ${N} ngày (?:kể từ |tính từ )?(?:ngày |khi )?${EVT_AFTER}`, 'giu'),
    make: (m) => ({ kind: 'afterConference', days: days(m[1]) }),
  },
  {
    re: new RegExp(`${N} ngày (?:sau|kể từ|tính từ) (?:ngày |khi )?${EVT_AFTER}`, 'giu'),
    make: (m) => ({ kind: 'afterConference', days: days(m[1]) }),
  },
  // "trước ngày 15/7/2024", "chậm nhất ngày 08/8/2025", "chậm nhất trong ngày 13/8/2025", "chậm nhất trước ngày 15/9/2025"
  { re: new RegExp(`${DATE_LEAD} (?:ngày )?${DATE}`, 'giu'), make: (m) => dateDue(m[1], m[2], m[3]) },
  { re: new RegExp(`${DATE_LEAD} (?:ngày )?${DATE_WORDS}`, 'giu'), make: (m) => dateDue(m[1], m[2], m[3]) },
  // "trong tháng 12/2026", "chậm nhất trong tháng 8 năm 2025", "xong trong tháng 9/2025"
  {
    re: /(?:chậm nhất |xong |hoàn thành )?trong tháng (\d{1,2})\s?(?:\/|-|năm )\s?(\d{4})/giu,
    make: (m) => monthDue(m[1], m[2]),
  },
  { re: /chậm nhất (?:là )?tháng (\d{1,2})\s?(?:\/|-|năm )\s?(\d{4})/giu, make: (m) => monthDue(m[1], m[2]) },
];

const pad = (n: number) => String(n).padStart(2, '0');

function dateDue(d: string, m: string, y: string): Due | null {
  const day = Number(d);
  const month = Number(m);
  const year = Number(y);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1900 || year > 2200) return null;
  return { kind: 'date', date: `${year}-${pad(month)}-${pad(day)}` };
}

function monthDue(m: string, y: string): Due | null {
  const month = Number(m);
  const year = Number(y);
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return null;
  return { kind: 'month', month: `${year}-${pad(month)}` };
}

export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Every deadline in a text, in reading order; overlapping matches keep the first found.
 * @example findDeadlines('hoàn thành trước ngày 15/6/2024; … thời gian trước ngày 20/7/2024').map(d => d.due)
 *          → [{kind:'date',date:'2024-06-15'}, {kind:'date',date:'2024-07-20'}]
 */
export function findDeadlines(text: string): FoundDeadline[] {
  const t = cleanForDeadlines(text);
  const found: FoundDeadline[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(t); m; m = rule.re.exec(t)) {
      const start = m.index;
      const end = m.index + m[0].length;
      // A date right after is part of the phrase (the day count would be a date's day otherwise).
      if (/^[/.-]\d/.test(t.slice(end))) continue;
      if (found.some((f) => start < f.end && end > f.index)) continue;
      const due = rule.make(m);
      if (
        due &&
        ((due.kind !== 'beforeConference' && due.kind !== 'afterConference') || (due.days > 0 && due.days <= 366))
      ) {
        found.push({ due, phrase: m[0], index: start, end });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first deadline in a text, or null. @example parseDeadline('trước ngày 15/7/2024')?.due → {kind:'date', date:'2024-07-15'} */
export function parseDeadline(text: string): FoundDeadline | null {
  return findDeadlines(text)[0] ?? null;
}

function addDays(isoDate: string, n: number): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/**
 * The date a rule falls on; relative rules need the conference day ("YYYY-MM-DD…", null = unknown).
 * @example dueDateOf({kind:'beforeConference', days: 15}, '2024-08-15T07:30') → "2024-07-31"
 */
export function dueDateOf(due: Due | null, conferenceDate: string | null): string | null {
  if (!due) return null;
  switch (due.kind) {
    case 'date':
      return due.date;
    case 'month': {
      const [y, m] = due.month.split('-').map(Number);
      return `${due.month}-${pad(daysInMonth(y, m))}`;
    }
    case 'beforeConference':
      return conferenceDate ? addDays(conferenceDate, -due.days) : null;
    case 'afterConference':
      return conferenceDate ? addDays(conferenceDate, due.days) : null;
  }
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** The rule in words: "15 ngày trước hội nghị", "trong tháng 12/2026", "15/07/2024". */
export function ruleText(due: Due): string {
  switch (due.kind) {
    case 'date':
      return dmy(due.date);
    case 'month':
      return `trong tháng ${Number(due.month.slice(5))}/${due.month.slice(0, 4)}`;
    case 'beforeConference':
      return `${due.days} ngày trước hội nghị`;
    case 'afterConference':
      return `${due.days} ngày sau hội nghị`;
  }
}

/**
 * What the screens and documents show for a deadline.
 * @example dueLabel({kind:'beforeConference', days: 15}, null) → "15 ngày trước hội nghị (chưa có ngày)"
 * @example dueLabel({kind:'beforeConference', days: 15}, '2024-08-15') → "31/07/2024 (15 ngày trước hội nghị)"
 * @example dueLabel({kind:'month', month: '2026-12'}, null) → "31/12/2026 (trong tháng 12/2026)"
 */
export function dueLabel(due: Due | null, conferenceDate: string | null): string {
  if (!due) return '';
  if (due.kind === 'date') return dmy(due.date);
  const date = dueDateOf(due, conferenceDate);
  return date ? `${dmy(date)} (${ruleText(due)})` : `${ruleText(due)} (chưa có ngày)`;
}
