/** The MC's script: generated from the programme, who is present and the award batches; edited here, then printed. */
import React, { useState } from 'react';
import { FileDown, RefreshCw } from 'lucide-react';
import { api } from '../../api/client';
import type { ScriptBlock } from '../../../shared/models/programme';
import { useRun } from './useRun';

export function ScriptTab({ conferenceId }: { conferenceId: string }) {
  const { run, download } = useRun();
  const [blocks, setBlocks] = useState<ScriptBlock[] | null>(null);
  const [cats, setCats] = useState<string[]>([]);
  const [named, setNamed] = useState<string[] | undefined>(undefined);
  const [info, setInfo] = useState('');
  const generate = async (n = named) => {
    const s = await run(() => api.script.generate({ conferenceId, namedCategories: n }));
    if (!s) return;
    setBlocks(s.blocks); setCats(s.categories); setNamed(s.namedCategories);
    setInfo(`${s.introduced} dòng giới thiệu đại biểu · ${s.hasCheckins ? 'theo điểm danh (chỉ người có mặt)' : 'chưa có điểm danh: theo danh sách mời, bỏ người báo vắng'}`);
  };
  const toggle = (c: string) => {
    const n = named?.includes(c) ? named.filter((x) => x !== c) : [...(named ?? []), c];
    setNamed(n);
    void generate(n);
  };
  return (
    <div className="stack">
      <div className="pg-head">
        <div className="pg-summary">{info || 'Soạn lại ngay trước giờ khai mạc (sau khi đóng cửa điểm danh) để chỉ giới thiệu đại biểu có mặt.'}</div>
        <div className="actions">
          <button type="button" className="btn" onClick={() => generate()} data-testid="script-generate"><RefreshCw size={16} aria-hidden />{blocks ? 'Soạn lại' : 'Soạn kịch bản'}</button>
          <button type="button" className="btn btn-primary" disabled={!blocks} data-testid="script-docx"
            onClick={() => download(() => api.document.mcScript({ conferenceId, blocks: blocks ?? undefined }))}><FileDown size={16} aria-hidden />Tải kịch bản (.docx)</button>
        </div>
      </div>
      {cats.length ? (
        <fieldset className="pg-cats">
          <legend className="small">Giới thiệu từng người với các thành phần:</legend>
          {cats.map((c) => <label key={c} className="checkbox"><input type="checkbox" checked={!!named?.includes(c)} onChange={() => toggle(c)} />{c}</label>)}
        </fieldset>
      ) : null}
      {blocks?.map((b, i) => (
        <div key={i} className="pg-block">
          <div className="pg-block-head"><span className="pg-time">{b.time}</span><b>{b.heading}</b></div>
          <textarea className="textarea" aria-label={`Lời dẫn: ${b.heading}`} data-testid={`script-block-${i + 1}`} value={b.text}
            rows={Math.min(18, b.text.split('\n').length + 1)}
            onChange={(e) => setBlocks(blocks.map((x, k) => (k === i ? { ...x, text: e.target.value } : x)))} />
        </div>
      ))}
    </div>
  );
}
