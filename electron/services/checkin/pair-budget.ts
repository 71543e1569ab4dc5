/**
 * The global budget of wrong pairing PINs (issue 16), on top of the host's per-address rate limit
 * (@fastify/rate-limit): a token bucket of BURST wrong guesses, refilled one every REFILL_MS. While
 * it is empty, an address that already guessed wrong OWN_TRIES times waits (429, Retry-After = the
 * next refill: the back-off), but any other address still gets its few tries — so the desk typing
 * the PIN shown on screen (even after a typo) pairs whatever other machines send — at most
 * FIRST_TRIES such tries per PIN in all. A wrong PIN never voids the PIN; a new PIN (after use, or when the admin asks) starts a new
 * budget, since guesses against the old one say nothing about it.
 *
 * Odds over a day (README): at most BURST + 24 h / REFILL_MS + FIRST_TRIES = 10 + 96 + 256 = 362
 * wrong guesses per PIN-day, so P(guess) ≤ 362 / 1 000 000 ≈ 0.036 % (about 1 in 2 760).
 */
export const BURST = 10;
export const REFILL_MS = 15 * 60 * 1000;
export const FIRST_TRIES = 256;
/** Wrong PINs an address may still send while the budget is spent (a desk's typos). */
export const OWN_TRIES = 3;
const RECENT = 20;

export interface FailedAttempt {
  at: string;
  address: string;
}
/** Wrong PINs for the admin's page; outlives a PIN, so a pairing does not hide an attack. */
export interface AttemptLog {
  total: number;
  recent: FailedAttempt[];
}

export class PairBudget {
  private tokens = BURST;
  private refilledAt: number;
  private firstTries = 0;
  /** How many wrong PINs each address sent against the current PIN. */
  private failedBy = new Map<string, number>();

  constructor(
    private readonly now = () => Date.now(),
    private readonly log: AttemptLog = { total: 0, recent: [] },
  ) {
    this.refilledAt = now();
  }

  private refill(): void {
    const t = this.now();
    const n = Math.floor((t - this.refilledAt) / REFILL_MS);
    if (n > 0) {
      this.tokens = Math.min(BURST, this.tokens + n);
      this.refilledAt = this.tokens === BURST ? t : this.refilledAt + n * REFILL_MS;
    }
  }

  /** Milliseconds `address` must wait before its PIN is even compared; 0 = it may try now. */
  waitFor(address: string): number {
    this.refill();
    if (this.tokens > 0) return 0;
    if ((this.failedBy.get(address) ?? 0) < OWN_TRIES && this.firstTries < FIRST_TRIES) return 0;
    return Math.max(1000, this.refilledAt + REFILL_MS - this.now());
  }

  /** A wrong PIN from `address`: counted against it (and the budget), never against the PIN. */
  fail(address: string): void {
    this.refill();
    if (this.tokens > 0) this.tokens--;
    else this.firstTries++;
    if (this.failedBy.size < 65536 || this.failedBy.has(address))
      this.failedBy.set(address, (this.failedBy.get(address) ?? 0) + 1);
    this.log.total++;
    this.log.recent.unshift({ at: new Date(this.now()).toISOString(), address });
    this.log.recent.length = Math.min(this.log.recent.length, RECENT);
  }

  /** What the admin's page shows: how many wrong PINs (since the host started), the latest, until when guessing is held. */
  report(): { failed: number; recent: FailedAttempt[]; heldUntil: string | null } {
    this.refill();
    const held = this.tokens > 0 ? null : new Date(this.refilledAt + REFILL_MS).toISOString();
    return { failed: this.log.total, recent: [...this.log.recent], heldUntil: held };
  }
}
