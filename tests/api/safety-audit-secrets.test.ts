/** The audit trail records who changed what, never a secret: pairing PINs and station tokens stay out. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, freshCore } from '../helpers/core';
import type { Core } from '../../electron/core/core';

let core: Core;
beforeEach(async () => {
  core = await freshCore();
});
afterEach(async () => {
  await core.close();
});

describe('audit trail and secrets', () => {
  it('keeps the station token and the PIN out of audit_log', async () => {
    const { id: conferenceId } = await call(core, 'conference.create', { title: 'Hội nghị' });
    const renewed = await call(core, 'station.renewPin', {});
    const { pin } = await call(core, 'station.pairingPin', {});
    expect(pin).toBe(renewed.pin);
    const r = await core.dispatch(
      'station.pair',
      { pin, name: 'Bàn 1', conferenceId },
      { role: 'desk', name: 'bàn chưa ghép' },
    );
    expect(r.ok).toBe(true);
    const token = (r as { ok: true; value: { token: string } }).value.token;
    const rows = core.store.sqlite.prepare("select * from audit_log where procedure = 'station.pair'").all() as Record<
      string,
      string
    >[];
    expect(rows.length).toBe(1);
    const text = JSON.stringify(rows);
    expect(text).toContain('Bàn 1');
    expect(text).not.toContain(token);
    expect(text).not.toContain(`"${pin}"`);
    const renewRows = JSON.stringify(
      core.store.sqlite.prepare("select * from audit_log where procedure = 'station.renewPin'").all(),
    );
    expect(renewRows).toContain('station.renewPin');
    expect(renewRows).not.toContain(pin);
  });
});
