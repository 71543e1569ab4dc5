/**
 * The delegates page's data: the list in precedence order (with optimistic reorders), the
 * debounced search, and every write, each reporting its errors as toasts.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Delegate, DelegateFields } from '../../../shared/models/delegate';
import { moveInSection } from './sectionMoves';
import { call, ApiError, downloadBase64 } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useToast } from '../../components/Toast';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SEARCH_DEBOUNCE_MS = 80;
const SEARCH_LIMIT = 200;

const messageOf = (e: unknown) => (e instanceof ApiError || e instanceof Error ? e.message : 'Lỗi không xác định');

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = window.setTimeout(() => setV(value), ms);
    return () => window.clearTimeout(t);
  }, [value, ms]);
  return v;
}

export interface Section {
  category: string;
  count: number;
}

export function useDelegates(conferenceId: string) {
  const toast = useToast();
  const list = useApiQuery('delegate.list', { conferenceId }, [conferenceId]);
  const { reload } = list;

  // Optimistic order: shown until the reload after the last pending reorder lands.
  const [optimistic, setOptimistic] = useState<Delegate[] | null>(null);
  const pending = useRef(0);
  const awaitingReload = useRef(false);
  useEffect(() => {
    if (awaitingReload.current && pending.current === 0) {
      awaitingReload.current = false;
      setOptimistic(null);
    }
  }, [list.data]);

  const items: Delegate[] = useMemo(() => optimistic ?? list.data?.items ?? [], [optimistic, list.data]);
  const itemsRef = useRef(items);
  itemsRef.current = items;

  const categories = useMemo(() => {
    const seen = new Set<string>();
    for (const d of items) if (d.category) seen.add(d.category);
    return [...seen];
  }, [items]);

  // Search: debounced; results are "fresh" once they answer the query now in the box.
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  const debounced = useDebounced(trimmed, SEARCH_DEBOUNCE_MS);
  const search = useApiQuery(
    'delegate.search',
    debounced ? { conferenceId, query: debounced, limit: SEARCH_LIMIT } : null,
    [conferenceId],
  );
  const debouncedRef = useRef(debounced);
  debouncedRef.current = debounced;
  const [answered, setAnswered] = useState<string | null>(null);
  useEffect(() => {
    if (search.data) setAnswered(debouncedRef.current);
  }, [search.data]);
  const searching = trimmed !== '';
  const results = searching ? (search.data?.items ?? []) : null;
  const resultsFresh = searching && answered === trimmed && !search.loading;

  useEffect(() => {
    if (search.error && searching) toast.error(search.error.message);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search.error]);
  useEffect(() => {
    if (list.error) toast.error(list.error.message);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [list.error]);

  /** Runs a write; errors become toasts. Resolves to the value, or undefined on failure. */
  const run = useCallback(
    async <T>(p: () => Promise<T>): Promise<T | undefined> => {
      try {
        const v = await p();
        reload();
        return v;
      } catch (e) {
        toast.error(messageOf(e));
        reload();
        return undefined;
      }
    },
    [reload, toast],
  );

  const reorder = useCallback(
    async (orderedIds: string[]) => {
      const byId = new Map(itemsRef.current.map((d) => [d.id, d]));
      setOptimistic(orderedIds.map((id, i) => ({ ...byId.get(id)!, precedence: i + 1 })));
      pending.current++;
      try {
        await call('delegate.reorder', { conferenceId, orderedIds });
        pending.current--;
        if (pending.current === 0) awaitingReload.current = true;
        reload();
        return true;
      } catch (e) {
        pending.current--;
        setOptimistic(null);
        toast.error(messageOf(e));
        reload();
        return false;
      }
    },
    [conferenceId, reload, toast],
  );

  /**
   * Moves the given delegates one row up (-1) or down (+1) together, inside their section (#14):
   * at the section's edge nothing moves and the secretary is told to change the Thành phần instead.
   */
  const move = useCallback(
    (moveIds: string[], delta: -1 | 1) => {
      const next = moveInSection(itemsRef.current, new Set(moveIds), delta);
      if (!next) {
        toast.info(`Đã ở ${delta < 0 ? 'đầu' : 'cuối'} thành phần. Muốn chuyển sang nhóm khác, hãy đổi "Thành phần".`);
        return;
      }
      void reorder(next);
    },
    [reorder, toast],
  );

  const update = useCallback(
    (id: string, patch: Partial<DelegateFields>) => run(() => call('delegate.update', { id, patch })),
    [run],
  );

  const create = useCallback(
    (delegate: DelegateFields, precedence?: number) =>
      run(() => call('delegate.create', { conferenceId, delegate, precedence })),
    [run, conferenceId],
  );

  const bulkCategory = useCallback(
    async (ids: string[], category: string) => {
      const r = await run(() => call('delegate.bulkUpdate', { ids, patch: { category } }));
      if (r) toast.success(`Đã đổi thành phần của ${r.updated} đại biểu`);
      return r;
    },
    [run, toast],
  );

  const remove = useCallback(
    async (ids: string[]) => {
      const r = await run(() => call('delegate.delete', { ids }));
      if (r) toast.success(`Đã xóa ${r.deleted} đại biểu (bấm Hoàn tác để lấy lại)`);
      return r;
    },
    [run, toast],
  );

  const sortSection = useCallback(
    async (category: string, by: 'rank' | 'name') => {
      const r = await run(() => call('delegate.sortSection', { conferenceId, category, by }));
      if (r) toast.success(`Đã sắp xếp ${r.updated} đại biểu ${by === 'rank' ? 'theo cấp bậc' : 'theo tên'}`);
    },
    [run, toast, conferenceId],
  );

  const undo = useCallback(async () => {
    const r = await run(() => call('delegate.undo', { conferenceId }));
    if (!r) return;
    if (r.undone) toast.success(`Đã hoàn tác: ${r.undone}`);
    else toast.info('Không còn thao tác để hoàn tác');
  }, [run, toast, conferenceId]);

  const exportXlsx = useCallback(async () => {
    try {
      const r = await call('delegate.export', { conferenceId });
      downloadBase64(r.fileName, r.contentBase64, XLSX_MIME);
      toast.success(`Đã xuất ${r.fileName}`);
    } catch (e) {
      toast.error(messageOf(e));
    }
  }, [toast, conferenceId]);

  return {
    items,
    loading: list.loading && !list.data,
    error: list.error,
    categories,
    query,
    setQuery,
    searching,
    results,
    resultsFresh,
    reorder,
    move,
    update,
    create,
    bulkCategory,
    remove,
    sortSection,
    undo,
    exportXlsx,
  };
}

export type DelegatesModel = ReturnType<typeof useDelegates>;
