/**
 * The desk's brain: check in (online → the host answers after commit; offline → queued in
 * IndexedDB and replayed in order when the host is back, ./useDeskReplay.ts), undo the last, keep
 * the delegate list and who is in. Who is in follows the change events' payload (another desk's
 * check-in is applied, not refetched: eight desks scanning would otherwise make every desk fetch the
 * whole list after every scan); the full list is read at start, after a reconnect and every 30 s.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChangeEvent } from '../../../shared/api/contract';
import type { Delegate } from '../../../shared/models/delegate';
import type { MarkResult } from '../../../shared/models/checkin';
import { ApiError, call } from '../../api/client';
import { useChangeEvents } from '../../hooks/ChangeFeed';
import { beep } from './desk-sound';
import {
  hhmm,
  isOffline,
  type Conflict,
  type Feedback,
  personName,
  searchDelegates,
  stationLabel,
} from './desk-format';
import { useDeskReplay } from './useDeskReplay';

export type { Conflict, Feedback } from './desk-format';
import * as q from './offline-queue';

/** crypto.randomUUID needs a secure context; a desk on http://192.168.x.x is not one. */
export const clientId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

export function useDesk(conferenceId: string) {
  const [delegates, setDelegates] = useState<Map<string, Delegate>>(new Map());
  const [inside, setInside] = useState<Map<string, { at: string; station: string }>>(new Map());
  const [online, setOnline] = useState(true);
  const [pending, setPending] = useState<q.QueuedMark[]>([]);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [last, setLast] = useState<MarkResult | null>(null);
  const [unauthorized, setUnauthorized] = useState(false);
  const cacheKey = `delegates:${conferenceId}`;

  const fail = useCallback((e: unknown) => {
    if (isOffline(e)) setOnline(false);
    else if (e instanceof ApiError && e.code === 'UNAUTHORIZED') setUnauthorized(true);
    else throw e;
  }, []);

  const loadDelegates = useCallback(async () => {
    try {
      const { items } = await call('delegate.list', { conferenceId });
      setDelegates(new Map(items.map((d) => [d.id, d])));
      setOnline(true);
      q.cachePut(cacheKey, items).catch(() => {});
    } catch (e) {
      const cached = await q.cacheGet<Delegate[]>(cacheKey).catch(() => undefined);
      if (cached) setDelegates((m) => (m.size ? m : new Map(cached.map((d) => [d.id, d]))));
      fail(e);
    }
  }, [conferenceId, cacheKey, fail]);

  const loadInside = useCallback(async () => {
    try {
      const { items } = await call('checkin.list', { conferenceId });
      setInside(new Map(items.map((c) => [c.delegateId, { at: c.checkedInAt, station: c.station }])));
      setOnline(true);
    } catch (e) {
      fail(e);
    }
  }, [conferenceId, fail]);

  // Read every 2 s by the replay loop: an empty queue read again keeps the same state (no render).
  const refreshPending = useCallback(async () => {
    const now = await q.queued(conferenceId);
    setPending((was) => (!was.length && !now.length ? was : now));
  }, [conferenceId]);

  useEffect(() => {
    loadDelegates();
    loadInside();
    refreshPending();
  }, [loadDelegates, loadInside, refreshPending]);

  // Another desk's check-in (or undo) arrives with the event: applied here, no refetch. A change of
  // the list itself (import, edit, walk-in) reloads the delegates, at most once a second.
  const delegatesTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const insideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const later = (timer: typeof insideTimer, ms: number, run: () => void) => {
    if (!timer.current)
      timer.current = setTimeout(() => {
        timer.current = null;
        run();
      }, ms);
  };
  useEffect(
    () => () => {
      for (const t of [delegatesTimer, insideTimer]) if (t.current) clearTimeout(t.current);
    },
    [],
  );
  useChangeEvents((e: ChangeEvent) => {
    if (e.conferenceId !== null && e.conferenceId !== conferenceId) return;
    // While this desk thinks it is offline, its own view stands (the host settles any overlap when
    // the queue is replayed, and who is in is read again on reconnecting).
    const c = online ? e.checkin : undefined;
    if (c)
      setInside((m) => {
        const was = m.get(c.delegateId);
        if (c.undone) {
          if (!was) return m;
          const n = new Map(m);
          n.delete(c.delegateId);
          return n;
        }
        if (was && was.at === c.checkedInAt && was.station === c.station) return m;
        return new Map(m).set(c.delegateId, { at: c.checkedInAt, station: c.station });
      });
    else if (
      !e.checkin &&
      e.procedure.startsWith('checkin.') &&
      e.procedure !== 'checkin.logPrint' &&
      e.procedure !== 'checkin.fix'
    )
      later(insideTimer, 300, loadInside);
    if (e.procedure.startsWith('delegate.') || e.procedure === 'checkin.walkIn' || e.procedure === 'checkin.fix')
      later(delegatesTimer, 1000, loadDelegates);
  });
  // A missed event (the stream reconnected) is caught up within 30 s.
  useEffect(() => {
    const t = setInterval(() => {
      if (online) loadInside();
    }, 30000);
    return () => clearInterval(t);
  }, [online, loadInside]);

  const show = useCallback((r: MarkResult, verb = 'Đã điểm danh') => {
    const d = r.delegate;
    const who = personName(d);
    if (r.status === 'checked_in') {
      setFeedback({
        tone: 'ok',
        title: who,
        detail: `${verb} · ${[d.position, d.unit].filter(Boolean).join(', ')} · ${d.category || 'Khách'}`,
        at: `${hhmm(r.checkedInAt)} · ${stationLabel(r.station)}`,
        seat: r.seat?.label,
        delegate: d,
      });
      beep('ok');
    } else {
      setFeedback({
        tone: 'repeat',
        title: who,
        detail: `Đã điểm danh lúc ${hhmm(r.checkedInAt)} tại ${stationLabel(r.station)}`,
        at: hhmm(new Date().toISOString()),
        seat: r.seat?.label,
        delegate: d,
      });
      beep('repeat');
    }
    setInside((m) => new Map(m).set(d.id, { at: r.checkedInAt, station: r.station }));
  }, []);

  const mark = useCallback(
    async (target: { delegateId: string } | { code: string }) => {
      const id = clientId();
      const now = new Date().toISOString();
      try {
        const r = await call('checkin.mark', { conferenceId, ...target, clientId: id });
        setOnline(true);
        show(r);
        if (r.status === 'checked_in') setLast(r);
        return r;
      } catch (e) {
        if (isOffline(e)) {
          setOnline(false);
          const known =
            'delegateId' in target
              ? delegates.get(target.delegateId)
              : [...delegates.values()].find((d) => d.code.toUpperCase() === target.code.trim().toUpperCase());
          if (!known) {
            setFeedback({
              tone: 'error',
              title: 'Không nhận ra mã này',
              detail: 'Mất kết nối máy chủ và không có trong danh sách đã tải',
              at: hhmm(now),
            });
            beep('error');
            return null;
          }
          const was = inside.get(known.id);
          if (was) {
            setFeedback({
              tone: 'repeat',
              title: personName(known),
              detail: `Đã điểm danh lúc ${hhmm(was.at)} tại ${stationLabel(was.station)}`,
              at: hhmm(now),
            });
            beep('repeat');
            return null;
          }
          await q.enqueue({
            clientId: id,
            clientAt: now,
            conferenceId,
            delegateId: known.id,
            label: personName(known),
          });
          setInside((m) => new Map(m).set(known.id, { at: now, station: 'chờ gửi' }));
          await refreshPending();
          setFeedback({
            tone: 'queued',
            title: personName(known),
            detail: 'Đã ghi tạm trên máy này (mất kết nối) — sẽ gửi khi có mạng',
            at: hhmm(now),
          });
          beep('ok');
          return null;
        }
        if (e instanceof ApiError && e.code === 'UNAUTHORIZED') {
          setUnauthorized(true);
          return null;
        }
        setFeedback({
          tone: 'error',
          title: e instanceof ApiError && e.code === 'NOT_FOUND' ? 'Không có trong danh sách' : 'Không điểm danh được',
          detail: e instanceof Error ? e.message : String(e),
          at: hhmm(now),
        });
        beep('error');
        return null;
      }
    },
    [conferenceId, delegates, inside, show, refreshPending],
  );

  const undoLast = useCallback(async () => {
    if (!last) return;
    try {
      await call('checkin.undo', { conferenceId, delegateId: last.delegate.id });
      setFeedback({
        tone: 'repeat',
        title: personName(last.delegate),
        detail: 'Đã hủy lượt điểm danh vừa rồi',
        at: hhmm(new Date().toISOString()),
      });
      setInside((m) => {
        const n = new Map(m);
        n.delete(last.delegate.id);
        return n;
      });
      setLast(null);
    } catch (e) {
      setFeedback({
        tone: 'error',
        title: 'Không hủy được',
        detail: e instanceof Error ? e.message : String(e),
        at: hhmm(new Date().toISOString()),
      });
    }
  }, [conferenceId, last]);

  useDeskReplay(conferenceId, { online, setOnline, loadInside, refreshPending, setConflicts, setFeedback });

  /** Offline search over the last delegate list. */
  const searchLocal = useCallback(
    (text: string, limit = 8) => searchDelegates(delegates.values(), text, limit),
    [delegates],
  );

  return {
    delegates,
    inside,
    online,
    pending,
    conflicts,
    feedback,
    setFeedback,
    last,
    mark,
    undoLast,
    searchLocal,
    unauthorized,
    show,
    setLast,
  };
}
