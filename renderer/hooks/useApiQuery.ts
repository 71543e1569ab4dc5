import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import { ApiError, call } from '../api/client';
import { useChangeEvents } from './ChangeFeed';

export interface ApiQuery<P extends ProcedureName> {
  data: OutputOf<P> | undefined;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

const toApiError = (e: unknown): ApiError =>
  e instanceof ApiError
    ? e
    : new ApiError({ code: 'INTERNAL', message: e instanceof Error ? e.message : 'Lỗi không xác định' });

/** The conference an input is about, to match change events (conferenceId, or id for conference.get). */
function conferenceOf(procedure: ProcedureName, input: unknown): string | null {
  if (!input || typeof input !== 'object') return null;
  const o = input as Record<string, unknown>;
  if (typeof o.conferenceId === 'string') return o.conferenceId;
  if (procedure.startsWith('conference.') && typeof o.id === 'string') return o.id;
  return null;
}

/**
 * Runs a read procedure and keeps its result fresh: it reruns when the input (by value) or `deps`
 * change, on reload(), and when a change event arrives for the same conference (or for any
 * conference, for queries not tied to one, such as conference.list). `input = null` = do not run.
 * Previous data stays visible while reloading.
 */
export function useApiQuery<P extends ProcedureName>(
  procedure: P,
  input: InputOf<P> | null,
  deps: unknown[] = [],
): ApiQuery<P> {
  const [data, setData] = useState<OutputOf<P> | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(input !== null);
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  const key = input === null ? null : JSON.stringify(input);
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(() => {
    if (key === null) {
      setLoading(false);
      return;
    }
    const mine = ++seq.current;
    setLoading(true);
    call(procedure, inputRef.current as InputOf<P>)
      .then((value) => {
        if (mine !== seq.current) return;
        setData(value);
        setError(null);
      })
      .catch((e) => {
        if (mine !== seq.current) return;
        setError(toApiError(e));
      })
      .finally(() => {
        if (mine === seq.current) setLoading(false);
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [procedure, key, tick, ...deps]);

  // Invalidate a stale in-flight request on unmount.
  useEffect(
    () => () => {
      seq.current++;
    },
    [],
  );

  const reload = useCallback(() => setTick((t) => t + 1), []);

  useChangeEvents((e) => {
    if (inputRef.current === null) return;
    const mine = conferenceOf(procedure, inputRef.current);
    if (mine === null || e.conferenceId === null || e.conferenceId === mine) reload();
  });

  return { data, error, loading, reload };
}
