/** A fresh core on a real SQLite file in a temp folder, for tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core/core';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import type { ApiErrorBody } from '../../shared/api/errors';

export const tempDir = (prefix = 'thuky-test-') => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

export const FIXTURES = path.resolve(__dirname, '../fixtures');
export const KIT_DATA = path.resolve(__dirname, '../../../shared/data');

/** A core of a test, with the folder it keeps its store in. */
export type TestCore = Core & { dataDir: string };

export async function freshCore(dataDir = tempDir()): Promise<TestCore> {
  const core = await createCore({ dataDir });
  return Object.assign(core, { dataDir });
}

/** A fresh core with the demo conference (~180 delegates): the usual set-up of an API test. */
export async function demoCore(dataDir = tempDir()): Promise<{ core: TestCore; conferenceId: string }> {
  const core = await freshCore(dataDir);
  return { core, conferenceId: (await call(core, 'conference.createDemo', {})).id };
}

const ADMIN = { role: 'admin' as const, name: 'admin' };

/** Calls a procedure as the admin; throws with the Vietnamese message on failure. */
export async function call<P extends ProcedureName>(core: Core, p: P, input: InputOf<P>): Promise<OutputOf<P>> {
  const r = await core.dispatch(p, input, ADMIN);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { body: r.error });
  return r.value as OutputOf<P>;
}

/** Calls a procedure expecting failure; returns the error body. */
export async function callError(
  core: Core,
  p: string,
  input: unknown,
  role: 'admin' | 'desk' = 'admin',
): Promise<ApiErrorBody> {
  const r = await core.dispatch(p, input, { role, name: role === 'admin' ? 'admin' : 'Bàn 1' });
  if (r.ok) throw new Error(`expected ${p} to fail, got ${JSON.stringify(r.value).slice(0, 200)}`);
  return r.error;
}

export const readFixtureBase64 = (file: string) => fs.readFileSync(file).toString('base64');
