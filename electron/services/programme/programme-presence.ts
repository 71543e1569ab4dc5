/**
 * Who is in the hall, for the MC's script and the award ceremony. Check-in data is another area's:
 * it is read only when its table is there (raw SQL, so this area does not depend on its migration).
 */
import type { Delegate } from '../../../shared/models/delegate';
import type { Dignitary } from '../../../shared/programme/mc-script';
import { listDelegates } from '../delegate';
import type { ServiceContext } from '../kernel/context';

/** Delegate ids checked in (not undone) for the conference, or null when there is no check-in data. */
export function checkedInIds(ctx: ServiceContext, conferenceId: string): Set<string> | null {
  const db = ctx.store.sqlite;
  const exists = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'checkins'").get();
  if (!exists) return null;
  const cols = new Set((db.prepare('pragma table_info(checkins)').all() as { name: string }[]).map((c) => c.name));
  if (!cols.has('delegate_id') || !cols.has('conference_id')) return null;
  const undone = cols.has('undone_at') ? ' and undone_at is null' : '';
  const ids = db
    .prepare(`select distinct delegate_id from checkins where conference_id = ?${undone}`)
    .pluck()
    .all(conferenceId) as string[];
  // No one checked in yet = the door has not opened: fall back to the invitation list.
  return ids.length ? new Set(ids) : null;
}

interface RegisterRow {
  delegate_id: string;
  reply: string;
  substitute_full_name: string;
  substitute_rank: string;
  substitute_position: string;
  substitute_unit: string;
}

/** The delegates in precedence order with their invitation reply and substitute. */
export async function dignitaries(
  ctx: ServiceContext,
  conferenceId: string,
): Promise<{ delegates: Delegate[]; list: Dignitary[] }> {
  const delegates = await listDelegates(ctx, conferenceId);
  const rows = ctx.store.sqlite
    .prepare(
      `select r.delegate_id, r.reply, r.substitute_full_name, r.substitute_rank, r.substitute_position, r.substitute_unit
       from delegate_register r join delegates d on d.id = r.delegate_id where d.conference_id = ?`,
    )
    .all(conferenceId) as RegisterRow[];
  const reg = new Map(rows.map((r) => [r.delegate_id, r]));
  const list = delegates.map((d): Dignitary => {
    const r = reg.get(d.id);
    return {
      id: d.id,
      salutation: d.salutation,
      rank: d.rank,
      fullName: d.fullName,
      position: d.position,
      unit: d.unit,
      category: d.category,
      reply: r?.reply ?? 'none',
      substitute:
        r && r.reply === 'substitute'
          ? {
              rank: r.substitute_rank,
              fullName: r.substitute_full_name,
              position: r.substitute_position || d.position,
              unit: r.substitute_unit || d.unit,
            }
          : null,
    };
  });
  return { delegates, list };
}
