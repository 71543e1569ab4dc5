/**
 * The static list of migrations (no file loading at run time: it breaks once bundled).
 * Append only; a landed migration is frozen. The app's schema version is this list's length.
 */
import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-delegate-code-and-register';

export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-delegate-code-and-register': m0002,
};

export const SCHEMA_VERSION = Object.keys(migrations).length;
