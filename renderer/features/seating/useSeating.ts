/** The data of the seating page: delegates, the plan, the hall and its seats, derived lookups. */
import { useMemo } from 'react';
import type { Delegate } from '../../../shared/models/delegate';
import type { SeatItem } from '../../../shared/models/seating';
import { seatsOf, type Seat } from '../../../shared/seating/layout';
import { SECTION_PALETTE, seatedPerson } from '../../../shared/seating/names';
import { useApiQuery } from '../../hooks/useApiQuery';

export function useSeating(conferenceId: string, hallOverride?: string | null) {
  const delegates = useApiQuery('delegate.list', { conferenceId });
  const seating = useApiQuery('seating.list', { conferenceId });
  const halls = useApiQuery('hall.list', {});
  const hallId = hallOverride ?? seating.data?.hallId ?? halls.data?.items[0]?.id ?? null;
  const hall = halls.data?.items.find((h) => h.id === hallId) ?? null;
  const derived = useMemo(() => {
    const seats: Seat[] = hall ? seatsOf(hall) : [];
    const byId = new Map<string, Delegate>((delegates.data?.items ?? []).map((d) => [d.id, d]));
    // Items only count for the hall they were made in.
    const items = seating.data?.hallId === hallId ? seating.data.items : [];
    const bySeat = new Map<string, SeatItem>(items.map((i) => [i.seatId, i]));
    const byDelegate = new Map<string, SeatItem>(items.map((i) => [i.delegateId, i]));
    const subs = seating.data?.substitutes ?? {};
    const absent = new Set(seating.data?.absentIds ?? []);
    const unassigned = (delegates.data?.items ?? []).filter((d) => !byDelegate.has(d.id) && !absent.has(d.id));
    const sections = [...new Set((delegates.data?.items ?? []).map((d) => d.category))];
    const colour = (cat: string) => SECTION_PALETTE[sections.indexOf(cat) % SECTION_PALETTE.length];
    const person = (d: Delegate) => seatedPerson(d, subs[d.id]);
    return { seats, byId, bySeat, byDelegate, unassigned, absent, sections, colour, person };
  }, [hall, hallId, delegates.data, seating.data]);
  const error = delegates.error ?? seating.error ?? halls.error;
  const reload = () => {
    delegates.reload();
    seating.reload();
    halls.reload();
  };
  return {
    hallId,
    hall,
    halls: halls.data?.items ?? [],
    rules: seating.data?.rules,
    planHallId: seating.data?.hallId ?? null,
    error,
    reload,
    loading: !delegates.data || !seating.data || !halls.data,
    ...derived,
  };
}
export type SeatingModel = ReturnType<typeof useSeating>;
