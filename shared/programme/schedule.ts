/**
 * Time arithmetic of the programme, pure (the renderer and the documents share it).
 * Times are the hall's local clock, "YYYY-MM-DDTHH:MM", with no time zone: treated as UTC here so
 * that adding minutes never meets a daylight-saving jump.
 */

const toMs = (local: string) => Date.parse(`${local.length === 10 ? `${local}T00:00` : local}:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/** @example addMinutes('2023-12-08T07:30', 95) → '2023-12-08T09:05' */
export const addMinutes = (local: string, minutes: number) => fromMs(toMs(local) + minutes * 60000);

/** Minutes from a to b (negative when b is earlier). */
export const minutesBetween = (a: string, b: string) => Math.round((toMs(b) - toMs(a)) / 60000);

/** "07:30" from "2023-12-08T07:30"; the documents write "07h30". */
export const clockOf = (local: string | null) => (local ? local.slice(11, 16) : '');
export const hOf = (local: string | null) => clockOf(local).replace(':', 'h');

/** A mark typed as "HH:MM" is taken on the conference's day. */
export function onDay(day: string | null, time: string): string {
  if (/^\d{4}-\d{2}-\d{2}T/.test(time)) return time;
  return `${(day ?? '1970-01-01').slice(0, 10)}T${time}`;
}

export interface Planned {
  minutes: number;
  startedAt: string | null;
  finishedAt: string | null;
}
export interface Schedule {
  slots: { startsAt: string | null; endsAt: string | null }[];
  plannedMinutes: number;
  plannedEnd: string | null;
  overrunMinutes: number | null;
  delayMinutes: number | null;
}

/**
 * Start and end of every item from the conference start, the overrun against the conference end,
 * and the running delay: the latest mark (a start or a finish) against its planned time.
 * @example schedule([{minutes:5,…},{minutes:60,…}], '2023-12-08T07:30', '2023-12-08T11:30')
 */
export function schedule(items: Planned[], startsAt: string | null, endsAt: string | null): Schedule {
  let offset = 0;
  const slots = items.map((it) => {
    const s = startsAt ? addMinutes(startsAt, offset) : null;
    offset += it.minutes;
    return { startsAt: s, endsAt: startsAt ? addMinutes(startsAt, offset) : null };
  });
  const plannedEnd = startsAt ? addMinutes(startsAt, offset) : null;
  const overrunMinutes = plannedEnd && endsAt ? Math.max(0, minutesBetween(endsAt, plannedEnd)) : null;
  let delayMinutes: number | null = null;
  let latest = '';
  items.forEach((it, i) => {
    const slot = slots[i];
    if (!slot.startsAt || !slot.endsAt) return;
    if (it.startedAt && it.startedAt >= latest) {
      latest = it.startedAt;
      delayMinutes = minutesBetween(slot.startsAt, it.startedAt);
    }
    if (it.finishedAt && it.finishedAt >= latest) {
      latest = it.finishedAt;
      delayMinutes = minutesBetween(slot.endsAt, it.finishedAt);
    }
  });
  return { slots, plannedMinutes: offset, plannedEnd, overrunMinutes, delayMinutes };
}

/** "Từ 07h30 đến 11h30 ngày 08/12/2023" as the plans write it. */
export function spanText(startsAt: string | null, endsAt: string | null): string {
  if (!startsAt) return '';
  const d = startsAt.slice(0, 10).split('-').reverse().join('/');
  return endsAt ? `Từ ${hOf(startsAt)} đến ${hOf(endsAt)} ngày ${d}` : `${hOf(startsAt)} ngày ${d}`;
}
