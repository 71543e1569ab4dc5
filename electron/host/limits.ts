/**
 * Body limits per route (issue 16): a pairing request is a PIN and a name (1 KB); most calls are
 * small (1 MB); only the procedures that carry a file (`contentBase64`: imports, attachments) may
 * send 40 MB. The list is read from the contract, so a new upload procedure is covered.
 */
import { z } from 'zod';
import { contract } from '../../shared/api/contract';

export const PAIR_BODY_LIMIT = 1024;
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const LARGE_BODY_LIMIT = 40 * 1024 * 1024;

/** @fastify/rate-limit for station.pair, per address: a desk pairs once; a script cannot spray. */
export const PAIR_RATE = { max: 20, timeWindow: 60_000 };

let large: string[] | null = null;

/** The procedures whose input has a `contentBase64` field. */
export function largeBodyProcedures(): string[] {
  if (large) return large;
  large = Object.entries(contract)
    .filter(([, def]) => {
      try {
        return JSON.stringify(z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' })).includes(
          '"contentBase64"',
        );
      } catch {
        return false;
      }
    })
    .map(([name]) => name);
  return large;
}
