/**
 * Counts at the door, always computed by the host from the store (never summed from desks):
 * invited / present / absent by section, arrivals per 5 minutes, absent dignitaries.
 */
import type { Delegate } from '../../../shared/models/delegate';
import type { Checkin, CheckinStats } from '../../../shared/models/checkin';
import * as repo from '../../../db/repositories/checkin';
import * as delegatesRepo from '../../../db/repositories/delegate';
import { findConference } from '../../../db/repositories/conference';
import { notFound } from '../../../shared/api/errors';
import type { ServiceContext } from '../kernel/context';
import { badgeTypeOf, isStaffType } from '../../../shared/seating/names';

export interface DoorState {
  delegates: Delegate[];
  /** Delegates of the staff, press and organisers (by badge type): not invited to attend. */
  staff: Set<string>;
  walkIns: Set<string>;
  active: Map<string, repo.CheckinRow>;
}

/** Everything the counts need, read in one go (180 rows: a fraction of a millisecond). */
export async function readDoorState(ctx: ServiceContext, conferenceId: string): Promise<DoorState> {
  const db = ctx.store.db;
  const conf = await findConference(db, conferenceId);
  if (!conf) throw notFound('hội nghị', conferenceId);
  const [rows, walkIns, active] = await Promise.all([
    delegatesRepo.listDelegateRows(db, conferenceId),
    repo.walkInIds(db, conferenceId),
    repo.listActive(db, conferenceId),
  ]);
  const delegates = rows.map(delegatesRepo.rowToDelegate);
  const staff = new Set(delegates.filter((d) => isStaffType(badgeTypeOf(d, conf.sectionBadges))).map((d) => d.id));
  return { delegates, staff, walkIns, active: new Map(active.map((a) => [a.delegate_id, a])) };
}

export function countDoor(s: DoorState): CheckinStats {
  const sections = new Map<string, { category: string; invited: number; present: number; staff: boolean }>();
  let invited = 0,
    present = 0,
    substitutes = 0,
    walkIns = 0,
    staffPresent = 0,
    staffTotal = 0;
  for (const d of s.delegates) {
    const here = s.active.get(d.id);
    if (s.walkIns.has(d.id)) {
      if (here) walkIns++;
      continue;
    }
    const staff = s.staff?.has(d.id) ?? false;
    if (staff) {
      staffTotal++;
      if (here) staffPresent++;
    } else {
      invited++;
      if (here) present++;
      if (here?.kind === 'substitute') substitutes++;
    }
    const key = `${staff ? 's' : 'i'}|${d.category}`;
    let sec = sections.get(key);
    if (!sec) sections.set(key, (sec = { category: d.category, invited: 0, present: 0, staff }));
    sec.invited++;
    if (here) sec.present++;
  }
  // Sections come out in protocol order: delegates are listed by precedence.
  return {
    invited,
    present,
    absent: invited - present,
    substitutes,
    walkIns,
    staffPresent,
    staffTotal,
    bySection: [...sections.values()],
  };
}

type Sqlite = ServiceContext['store']['sqlite'];
/** Changes by this connection and commits by any other (another process on the same file). */
function storeVersion(versionStatements: WeakMap<Sqlite, () => string>, sqlite: Sqlite): string {
  let v = versionStatements.get(sqlite);
  if (!v) {
    const st = sqlite.prepare('select total_changes()').pluck();
    v = () => `${st.get() as number}:${sqlite.pragma('data_version', { simple: true }) as number}`;
    versionStatements.set(sqlite, v);
  }
  return v();
}

/**
 * Every desk reads the counts after a burst of arrivals (eight desks: eight reads of the same
 * numbers), and the board after every event, so both are computed once per change of the store and
 * served from memory until then.
 */
async function oncePerChange<T>(ctx: ServiceContext, key: string, compute: () => Promise<T>): Promise<T> {
  const sqlite = ctx.store.sqlite;
  // Per core and per connection (checkin.state.ts): a restore swaps the connection.
  const { storeVersions, statsCache } = ctx.state.checkin;
  const version = storeVersion(storeVersions, sqlite);
  let cache = statsCache.get(sqlite);
  if (!cache) statsCache.set(sqlite, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.value as T;
  const value = await compute();
  if (cache.size > 50) cache.clear();
  cache.set(key, { version, value });
  return value;
}

/** @example const { present } = await checkinStats(ctx, conferenceId); */
export function checkinStats(ctx: ServiceContext, conferenceId: string): Promise<CheckinStats> {
  return oncePerChange(ctx, conferenceId, async () => countDoor(await readDoorState(ctx, conferenceId)));
}

export async function listCheckins(ctx: ServiceContext, conferenceId: string): Promise<{ items: Checkin[] }> {
  const rows = await repo.listActive(ctx.store.db, conferenceId);
  return {
    items: rows.map((r) => ({
      delegateId: r.delegate_id,
      checkedInAt: r.checked_in_at,
      station: r.station,
      kind: r.kind as Checkin['kind'],
    })),
  };
}

const SLOT_MS = 5 * 60 * 1000;

/** Arrivals per 5 minutes from the first to the last, empty slots included. */
export function arrivalsPer5Min(times: string[]): { at: string; count: number }[] {
  if (!times.length) return [];
  const slots = times.map((t) => Math.floor(Date.parse(t) / SLOT_MS));
  const first = Math.min(...slots),
    last = Math.max(...slots);
  const counts = new Array(Math.min(last - first + 1, 2000)).fill(0) as number[];
  for (const s of slots) if (s - first < counts.length) counts[s - first]++;
  return counts.map((count, i) => ({ at: new Date((first + i) * SLOT_MS).toISOString(), count }));
}

export function checkinBoard(ctx: ServiceContext, conferenceId: string, maxPrecedence: number) {
  return oncePerChange(ctx, `board|${conferenceId}|${maxPrecedence}`, async () =>
    boardOf(await readDoorState(ctx, conferenceId), maxPrecedence),
  );
}

function boardOf(s: DoorState, maxPrecedence: number) {
  return {
    stats: countDoor(s),
    arrivals: arrivalsPer5Min([...s.active.values()].map((a) => a.checked_in_at)),
    absentDignitaries: s.delegates.filter(
      (d) => d.precedence <= maxPrecedence && !s.walkIns.has(d.id) && !s.staff.has(d.id) && !s.active.has(d.id),
    ),
  };
}

export async function checkinAudit(ctx: ServiceContext, conferenceId: string, limit: number) {
  const rows = await repo.listAudit(ctx.store.db, conferenceId, limit);
  return {
    items: rows.map((r) => ({
      id: r.id,
      delegateId: r.delegate_id,
      action: r.action,
      station: r.station,
      at: r.at,
      clientAt: r.client_at,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
    })),
  };
}
