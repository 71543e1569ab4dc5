/** Exposes only invoke(procedure, input) and onEvent(listener) to the sandboxed renderer. */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT, IPC_INVOKE, type ThukyBridge } from '../../shared/api/bridge';

const bridge: ThukyBridge = {
  invoke: (procedure, input) => ipcRenderer.invoke(IPC_INVOKE, procedure, input),
  onEvent: (listener) => {
    const wrapped = (_e: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(IPC_EVENT, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('thuky', bridge);
