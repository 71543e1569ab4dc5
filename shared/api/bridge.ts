/** What the preload exposes on window.thuky inside Electron: nothing but these two functions. */
import type { ChangeEvent } from './contract';
import type { Result } from './errors';

export interface ThukyBridge {
  invoke(procedure: string, input: unknown): Promise<Result<unknown>>;
  /** Returns a function that removes the listener. */
  onEvent(listener: (e: ChangeEvent) => void): () => void;
}

export const IPC_INVOKE = 'thuky:invoke';
export const IPC_EVENT = 'thuky:event';
