/** The whole store as Kysely sees it: every area's tables. */
import type { ConferenceTables } from './conference.tables';
import type { DelegateTables } from './delegate.tables';
import type { InvitationTables } from './invitation.tables';
import type { SeatingTables } from './seating.tables';
import type { CheckinTables } from './checkin.tables';
import type { ProgrammeTables } from './programme.tables';
import type { SafetyTables } from './safety.tables';
import type { TaskTables } from './task.tables';

export interface Database
  extends
    ConferenceTables,
    DelegateTables,
    InvitationTables,
    SeatingTables,
    CheckinTables,
    ProgrammeTables,
    SafetyTables,
    TaskTables {}
