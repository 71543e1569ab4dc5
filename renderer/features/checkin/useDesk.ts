/**
 * The desk's brain: check in (online → the host answers after commit; offline → queued in
 * IndexedDB and replayed in order when the host is back), undo the last, keep the delegate list
 * and who is in, and refresh both on every change event from any desk.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Delegate } from '../../../shared/models/delegate';
import type { MarkResult } from '../../../shared/models/checkin';
import { foldDiacritics } from '../../../shared/text/normalize';
import { ApiError, call } from '../../api/client';
import { useChangeEvents } from '../../hooks/ChangeFeed';
import { beep } from './desk-sound';
import { OFFLINE_MESSAGE, hhmm, personName, stationLabel } from './desk-format';
import * as q from './offline-queue';

export interface Feedback {
  /** choose: several people match what was typed; nobody was checked in. */
  tone: 'ok' | 'repeat' | 'error' | 'queued' | 'choose';
  title: string;
  detail: string;
  at: string;
  /** The seat from the seating plan, when there is one ("Khu A, hàng 3, ghế 5"). */
  seat?: string;
  /** Who the feedback is about: the desk's "In thẻ" and "Sửa tên/chức vụ" act on this person. */
  delegate?: Delegate;
}
export interface Conflict { label: string; station: string; at: string }

