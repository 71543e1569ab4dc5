/**
 * The desk's local memory when the host is unreachable: queued check-ins and the last delegate
 * list, in IndexedDB so a reload or a crash of the desk browser loses nothing. Each queued scan
 * carries a clientId (replays are idempotent on the host) and the real time of the scan.
 */
export interface QueuedMark {
  clientId: string;
  clientAt: string;
  conferenceId: string;
  delegateId?: string;
  code?: string;
  /** For the desk's own list while waiting. */
  label: string;
}

const DB_NAME = 'thuky-desk';
let dbp: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  dbp ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('queue', { keyPath: 'clientId' });
      req.result.createObjectStore('cache');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return dbp;
}

async function tx<T>(store: string, mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  return new Promise((resolve, reject) => {
    const t = db.transaction(store, mode);
    const req = fn(t.objectStore(store));
    // Resolve on commit, not on the request: the scan is on disk before we say so.
    t.oncomplete = () => resolve(req.result);
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error);
  });
}

export const enqueue = (m: QueuedMark) => tx('queue', 'readwrite', (s) => s.put(m));
export const dequeue = (clientId: string) => tx('queue', 'readwrite', (s) => s.delete(clientId));
export async function queued(conferenceId: string): Promise<QueuedMark[]> {
  const all = (await tx('queue', 'readonly', (s) => s.getAll())) as QueuedMark[];
  return all.filter((m) => m.conferenceId === conferenceId).sort((a, b) => a.clientAt.localeCompare(b.clientAt));
}
export const cachePut = (key: string, value: unknown) => tx('cache', 'readwrite', (s) => s.put(value, key));
export const cacheGet = <T>(key: string) => tx('cache', 'readonly', (s) => s.get(key)) as Promise<T | undefined>;
