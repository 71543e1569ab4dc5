/**
 * Rate limit for desk pairing (the only call without a token): an address that gave a wrong PIN
 * MAX_FAILURES times within WINDOW_MS is answered 429 until the window passes. Together with the
 * PIN being voided after 5 wrong guesses (services/stations.ts), guessing a PIN cannot succeed.
 */
export class PairLimiter {
  private failures = new Map<string, number[]>();
  constructor(private readonly maxFailures = 5, private readonly windowMs = 5 * 60 * 1000, private readonly now = () => Date.now()) {}

  private recent(ip: string): number[] {
    const t = this.now();
    const list = (this.failures.get(ip) ?? []).filter((x) => t - x < this.windowMs);
    if (list.length) this.failures.set(ip, list); else this.failures.delete(ip);
    return list;
  }

  /** Milliseconds this address must wait, 0 if it may try. */
  blockedFor(ip: string): number {
    const list = this.recent(ip);
    return list.length >= this.maxFailures ? this.windowMs - (this.now() - list[0]) : 0;
  }

  fail(ip: string): void {
    const list = this.recent(ip);
    list.push(this.now());
    this.failures.set(ip, list);
    // Bound memory if someone sprays addresses.
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value as string);
  }
}
