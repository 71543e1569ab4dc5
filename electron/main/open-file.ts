/**
 * Double-clicking a .thuky file (file association in electron-builder.yml) opens it here: the
 * path arrives in argv (Windows/Linux, first or second instance) or as 'open-file' (macOS).
 * The user sees what the file holds and chooses: a new conference, replace the same one, or cancel.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { Core } from '../core/core';

const ADMIN = { role: 'admin' as const, name: 'admin' };

export const thukyPathFromArgv = (argv: string[]) =>
  argv.find((a) => a.toLowerCase().endsWith('.thuky') && fs.existsSync(a)) ?? null;

export async function openThukyFile(core: Core, file: string): Promise<void> {
  const win = BrowserWindow.getAllWindows()[0];
  const fileName = path.basename(file);
  const contentBase64 = fs.readFileSync(file).toString('base64');
  const preview = await core.dispatch('conference.importPreview', { fileName, contentBase64 }, ADMIN);
  if (!preview.ok) {
    await dialog.showMessageBox(win, {
      type: 'error',
      title: 'ThuKy',
      message: `Không mở được tệp "${fileName}"`,
      detail: preview.error.message,
    });
    return;
  }
  const p = preview.value as {
    conference: { title: string };
    exists: boolean;
    delegates: { added: number; removed: number; changed: number };
  };
  const buttons = p.exists ? ['Nhập thành hội nghị mới', 'Thay hội nghị đang có', 'Hủy'] : ['Nhập hội nghị', 'Hủy'];
  const detail = p.exists
    ? `Hội nghị này đã có trên máy. Nếu thay: thêm ${p.delegates.added}, bớt ${p.delegates.removed}, sửa ${p.delegates.changed} đại biểu. Dữ liệu hiện tại được sao lưu trước.`
    : 'Dữ liệu hiện tại được sao lưu trước khi nhập.';
  const { response } = await dialog.showMessageBox(win, {
    type: 'question',
    title: 'ThuKy',
    message: `Mở tệp "${fileName}": ${p.conference.title}`,
    detail,
    buttons,
    cancelId: buttons.length - 1,
    defaultId: 0,
  });
  if (response === buttons.length - 1) return;
  const mode = p.exists && response === 1 ? 'replace' : 'new';
  const done = await core.dispatch('conference.importFile', { fileName, contentBase64, mode }, ADMIN);
  if (!done.ok) {
    await dialog.showMessageBox(win, {
      type: 'error',
      title: 'ThuKy',
      message: `Không nhập được tệp "${fileName}"`,
      detail: done.error.message,
    });
    return;
  }
  const id = (done.value as { conferenceId: string }).conferenceId;
  void win?.webContents.executeJavaScript(
    `location.hash = ${JSON.stringify(`#/c/${encodeURIComponent(id)}/delegates`)}`,
  );
}
