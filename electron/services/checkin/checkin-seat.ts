/**
 * The seat of a delegate for the desk's green feedback ("Ghế: A-3-5"), when the conference has a
 * seating plan. On the check-in hot path, so: one prepared statement per lookup, and the hall's
 * seats are derived once per hall version (cached by hall id + updated_at), not per scan.
 */
import type { Statement } from 'better-sqlite3';
import type { Database as Sqlite } from 'better-sqlite3';
import { seatsOf } from '../../../shared/seating/layout';
import { rowToHall } from '../seating';
import type { ServiceContext } from '../kernel/context';

export interface SeatInfo {
  label: string;
  short: string;
}

/** The lookup, prepared once per connection (a restore swaps the connection). */
function lookup(statements: WeakMap<Sqlite, Statement>, sqlite: Sqlite): Statement {
  let st = statements.get(sqlite);
  if (!st) {
    st = sqlite.prepare(`select a.seat_id, h.id, h.name, h.layout, h.created_at, h.updated_at
      from seat_assignments a join seating_plans p on p.conference_id = a.conference_id join halls h on h.id = p.hall_id
      where a.delegate_id = ?`);
    statements.set(sqlite, st);
  }
  return st;
}

/** The delegate's seat, or undefined when the conference has no plan or the delegate no seat. */
export function seatOf(ctx: ServiceContext, delegateId: string): SeatInfo | undefined {
  const { seatStatements, hallSeats } = ctx.state.checkin;
  const r = lookup(seatStatements, ctx.store.sqlite).get(delegateId) as
    { seat_id: string; id: string; name: string; layout: string; created_at: string; updated_at: string } | undefined;
  if (!r) return undefined;
  const key = `${r.id}@${r.updated_at}`;
  let seats = hallSeats.get(key);
  if (!seats) {
    seats = new Map(seatsOf(rowToHall(r)).map((s) => [s.id, s]));
    if (hallSeats.size > 20) hallSeats.clear();
    hallSeats.set(key, seats);
  }
  const s = seats.get(r.seat_id);
  return s ? { label: s.label, short: s.short } : undefined;
}
