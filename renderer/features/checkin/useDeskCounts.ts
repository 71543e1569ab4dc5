/**
 * The desk's header: the head count and the conference title. Not refreshed on every event like a
 * page query: with eight desks scanning, each scan would make every desk fetch. The count is read
 * again at most once a second, and only after events that can change it (an arrival, an undo, a
 * list change — not a repeat scan, a badge print or a name fix); the title once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckinStats } from '../../../shared/models/checkin';
import { call } from '../../api/client';
import { useChangeEvents } from '../../hooks/ChangeFeed';

export function useDeskCounts(conferenceId: string) {
  const [stats, setStats] = useState<CheckinStats | null>(null);
  const [title, setTitle] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const load = useCallback(() => {
    call('checkin.stats', { conferenceId })
      .then(setStats)
      .catch(() => {});
  }, [conferenceId]);
  const reload = useCallback(() => {
    if (!timer.current)
      timer.current = setTimeout(() => {
        timer.current = null;
        load();
      }, 1000);
  }, [load]);
  useEffect(() => {
    load();
    call('conference.get', { id: conferenceId })
      .then((c) => setTitle(c.title))
      .catch(() => {});
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [conferenceId, load]);
  useChangeEvents((e) => {
    if (e.conferenceId !== null && e.conferenceId !== conferenceId) return;
    const quiet =
      e.procedure === 'checkin.logPrint' ||
      e.procedure === 'checkin.fix' ||
      (e.checkin && !e.checkin.fresh && !e.checkin.undone);
    if (!quiet && (e.procedure.startsWith('checkin.') || e.procedure.startsWith('delegate.'))) reload();
    if (e.procedure === 'conference.update')
      call('conference.get', { id: conferenceId })
        .then((c) => setTitle(c.title))
        .catch(() => {});
  });
  return { stats, title, reload };
}
