import type { Conference, ConferenceFields } from '../../../shared/models/conference';
import { ConferenceFields as Fields } from '../../../shared/models/conference';
import { call } from '../../api/client';

const KEYS = Fields.keyof().options as (keyof ConferenceFields)[];

/**
 * conference.update, sending every field: the contract's patch schema is ConferenceFields.partial(),
 * and in zod 4 `.partial()` keeps the `.default()`s, so a field left out of the patch is reset to
 * its default ("" / null / []) by the server. Sending the whole record (current values overlaid with
 * the changes) keeps the other fields intact.
 */
export function updateConference(conf: Conference, patch: Partial<ConferenceFields> & { archived?: boolean }) {
  const full: Record<string, unknown> = {};
  for (const k of KEYS) full[k] = conf[k];
  return call('conference.update', { id: conf.id, patch: { ...(full as Partial<ConferenceFields>), ...patch } });
}
