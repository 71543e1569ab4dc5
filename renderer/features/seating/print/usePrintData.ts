/** What every seating print view needs: the conference, the chosen delegates (as seated: substitutes
 * replace the original), their seats, and the bundled fonts loaded. */
import { useEffect, useMemo, useState } from 'react';
import type { Delegate } from '../../../../shared/models/delegate';
import type { SeatItem } from '../../../../shared/models/seating';
import { seatedPerson, type PersonText } from '../../../../shared/seating/names';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { loadPrintFonts } from './fit';

export interface PrintPerson {
  d: Delegate;
  p: PersonText & { substitute: boolean };
  seat: SeatItem | undefined;
}

/** Selection from the query: ids=a,b (one delegate reprinted after a change), category=…, else everyone present. */
export function usePrintData(conferenceId: string, query: URLSearchParams) {
  const conf = useApiQuery('conference.get', { id: conferenceId });
  const delegates = useApiQuery('delegate.list', { conferenceId });
  const seating = useApiQuery('seating.list', { conferenceId });
  const [fonts, setFonts] = useState(false);
  useEffect(() => {
    void loadPrintFonts().then(() => setFonts(true));
  }, []);
  const ids = query.get('ids');
  const category = query.get('category');
  const people = useMemo<PrintPerson[]>(() => {
    if (!delegates.data || !seating.data) return [];
    const pick = ids ? new Set(ids.split(',')) : null;
    const absent = new Set(seating.data.absentIds);
    const seats = new Map(seating.data.items.map((i) => [i.delegateId, i]));
    return delegates.data.items
      .filter((d) => (pick ? pick.has(d.id) : !absent.has(d.id)) && (category === null || d.category === category))
      .map((d) => ({ d, p: seatedPerson(d, seating.data!.substitutes[d.id]), seat: seats.get(d.id) }));
  }, [delegates.data, seating.data, ids, category]);
  const error = conf.error ?? delegates.error ?? seating.error;
  const ready = fonts && !!conf.data && !!delegates.data && !!seating.data;
  return { conference: conf.data, seating: seating.data, people, error, ready };
}
