/**
 * The text of a tham luận handed in as a file: kept in <dataDir>/attachments/<conferenceId>/ as
 * "<speechId>__<safe name>" (one file per speech; a new one replaces the old). The folder is the
 * record — no schema change — so a copied data folder keeps its attachments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError, notFound } from '../../../shared/api/errors';
import * as repo from '../../../db/repositories/programme';
import type { ServiceContext } from '../kernel/context';
import { insideFolder } from '../kernel/paths';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
const SEP = '__';

const folder = (ctx: ServiceContext, conferenceId: string) =>
  insideFolder(path.join(ctx.store.dataDir, 'attachments'), conferenceId);
/** The file of one speech: its id and the stored name stay a plain name inside the folder. */
const fileOf = (dir: string, speechId: string, name: string) => insideFolder(dir, `${speechId}${SEP}${name}`);

/** Diacritics off, case kept (foldDiacritics lowercases). */
const keepCase = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/** "Tham luận Sở GD&ĐT (bản cuối).docx" → "Tham-luan-So-GD-DT-ban-cuoi.docx": no path, no odd characters, ≤ 100 chars. */
export function safeFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const ext = (/\.([A-Za-z0-9]{1,8})$/.exec(base)?.[1] ?? '').toLowerCase();
  const stem = keepCase(ext ? base.slice(0, -ext.length - 1) : base)
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90);
  return `${stem || 'tham-luan'}${ext ? `.${ext}` : ''}`;
}

/** speechId → stored file name (without the prefix) for one conference's folder. */
export function attachmentNames(ctx: ServiceContext, conferenceId: string): Map<string, string> {
  const out = new Map<string, string>();
  let files: string[];
  try {
    files = fs.readdirSync(folder(ctx, conferenceId));
  } catch {
    return out;
  }
  for (const f of files) {
    const i = f.indexOf(SEP);
    if (i > 0) out.set(f.slice(0, i), f.slice(i + SEP.length));
  }
  return out;
}

/** Drops a deleted speech's file (no orphan files left in the conference's folder). */
export function removeSpeechFile(ctx: ServiceContext, conferenceId: string, speechId: string) {
  const name = attachmentNames(ctx, conferenceId).get(speechId);
  if (name) fs.rmSync(fileOf(folder(ctx, conferenceId), speechId, name), { force: true });
}

async function speechRow(ctx: ServiceContext, speechId: string) {
  const r = await repo.findSpeechRow(ctx.store.db, speechId);
  if (!r) throw notFound('phân công tham luận', speechId);
  return r;
}

/** Stores the file and marks the speech "đã nộp file". @example await attachSpeechFile(ctx, id, 'tham-luan.docx', b64) */
export async function attachSpeechFile(ctx: ServiceContext, speechId: string, fileName: string, contentBase64: string) {
  const r = await speechRow(ctx, speechId);
  const bytes = Buffer.from(contentBase64, 'base64');
  if (!bytes.length) throw new AppError('BAD_INPUT', `Tệp "${fileName}" rỗng`, { file: fileName });
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError(
      'BAD_INPUT',
      `Tệp "${fileName}" quá lớn (${(bytes.length / 1048576).toFixed(1)} MB; tối đa 20 MB)`,
      { file: fileName },
    );
  }
  const dir = folder(ctx, r.conference_id);
  fs.mkdirSync(dir, { recursive: true });
  const name = safeFileName(fileName);
  const old = attachmentNames(ctx, r.conference_id).get(speechId);
  // Written beside, then renamed: a crash never leaves a half file under the real name.
  const target = fileOf(dir, speechId, name);
  fs.writeFileSync(`${target}.part`, bytes);
  fs.renameSync(`${target}.part`, target);
  if (old && old !== name) fs.rmSync(fileOf(dir, speechId, old), { force: true });
  await repo.updateSpeechRow(ctx.store.db, speechId, { status: 'file', updated_at: ctx.now() });
  return { fileName: name, size: bytes.length };
}

/** The attached file for download. */
export async function speechAttachment(ctx: ServiceContext, speechId: string) {
  const r = await speechRow(ctx, speechId);
  const name = attachmentNames(ctx, r.conference_id).get(speechId);
  if (!name) throw new AppError('NOT_FOUND', `Tham luận của "${r.unit}" chưa có tệp đính kèm`, { speechId });
  const bytes = fs.readFileSync(fileOf(folder(ctx, r.conference_id), speechId, name));
  return { fileName: name, contentBase64: bytes.toString('base64') };
}
