/** Runs an API call with a toast on failure (returns the result or undefined); downloads a returned file. One hook for every feature page. */
import { useCallback } from 'react';
import { ApiError, downloadBase64 } from '../api/client';
import { useToast } from '../components/Toast';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function useRun() {
  const toast = useToast();
  const run = useCallback(
    async <T>(fn: () => Promise<T>, ok?: string): Promise<T | undefined> => {
      try {
        const r = await fn();
        if (ok) toast.success(ok);
        return r;
      } catch (e) {
        toast.error(e instanceof ApiError ? e.message : 'Không thực hiện được, hãy thử lại');
        return undefined;
      }
    },
    [toast],
  );
  const download = useCallback(
    async (fn: () => Promise<{ fileName: string; contentBase64: string }>, mime = DOCX_MIME) => {
      const f = await run(fn);
      if (f) downloadBase64(f.fileName, f.contentBase64, mime);
    },
    [run],
  );
  return { run, download, toast };
}
