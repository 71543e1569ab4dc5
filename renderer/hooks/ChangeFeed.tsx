import React, { createContext, useContext, useEffect, useRef } from 'react';
import type { ChangeEvent } from '../../shared/api/contract';
import { onChange } from '../api/client';

type Listener = (e: ChangeEvent) => void;
interface Feed {
  subscribe(l: Listener): () => void;
}

const FeedContext = createContext<Feed | null>(null);

/**
 * One subscription to the core's change events (IPC push or one EventSource) for the whole app;
 * hooks register listeners here instead of opening their own connection.
 */
export function ChangeFeedProvider({ children }: { children: React.ReactNode }) {
  const listeners = useRef(new Set<Listener>());
  const feed = useRef<Feed>({
    subscribe(l) {
      listeners.current.add(l);
      return () => listeners.current.delete(l);
    },
  });

  useEffect(() => {
    let off: (() => void) | null = null;
    try {
      off = onChange((e) => {
        for (const l of Array.from(listeners.current)) {
          try {
            l(e);
          } catch (err) {
            console.error(err);
          }
        }
      });
    } catch (err) {
      console.error('ThuKy: không mở được luồng cập nhật', err);
    }
    return () => off?.();
  }, []);

  return <FeedContext.Provider value={feed.current}>{children}</FeedContext.Provider>;
}

/** Calls `listener` for every change event. The listener may change between renders. */
export function useChangeEvents(listener: Listener): void {
  const feed = useContext(FeedContext);
  const ref = useRef(listener);
  ref.current = listener;
  useEffect(() => {
    if (!feed) return;
    return feed.subscribe((e) => ref.current(e));
  }, [feed]);
}
