/** The IPC transport: one channel in, one channel out; every message's sender frame is checked. */
import { BrowserWindow, ipcMain } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/api/bridge';
import type { Core } from '../core/core';
import { isTrustedSender } from './window-options';

export function registerIpc(core: Core) {
  ipcMain.handle(IPC_INVOKE, async (event, procedure: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Nguồn gọi không hợp lệ' } };
    }
    if (typeof procedure !== 'string') {
      return { ok: false, error: { code: 'BAD_INPUT', message: 'Tên thủ tục phải là chuỗi' } };
    }
    return core.dispatch(procedure, input, { role: 'admin', name: 'admin' });
  });
  core.events.on('change', (e) => {
    for (const w of BrowserWindow.getAllWindows()) w.webContents.send(IPC_EVENT, e);
  });
}
