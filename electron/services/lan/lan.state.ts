/** The LAN area's part of a core's memory (see CoreState in kernel/context.ts). */
import type { LanControl } from './lan';

export interface LanState {
  /** The listener's controller, attached by the process that owns the transports (none in tests and scripts). */
  control: LanControl | null;
}

declare module '../kernel/context' {
  interface CoreState {
    lan: LanState;
  }
}

export const lanState = (): LanState => ({ control: null });
