/**
 * The one table of procedures. IPC, HTTP, the renderer client and the README derive from it.
 * A procedure's name is `<area>.<verb>`; its input and output are zod schemas; `roles` says who may
 * call it (the admin, or a check-in desk). Each area keeps its procedures in ./procedures/<area>.ts, or, when it
 * answers to several prefixes, in ./procedures/<area>/<prefix>.ts (programme/agenda.ts …).
 */
import type { z } from 'zod';
import { conferenceProcedures } from './procedures/conference';
import { delegateProcedures } from './procedures/delegate';
import { systemProcedures } from './procedures/system';
import { invitationProcedures } from './procedures/invitation';
import { seatingProcedures } from './procedures/seating';
import { checkinProcedures } from './procedures/checkin';
import { programmeProcedures } from './procedures/programme';
import { safetyProcedures } from './procedures/safety';
import { taskProcedures } from './procedures/task';
import { conclusionProcedures } from './procedures/conclusion';
import { lanProcedures } from './procedures/lan';

export type { ProcedureDef, Role } from './define';
export { ConferencePatch } from './procedures/conference';
export { DelegatePatch } from './procedures/delegate';

export const contract = {
  ...conferenceProcedures,
  ...delegateProcedures,
  ...invitationProcedures,
  ...seatingProcedures,
  ...checkinProcedures,
  ...programmeProcedures,
  ...safetyProcedures,
  ...taskProcedures,
  ...conclusionProcedures,
  ...lanProcedures,
  ...systemProcedures,
} as const;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type InputOf<P extends ProcedureName> = z.input<Contract[P]['input']>;
export type ParsedInputOf<P extends ProcedureName> = z.output<Contract[P]['input']>;
export type OutputOf<P extends ProcedureName> = z.output<Contract[P]['output']>;

export const isProcedureName = (name: string): name is ProcedureName =>
  Object.prototype.hasOwnProperty.call(contract, name);

/** Pushed to every window and desk after a mutation. */
export interface ChangeEvent {
  type: 'changed';
  procedure: ProcedureName;
  conferenceId: string | null;
  at: string;
  /** A check-in write's effect (mark, substitute, walk-in, undo): desks apply it instead of refetching. */
  checkin?: CheckinChange;
}

/** Who is now in (or, `undone`, no longer): `fresh` when this write admitted them (not a repeat). */
export interface CheckinChange {
  delegateId: string;
  checkedInAt: string;
  station: string;
  fresh: boolean;
  undone?: boolean;
}
