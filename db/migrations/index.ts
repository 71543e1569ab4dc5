/**
 * The static list of migrations (no file loading at run time: it breaks once bundled).
 * Append only; a landed migration is frozen. The app's schema version is this list's length.
 */
import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-delegate-code-and-register';
import * as m0003 from './0003-invitations';
import * as m0004 from './0004-halls-and-seating';
import * as m0005 from './0005-checkin';
import * as m0006 from './0006-programme-speeches-awards';
import * as m0007 from './0007-audit';
import * as m0008 from './0008-script-edits';
import * as m0009 from './0009-tasks-and-conclusions';
import * as m0010 from './0010-delegate-address';
import * as m0011 from './0011-badge-type-short-title';
import * as m0012 from './0012-station-identity';

export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-delegate-code-and-register': m0002,
  '0003-invitations': m0003,
  '0004-halls-and-seating': m0004,
  '0005-checkin': m0005,
  '0006-programme-speeches-awards': m0006,
  '0007-audit': m0007,
  '0008-script-edits': m0008,
  '0009-tasks-and-conclusions': m0009,
  '0010-delegate-address': m0010,
  '0011-badge-type-short-title': m0011,
  '0012-station-identity': m0012,
};

export const SCHEMA_VERSION = Object.keys(migrations).length;
