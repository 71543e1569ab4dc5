/**
 * The server side's handler types, shared by the dispatcher (electron/core) and every area's handler
 * table (electron/services/<area>/<area>.handlers.ts): services never import electron/core.
 */
import type { OutputOf, ParsedInputOf, ProcedureName, Role } from './contract';

export interface Caller {
  role: Role;
  /** "admin", or the desk's name (for display only: rights follow stationId). */
  name: string;
  /** A paired desk's station id (the admin is "admin"). */
  stationId?: string;
  /** The conference a desk was paired for: it sees and writes nothing else. */
  conferenceId?: string | null;
  /** When the desk was paired (ISO): its queued scans cannot be older. */
  pairedAt?: string;
  /** The network address the call came from (HTTP only), for the pairing limits. */
  address?: string;
}

export type Handlers = {
  [P in ProcedureName]: (input: ParsedInputOf<P>, caller: Caller) => Promise<OutputOf<P>>;
};

/** The handlers of one area: exactly the procedures its contract file lists. */
export type AreaHandlers<T> = Pick<Handlers, keyof T & keyof Handlers>;

/** Cross-cutting steps around every call (store health, the audit trail): see services/safety/audit.ts. */
export interface DispatchHooks {
  /** After validation, before the handler; may throw (a read-only store). Its result goes to after(). */
  before?(procedure: ProcedureName, input: unknown, caller: Caller, mutates: boolean): unknown;
  /** After a mutating handler succeeded (awaited: the audit row is written before the reply). */
  after?(
    procedure: ProcedureName,
    input: unknown,
    output: unknown,
    caller: Caller,
    state: unknown,
    conferenceId: string | null,
  ): Promise<void> | void;
}
