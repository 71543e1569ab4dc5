import React, { useRef, useState } from 'react';
import { FileSpreadsheet, Upload } from 'lucide-react';

/** Step 1: a drop zone with a real file input (keyboard: Tab to the button, Enter). */
export function FilePicker({ onPick, busy }: { onPick: (f: File) => void; busy: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      className={over ? 'dropzone over' : 'dropzone'}
      onClick={(e) => {
        if (e.target === input.current) return;
        if ((e.target as HTMLElement).closest('button')) return;
        input.current?.click();
      }}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const f = e.dataTransfer.files?.[0];
        if (f) onPick(f);
      }}
    >
      <FileSpreadsheet size={40} className="empty-icon" aria-hidden />
      <h2>Chọn tệp danh sách đại biểu</h2>
      <p>
        Kéo tệp Excel (.xlsx) hoặc .csv thả vào đây, hoặc bấm nút dưới. Chưa có gì được ghi cho tới khi anh/chị bấm
        "Nhập".
      </p>
      <input
        ref={input}
        id="import-file"
        className="file-input"
        type="file"
        accept=".xlsx,.csv"
        data-testid="import-file-input"
        aria-label="Chọn tệp danh sách đại biểu (.xlsx hoặc .csv)"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onPick(f);
          e.target.value = '';
        }}
      />
      <button type="button" className="btn btn-primary" disabled={busy} onClick={() => input.current?.click()}>
        <Upload size={16} aria-hidden />
        {busy ? 'Đang đọc tệp…' : 'Chọn tệp…'}
      </button>
      <p className="small" style={{ marginTop: 12, marginBottom: 0 }}>
        Nhận cả tệp gõ bằng phông cũ (.VnTime – TCVN3, VNI-Times): ThuKy tự chuyển sang Unicode và cho xem trước.
      </p>
    </div>
  );
}
