/**
 * What a paired check-in desk may see (issue 16): the conference it was paired for and, of the
 * delegates, the fields the desk shows — never phones, emails or notes, nor the conference's notes.
 * The dispatcher applies it to every desk call, so a procedure added later is covered too.
 */
import { AppError } from './errors';

interface DeskLike {
  role: string;
  conferenceId?: string | null;
  name: string;
}

/** Fields a desk never receives, blanked wherever they appear in an output. */
const PRIVATE_KEYS = new Set(['phone', 'email', 'note', 'notes', 'dataDir']);

/** Which conference an input is about: its conferenceId, or the id of conference.get / conference.update. */
function conferenceOfInput(procedure: string, input: Record<string, unknown>): string | null {
  if (typeof input.conferenceId === 'string') return input.conferenceId;
  if (procedure.startsWith('conference.') && typeof input.id === 'string') return input.id;
  return null;
}

/** Throws FORBIDDEN when a desk bound to one conference asks about another. */
export function assertDeskScope(procedure: string, input: unknown, caller: DeskLike): void {
  if (caller.role !== 'desk' || !caller.conferenceId) return;
  const asked = conferenceOfInput(procedure, (input ?? {}) as Record<string, unknown>);
  if (asked !== null && asked !== caller.conferenceId) {
    throw new AppError('FORBIDDEN', `${caller.name} được ghép cho một hội nghị khác: không xem được hội nghị này`, {
      procedure,
    });
  }
}

function blank(v: unknown, depth: number): unknown {
  if (Array.isArray(v)) return v.map((x) => blank(x, depth + 1));
  if (!v || typeof v !== 'object' || depth > 8) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v))
    out[k] = PRIVATE_KEYS.has(k) && typeof x === 'string' ? '' : blank(x, depth + 1);
  return out;
}

/** The output as a desk gets it: private fields blanked, conference.list limited to its conference. */
export function deskView(procedure: string, output: unknown, caller: DeskLike): unknown {
  if (caller.role !== 'desk') return output;
  let out = output;
  if (procedure === 'conference.list' && caller.conferenceId && out && typeof out === 'object') {
    const o = out as { items: { id: string }[] };
    out = { ...o, items: o.items.filter((c) => c.id === caller.conferenceId) };
  }
  return blank(out, 0);
}