const isOffline = (e: unknown) => e instanceof ApiError && e.message === OFFLINE_MESSAGE;
/** crypto.randomUUID needs a secure context; a desk on http://192.168.x.x is not one. */
export const clientId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

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
    } catch (e) { fail(e); }
  }, [conferenceId, fail]);

  const refreshPending = useCallback(async () => setPending(await q.queued(conferenceId)), [conferenceId]);

  useEffect(() => { loadDelegates(); loadInside(); refreshPending(); }, [loadDelegates, loadInside, refreshPending]);

  // Eight desks scanning at once send many events: at most one reload of who is in per 300 ms, so
  // the desk's own scans are not queued behind its neighbours' refreshes.
  const insideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useChangeEvents((e) => {
    if (e.conferenceId !== null && e.conferenceId !== conferenceId) return;
    if (e.procedure.startsWith('checkin.')) {
      if (!insideTimer.current) insideTimer.current = setTimeout(() => { insideTimer.current = null; loadInside(); }, 300);
    }
    if (e.procedure.startsWith('delegate.') || e.procedure === 'checkin.walkIn' || e.procedure === 'checkin.fix') loadDelegates();
  });

  const show = useCallback((r: MarkResult, verb = 'Đã điểm danh') => {
    const d = r.delegate;
    const who = personName(d);
    if (r.status === 'checked_in') {
      setFeedback({ tone: 'ok', title: who, detail: `${verb} · ${[d.position, d.unit].filter(Boolean).join(', ')} · ${d.category || 'Khách'}`, at: `${hhmm(r.checkedInAt)} · ${stationLabel(r.station)}`, seat: r.seat?.label, delegate: d });
      beep('ok');
    } else {
      setFeedback({ tone: 'repeat', title: who, detail: `Đã điểm danh lúc ${hhmm(r.checkedInAt)} tại ${stationLabel(r.station)}`, at: hhmm(new Date().toISOString()), seat: r.seat?.label, delegate: d });
      beep('repeat');
    }
    setInside((m) => new Map(m).set(d.id, { at: r.checkedInAt, station: r.station }));
  }, []);

  const mark = useCallback(async (target: { delegateId: string } | { code: string }) => {
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
        const known = 'delegateId' in target ? delegates.get(target.delegateId)
          : [...delegates.values()].find((d) => d.code.toUpperCase() === target.code.trim().toUpperCase());
        if (!known) {
          setFeedback({ tone: 'error', title: 'Không nhận ra mã này', detail: 'Mất kết nối máy chủ và không có trong danh sách đã tải', at: hhmm(now) });
          beep('error');
          return null;
        }
        const was = inside.get(known.id);
        if (was) {
          setFeedback({ tone: 'repeat', title: personName(known), detail: `Đã điểm danh lúc ${hhmm(was.at)} tại ${stationLabel(was.station)}`, at: hhmm(now) });
          beep('repeat');
          return null;
        }
        await q.enqueue({ clientId: id, clientAt: now, conferenceId, delegateId: known.id, label: personName(known) });
        setInside((m) => new Map(m).set(known.id, { at: now, station: 'chờ gửi' }));
        await refreshPending();
        setFeedback({ tone: 'queued', title: personName(known), detail: 'Đã ghi tạm trên máy này (mất kết nối) — sẽ gửi khi có mạng', at: hhmm(now) });
        beep('ok');
        return null;
      }
      if (e instanceof ApiError && e.code === 'UNAUTHORIZED') { setUnauthorized(true); return null; }
      setFeedback({ tone: 'error', title: e instanceof ApiError && e.code === 'NOT_FOUND' ? 'Không có trong danh sách' : 'Không điểm danh được', detail: e instanceof Error ? e.message : String(e), at: hhmm(now) });
      beep('error');
      return null;
    }
  }, [conferenceId, delegates, inside, show, refreshPending]);

  const undoLast = useCallback(async () => {
    if (!last) return;
    try {
      await call('checkin.undo', { conferenceId, delegateId: last.delegate.id });
      setFeedback({ tone: 'repeat', title: personName(last.delegate), detail: 'Đã hủy lượt điểm danh vừa rồi', at: hhmm(new Date().toISOString()) });
      setInside((m) => { const n = new Map(m); n.delete(last.delegate.id); return n; });
      setLast(null);
    } catch (e) {
      setFeedback({ tone: 'error', title: 'Không hủy được', detail: e instanceof Error ? e.message : String(e), at: hhmm(new Date().toISOString()) });
    }
  }, [conferenceId, last]);

  // Replay the queue in order, one at a time, every 2 s while anything waits; otherwise a heartbeat.
  const replaying = useRef(false);
  useEffect(() => {
    const timer = setInterval(async () => {
      if (replaying.current) return;
      replaying.current = true;
      try {
        const queued = await q.queued(conferenceId);
        for (const m of queued) {
          const r = await call('checkin.mark', { conferenceId, delegateId: m.delegateId, code: m.code, clientId: m.clientId, clientAt: m.clientAt });
          await q.dequeue(m.clientId);
          setOnline(true);
          if (r.conflict) setConflicts((c) => [...c, { label: m.label, station: stationLabel(r.station), at: r.checkedInAt }]);
        }
        // Nothing to send: a small call tells whether the host still answers (LAN switched off, cable out).
        if (!queued.length) await call('system.info', {});
        // Everything queued is on the host now: the "sent when back online" card is no longer true.
        setFeedback((f) => (f?.tone === 'queued' ? { ...f, tone: 'ok', detail: 'Đã gửi lên máy chủ (lượt ghi tạm khi mất kết nối)' } : f));
        if (!online) { setOnline(true); loadInside(); }
      } catch (e) {
        if (isOffline(e)) setOnline(false);
      } finally {
        replaying.current = false;
        refreshPending();
      }
    }, 2000);
    return () => clearInterval(timer);
  }, [conferenceId, online, loadInside, refreshPending]);

  /** Offline search over the last delegate list: every typed word must start a word of the entry. */
  const searchLocal = useCallback((text: string, limit = 8): Delegate[] => {
    const words = foldDiacritics(text).split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    const out: Delegate[] = [];
    for (const d of delegates.values()) {
      const key = foldDiacritics([d.fullName, d.rank, d.position, d.unit].join(' ')).split(/\s+/);
      if (words.every((w) => key.some((k) => k.startsWith(w)))) out.push(d);
      if (out.length >= limit) break;
    }
    return out;
  }, [delegates]);

  return { delegates, inside, online, pending, conflicts, feedback, setFeedback, last, mark, undoLast, searchLocal, unauthorized, show, setLast };
}
