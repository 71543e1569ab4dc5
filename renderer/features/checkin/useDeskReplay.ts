/**
 * The desk's offline queue on its way to the host: replayed in order, one at a time, every 2 s while
 * anything waits; otherwise a heartbeat that tells whether the host still answers. Split from
 * ./useDesk.ts (which queues the scans) to keep each file readable.
 */
import { useEffect, useRef } from 'react';
import { call } from '../../api/client';
import { isOffline, stationLabel, type Conflict, type Feedback } from './desk-format';
import * as q from './offline-queue';

interface ReplayDeps {
  online: boolean;
  setOnline(on: boolean): void;
  loadInside(): void;
  refreshPending(): void;
  setConflicts(f: (c: Conflict[]) => Conflict[]): void;
  setFeedback(f: (fb: Feedback | null) => Feedback | null): void;
}

export function useDeskReplay(conferenceId: string, d: ReplayDeps) {
  const { online, setOnline, loadInside, refreshPending, setConflicts, setFeedback } = d;
  const replaying = useRef(false);
  useEffect(() => {
    const timer = setInterval(async () => {
      if (replaying.current) return;
      replaying.current = true;
      try {
        const queued = await q.queued(conferenceId);
        for (const m of queued) {
          const r = await call('checkin.mark', {
            conferenceId,
            delegateId: m.delegateId,
            code: m.code,
            clientId: m.clientId,
            clientAt: m.clientAt,
          });
          await q.dequeue(m.clientId);
          setOnline(true);
          if (r.conflict)
            setConflicts((c) => [...c, { label: m.label, station: stationLabel(r.station), at: r.checkedInAt }]);
        }
        // Nothing to send: a small call tells whether the host still answers (LAN switched off, cable out).
        if (!queued.length) await call('system.info', {});
        // Everything queued is on the host now: the "sent when back online" card is no longer true.
        setFeedback((f) =>
          f?.tone === 'queued' ? { ...f, tone: 'ok', detail: 'Đã gửi lên máy chủ (lượt ghi tạm khi mất kết nối)' } : f,
        );
        if (!online) {
          setOnline(true);
          loadInside();
        }
      } catch (e) {
        if (isOffline(e)) setOnline(false);
      } finally {
        replaying.current = false;
        refreshPending();
      }
    }, 2000);
    return () => clearInterval(timer);
  }, [conferenceId, online, loadInside, refreshPending, setOnline, setConflicts, setFeedback]);
}
