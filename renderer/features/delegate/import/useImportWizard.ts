import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ImportField,
  ImportMapping,
  ImportPreview,
  ImportResult,
  SourceEncoding,
} from '../../../../shared/models/import';
import { call, ApiError, fileToBase64 } from '../../../api/client';

export interface LoadedFile {
  name: string;
  size: number;
  base64: string;
}
export type OnDuplicate = 'skip' | 'keep';

const asApiError = (e: unknown, fallback: string) =>
  e instanceof ApiError
    ? e
    : new ApiError({ code: 'INTERNAL', message: e instanceof Error && e.message ? e.message : fallback });

const ACCEPTED = /\.(xlsx|csv)$/i;

/** Wizard state: the file, the mapping the user chose, the latest preview, the result. */
export function useImportWizard(conferenceId: string) {
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [reading, setReading] = useState(false);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [onDuplicate, setOnDuplicate] = useState<OnDuplicate>('skip');
  /** Duplicate rows the secretary ticked to import anyway (the per-row choice). */
  const [keepRows, setKeepRows] = useState<number[]>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [previewKey, setPreviewKey] = useState('');
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [committing, setCommitting] = useState(false);
  const seq = useRef(0);

  const requestKey = file ? JSON.stringify([file.name, file.size, mapping, onDuplicate, keepRows]) : '';

  // Every change of file, mapping or duplicate choice re-runs the preview; stale answers are dropped.
  useEffect(() => {
    if (!file) return;
    const mine = ++seq.current;
    setLoading(true);
    setError(null);
    call('delegate.importPreview', {
      conferenceId,
      fileName: file.name,
      contentBase64: file.base64,
      mapping,
      onDuplicate,
      keepRows,
    })
      .then((p) => {
        if (mine !== seq.current) return;
        setPreview(p);
        setPreviewKey(requestKey);
      })
      .catch((e) => {
        if (mine === seq.current) setError(asApiError(e, 'Không đọc được tệp'));
      })
      .finally(() => {
        if (mine === seq.current) setLoading(false);
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conferenceId, requestKey]);

  const pickFile = useCallback(async (f: File) => {
    seq.current++;
    setPreview(null);
    setPreviewKey('');
    setResult(null);
    setMapping({});
    setOnDuplicate('skip');
    setKeepRows([]);
    setFile(null);
    if (/\.xls$/i.test(f.name)) {
      setError(
        new ApiError({
          code: 'IMPORT_INVALID',
          message: `Tệp "${f.name}" là định dạng Excel 97-2003 (.xls). Hãy mở tệp trong Excel, chọn Lưu thành (Save As) → "Excel Workbook (.xlsx)", rồi chọn lại.`,
        }),
      );
      return;
    }
    if (!ACCEPTED.test(f.name)) {
      setError(
        new ApiError({
          code: 'IMPORT_INVALID',
          message: `Tệp "${f.name}" không phải .xlsx hoặc .csv. ThuKy chỉ nhận bảng tính Excel (.xlsx) hoặc tệp .csv.`,
        }),
      );
      return;
    }
    setError(null);
    setReading(true);
    try {
      setFile({ name: f.name, size: f.size, base64: await fileToBase64(f) });
    } catch (e) {
      setError(asApiError(e, `Không đọc được tệp "${f.name}"`));
    } finally {
      setReading(false);
    }
  }, []);

  const reset = useCallback(() => {
    seq.current++;
    setFile(null);
    setPreview(null);
    setPreviewKey('');
    setMapping({});
    setOnDuplicate('skip');
    setKeepRows([]);
    setError(null);
    setResult(null);
    setLoading(false);
  }, []);

  const setSheet = (sheet: string) => {
    setKeepRows([]);
    setMapping((m) => ({ encoding: m.encoding, sheet }));
  };
  const setHeaderRow = (headerRow: number) =>
    setMapping((m) => ({ encoding: m.encoding, sheet: m.sheet ?? preview?.sheet, headerRow }));
  const setEncoding = (encoding: SourceEncoding | undefined) =>
    setMapping((m) => {
      const next = { ...m, encoding };
      if (!encoding) delete next.encoding;
      return next;
    });
  const setColumn = (letter: string, field: ImportField) => {
    if (!preview) return;
    const columns: Record<string, ImportField> = {};
    for (const c of preview.columns) columns[c.letter] = c.field;
    columns[letter] = field;
    setMapping((m) => ({
      ...m,
      sheet: m.sheet ?? preview.sheet,
      headerRow: m.headerRow ?? preview.headerRow,
      columns,
    }));
  };

  const upToDate = !!preview && !loading && !error && previewKey === requestKey;

  const commit = useCallback(async () => {
    if (!file) return null;
    setCommitting(true);
    setError(null);
    try {
      const r = await call('delegate.import', {
        conferenceId,
        fileName: file.name,
        contentBase64: file.base64,
        mapping,
        onDuplicate,
        keepRows,
      });
      setResult(r);
      return r;
    } catch (e) {
      setError(asApiError(e, 'Không nhập được danh sách'));
      return null;
    } finally {
      setCommitting(false);
    }
  }, [conferenceId, file, mapping, onDuplicate, keepRows]);

  return {
    file,
    reading,
    mapping,
    onDuplicate,
    keepRows,
    setKeepRows,
    preview,
    loading,
    error,
    result,
    committing,
    upToDate,
    pickFile,
    reset,
    setSheet,
    setHeaderRow,
    setEncoding,
    setColumn,
    setOnDuplicate,
    commit,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
