/**
 * Invitations: generating the combined DOCX (one page per invitation) for 180 and 2,000 delegates,
 * through the dispatcher as the UI calls it, with and without the QR code. Goal ≤ 1 s for 180.
 * Peer: docxtemplater (devDependency) rendering the same invitations from an equivalent template: our
 * own one-invitation DOCX with {addressee} and a {#invitations} loop (template preparation untimed).
 * Call from bench/run.ts: `await benchInvitation(record);`
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core';
import { people } from './data';
import type { InvitationDoc } from '../shared/documents/invitation';
import { type Record } from './util';

const admin = { role: 'admin' as const, name: 'bench' };

async function must<T>(p: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
}

/** docxtemplater filling the same invitations into a template made from our first one. */
async function peerDocxtemplater(docs: InvitationDoc[]): Promise<number> {
  const { renderSections } = await import('../electron/services/invitation/docx/invitation-docx');
  const { default: PizZip } = await import('pizzip');
  const { default: Docxtemplater } = await import('docxtemplater');
  const first = docs[0];
  const proto = { ...first, body: first.body.map((p) => (p.kind === 'addressee' ? { ...p, text: '{addressee}' } : p)) };
  const zip = new PizZip(await renderSections([proto]));
  const xml = zip.file('word/document.xml')!.asText();
  const sect = xml.lastIndexOf('<w:sectPr');
  zip.file(
    'word/document.xml',
    xml.slice(0, sect).replace('<w:body>', '<w:body><w:p><w:r><w:t>{#invitations}</w:t></w:r></w:p>') +
      '<w:p><w:r><w:br w:type="page"/></w:r></w:p><w:p><w:r><w:t>{/invitations}</w:t></w:r></w:p>' +
      xml.slice(sect),
  );
  const template = zip.generate({ type: 'nodebuffer' });
  const data = { invitations: docs.map((d) => ({ addressee: d.body.find((p) => p.kind === 'addressee')!.text })) };
  const t0 = performance.now();
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  doc.render(data);
  const out = doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  const ms = performance.now() - t0;
  const count = (
    new PizZip(out)
      .file('word/document.xml')!
      .asText()
      .match(/>GIẤY MỜI</g) ?? []
  ).length;
  if (count !== docs.length) throw new Error(`docxtemplater: ${count} invitations of ${docs.length}`);
  return ms;
}

async function timeDocx(n: number, showQr: boolean): Promise<{ ms: number; peer: number | null }> {
  const core = await createCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-bench-inv-')) });
  try {
    const { id } = await must<{ id: string }>(
      core.dispatch(
        'conference.create',
        {
          title: 'Hội nghị sơ kết 05 năm thực hiện Đề án số 223/ĐA-UBND',
          startsAt: '2025-10-08T07:30',
          venue: 'Hội trường Bộ CHQS tỉnh',
          hostBody: 'Ủy ban nhân dân tỉnh Lạng Sơn',
          placeName: 'Lạng Sơn',
          documentSymbol: 'GM-UBND',
          signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
          signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
          signerName: 'Chu Đình Lợi',
        },
        admin,
      ),
    );
    const { insertNewDelegates } = await import('../electron/services/delegate/delegate-rows');
    await insertNewDelegates(
      core.store.db,
      id,
      [...people(n)].map((p) => ({ ...p, phone: String(p.phone) })) as never,
      1,
      new Date().toISOString(),
    );
    await must(core.dispatch('invitation.settings.update', { conferenceId: id, showQr }, admin));
    await must(core.dispatch('document.invitations', { conferenceId: id }, admin)); // warm-up: lazy imports
    const t0 = performance.now();
    const out = await must<{ contentBase64: string }>(
      core.dispatch('document.invitations', { conferenceId: id }, admin),
    );
    const ms = performance.now() - t0;
    if (out.contentBase64.length < 1000) throw new Error('empty DOCX');
    const models = await must<{ items: InvitationDoc[] }>(
      core.dispatch('invitation.models', { conferenceId: id }, admin),
    );
    return { ms, peer: showQr ? null : await peerDocxtemplater(models.items) };
  } finally {
    await core.close();
  }
}

const PEER = 'docxtemplater, same invitations from an equivalent template';

export async function benchInvitation(record: Record) {
  const r180 = await timeDocx(180, false);
  record('invitations DOCX, 180', r180.ms, 'ms', 1000, PEER, r180.peer);
  record('invitations DOCX, 180 with QR', (await timeDocx(180, true)).ms, 'ms', 1000);
  const r2000 = await timeDocx(2000, false);
  record('invitations DOCX, 2000', r2000.ms, 'ms', null, PEER, r2000.peer);
}
