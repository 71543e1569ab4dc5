/**
 * Who wrote a check-in and when it happened, as the door's rules need them (issue 16): a desk is
 * its station id, never its name; the time a desk reports for a queued scan is kept only inside
 * [when it paired (or the door opened), now] and never moves another desk's check-in.
 */
import type { Caller } from '../../../shared/api/handlers';

/** The station id that owns what `caller` writes: the desk's id, "admin" for the host. */
export const stationIdOf = (caller: Caller): string =>
  caller.stationId ?? (caller.role === 'admin' ? 'admin' : `desk:${caller.name}`);

/** A desk's clock may run a little ahead of the host's; beyond this its time is not believed. */
export const CLOCK_SKEW_MS = 2 * 60 * 1000;

/**
 * The time to record for a scan: the desk's `clientAt` when it is plausible — not after now (a
 * little skew is forgiven as now), not before `floor` (the desk's pairing, or the door's opening) —
 * else clamped into that range.
 */
export function boundedTime(now: string, clientAt: string | undefined, floor: string | null): string {
  if (!clientAt) return now;
  const t = Date.parse(clientAt);
  if (!Number.isFinite(t) || t >= Date.parse(now)) return now;
  if (floor && t < Date.parse(floor)) return floor < now ? floor : now;
  return new Date(t).toISOString();
}

/** The earliest a caller's queued scan may claim: the desk's pairing; for the host, the door's opening. */
export const floorOf = (caller: Caller, doorOpenedAt: string | null): string | null => caller.pairedAt ?? doorOpenedAt;
