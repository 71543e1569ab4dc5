/** A proposed task (before it is saved) and how one assigning text becomes one or more of them. */
import { coordinatingOf } from './agency';
import { cleanForDeadlines, dueDateOf, findDeadlines, type Due } from './deadline';
import { capitalise } from './text';

export interface TaskDraft {
  /** Chủ trì: the agency in charge. */
  agency: string;
  /** Phối hợp: the agencies that help. */
  coordinating: string[];
  content: string;
  due: Due | null;
  /** The deadline's words as written ("trước ngày diễn ra Hội nghị 15 ngày"), "" when none. */
  dueText: string;
  /** Computed with the conference day; null when there is no deadline or the day is unknown. */
  dueDate: string | null;
  /** Chỉ đạo, đôn đốc: the leader overseeing it. */
  overseer: string;
}

const tidy = (s: string) =>
  capitalise(
    s
      .trim()
      .replace(/^[,;:\s]+/u, '')
      .replace(/[\s,;]+$/u, '')
      .replace(/\s+/g, ' '),
  );

/** One draft: coordinating agencies and the deadline read from the content. */
export function makeDraft(agency: string, content: string, conferenceDate: string | null, overseer = ''): TaskDraft {
  // Lines kept (a task that holds the points after "… nội dung sau:"), spaces folded in each.
  const text = content
    .split('\n')
    .map((l) => cleanForDeadlines(l))
    .filter(Boolean)
    .map((l, i) => (i ? l : tidy(l)))
    .join('\n')
    .replace(/[\s,;]+$/u, '');
  const d = findDeadlines(text)[0];
  const coordinating = coordinatingOf(text).filter((a) => a.toLocaleLowerCase('vi') !== agency.toLocaleLowerCase('vi'));
  return {
    agency,
    coordinating,
    content: text,
    due: d?.due ?? null,
    dueText: d?.phrase ?? '',
    dueDate: d ? dueDateOf(d.due, conferenceDate) : null,
    overseer,
  };
}

/**
 * One bullet or sentence → tasks: one per deadline when it sets several ("hoàn thành trước ngày
 * 15/7/2024; phát trên sóng … trước 02 ngày diễn ra Hội nghị"), the clauses up to each deadline
 * forming its task; clauses after the last deadline stay with the last task.
 * @example splitByDeadlines('A; hoàn thành trước ngày 15/7/2024; B trước 02 ngày diễn ra Hội nghị')
 *          → ['A; hoàn thành trước ngày 15/7/2024', 'B trước 02 ngày diễn ra Hội nghị']
 */
export function splitByDeadlines(content: string): string[] {
  const text = cleanForDeadlines(content);
  const found = findDeadlines(text);
  if (found.length <= 1) return [text];
  const groups: string[] = [];
  let current: string[] = [];
  let pos = 0;
  for (const clause of text.split(/;\s*/u)) {
    const start = text.indexOf(clause, pos);
    const end = start + clause.length;
    pos = end;
    current.push(clause);
    if (found.some((f) => f.index >= start && f.index < end)) {
      groups.push(current.join('; '));
      current = [];
    }
  }
  if (current.length) {
    if (groups.length) groups[groups.length - 1] += `; ${current.join('; ')}`;
    else groups.push(current.join('; '));
  }
  return groups;
}

/** makeDraft over splitByDeadlines. */
export function draftsOf(agency: string, content: string, conferenceDate: string | null, overseer = ''): TaskDraft[] {
  return splitByDeadlines(content).map((c) => makeDraft(agency, c, conferenceDate, overseer));
}
