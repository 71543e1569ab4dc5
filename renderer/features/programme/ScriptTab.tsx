/** The MC's script: generated from the programme, who is present and the award batches; edited here, then printed. */
import React, { useEffect, useState } from 'react';
import { FileDown, Printer, RefreshCw, Save } from 'lucide-react';
import { call } from '../../api/client';
import { hrefPrint } from '../../router';
import type { ScriptBlock } from '../../../shared/models/programme';
import { useRun } from '../../hooks/useRun';

export function ScriptTab({ conferenceId }: { conferenceId: string }) {
  const { run, download } = useRun();
  const [blocks, setBlocks] = useState<ScriptBlock[] | null>(null);
  const [cats, setCats] = useState<string[]>([]);
  const [named, setNamed] = useState<string[] | undefined>(undefined);
  const [info, setInfo] = useState('');
  /** Edits not yet saved (the saved copy is what the print view and a reload show). */
  const [dirty, setDirty] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  useEffect(() => {
    // Open on the saved edit, if any: the secretary's corrections survive a reload or another machine.
    let live = true;
    void call('script.saved', { conferenceId })
      .then((s) => {
        if (!live || !s.blocks) return;
        setBlocks((b) => b ?? s.blocks);
        setNamed((n) => n ?? s.namedCategories);
        setSavedAt(s.savedAt);
        setInfo('Bản đã sửa và lưu; bấm “Soạn lại” để lấy theo điểm danh mới nhất.');
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [conferenceId]);
  const save = async (b: ScriptBlock[] | null = blocks) => {
    const r = await run(
      () => call('script.save', { conferenceId, blocks: b, namedCategories: named }),
      b ? 'Đã lưu kịch bản' : undefined,
    );
    if (r) {
      setSavedAt(r.savedAt);
      setDirty(false);
    }
  };
  const generate = async (n = named) => {
    const s = await run(() => call('script.generate', { conferenceId, namedCategories: n }));
    if (!s) return;
    setBlocks(s.blocks);
    setCats(s.categories);
    setNamed(s.namedCategories);
    setDirty(true);
    setInfo(
      `${s.introduced} dòng giới thiệu đại biểu · ${s.hasCheckins ? 'theo điểm danh (chỉ người có mặt)' : 'chưa có điểm danh: theo danh sách mời, bỏ người báo vắng'}`,
    );
  };
  const toggle = (c: string) => {
    const n = named?.includes(c) ? named.filter((x) => x !== c) : [...(named ?? []), c];
    setNamed(n);
    void generate(n);
  };
  return (
    <div className="stack">
      <div className="pg-head">
        <div className="pg-summary">
          {info || 'Soạn lại ngay trước giờ khai mạc (sau khi đóng cửa điểm danh) để chỉ giới thiệu đại biểu có mặt.'}
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={() => generate()} data-testid="script-generate">
            <RefreshCw size={16} aria-hidden />
            {blocks ? 'Soạn lại' : 'Soạn kịch bản'}
          </button>
          <button
            type="button"
            className="btn"
            disabled={!blocks || !dirty}
            onClick={() => save()}
            data-testid="script-save"
            title={
              savedAt
                ? `Lưu lúc ${new Date(savedAt).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' })}`
                : 'Lưu bản sửa để in và mở lại'
            }
          >
            <Save size={16} aria-hidden />
            {dirty ? 'Lưu bản sửa' : 'Đã lưu'}
          </button>
          <a
            className="btn"
            href={hrefPrint('mc-script', conferenceId)}
            target="_blank"
            rel="noreferrer"
            data-testid="script-print"
            title="In bản đã lưu (hoặc bản soạn tự động nếu chưa lưu)"
          >
            <Printer size={16} aria-hidden />
            In
          </a>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!blocks}
            data-testid="script-docx"
            onClick={() => download(() => call('document.mcScript', { conferenceId, blocks: blocks ?? undefined }))}
          >
            <FileDown size={16} aria-hidden />
            Tải kịch bản (.docx)
          </button>
        </div>
      </div>
      {cats.length ? (
        <fieldset className="pg-cats">
          <legend className="small">Giới thiệu từng người với các thành phần:</legend>
          {cats.map((c) => (
            <label key={c} className="checkbox">
              <input type="checkbox" checked={!!named?.includes(c)} onChange={() => toggle(c)} />
              {c}
            </label>
          ))}
        </fieldset>
      ) : null}
      {blocks?.map((b, i) => (
        <div key={i} className="pg-block">
          <div className="pg-block-head">
            <span className="pg-time">{b.time}</span>
            <b>{b.heading}</b>
          </div>
          <textarea
            className="textarea"
            aria-label={`Lời dẫn: ${b.heading}`}
            data-testid={`script-block-${i + 1}`}
            value={b.text}
            rows={Math.min(18, b.text.split('\n').length + 1)}
            onChange={(e) => {
              setBlocks(blocks.map((x, k) => (k === i ? { ...x, text: e.target.value } : x)));
              setDirty(true);
            }}
          />
        </div>
      ))}
    </div>
  );
}
