/**
 * Sổ theo dõi giấy mời: who was invited, when and how, who answered, who comes instead. Select by
 * section, status or by hand; download the invitations (DOCX, ZIP) or print them; then mark as sent.
 */
import React, { useMemo, useState } from 'react';
import { Download, FileArchive, Printer, Send } from 'lucide-react';
import type { Register, RegisterEntry } from '../../../shared/models/invitation';
import { REPLY_LABELS } from '../../../shared/models/invitation';
import { foldDiacritics } from '../../../shared/text/normalize';
import { call, downloadBase64 } from '../../api/client';
import type { InputOf } from '../../../shared/api/contract';
import { useToast } from '../../components/Toast';
import { hrefPrint } from '../../router';
import { savePrintSelection } from '../../lib/print-selection';
import { MarkSentDialog, ReplyDialog, type ReplyValue } from './RegisterDialogs';
import { RegisterCounts } from './RegisterCounts';
import { RegisterTable } from './RegisterTable';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function RegisterView({ conferenceId, register }: { conferenceId: string; register: Register }) {
  const toast = useToast();
  const [category, setCategory] = useState('');
  const [status, setStatus] = useState('');
  const [reply, setReply] = useState('');
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [markIds, setMarkIds] = useState<string[] | null>(null);
  const [replyFor, setReplyFor] = useState<RegisterEntry | null>(null);
  const [busy, setBusy] = useState(false);

  const shown = useMemo(() => {
    const q = foldDiacritics(text).toLowerCase().trim();
    return register.items.filter(
      (e) =>
        (!category || e.category === category) &&
        (!status || e.status === status) &&
        (!reply || e.reply === reply) &&
        (!q || foldDiacritics(`${e.fullName} ${e.position} ${e.unit}`).toLowerCase().includes(q)),
    );
  }, [register.items, category, status, reply, text]);
  const categories = useMemo(() => [...new Set(register.items.map((e) => e.category))], [register.items]);
  const chosen = register.items.filter((e) => selected.has(e.delegateId)).map((e) => e.delegateId);
  /** What the buttons act on: the ticked rows, else every row shown but the signer and the chair. */
  const target = chosen.length ? chosen : shown.filter((e) => !e.hostRole).map((e) => e.delegateId);
  const allShownTicked = shown.length > 0 && shown.every((e) => selected.has(e.delegateId));

  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const toggleShown = () => setSelected(allShownTicked ? new Set() : new Set(shown.map((e) => e.delegateId)));

  const download = async (layout: 'combined' | 'per-delegate') => {
    setBusy(true);
    try {
      const f = await call('document.invitations', { conferenceId, delegateIds: target, layout });
      downloadBase64(f.fileName, f.contentBase64, layout === 'combined' ? DOCX : 'application/zip');
      toast.success(`Đã tạo ${f.fileName}`);
    } catch (e) {
      toast.error(e instanceof Error ? e.message : 'Không tạo được giấy mời');
    } finally {
      setBusy(false);
    }
  };
  const downloadList = async (kind: 'invited' | 'confirmed') => {
    try {
      const f = await call('document.delegateList', { conferenceId, kind });
      downloadBase64(f.fileName, f.contentBase64, DOCX);
    } catch (e) {
      toast.error(e instanceof Error ? e.message : 'Không tạo được danh sách');
    }
  };
  const openPrint = (layout?: 'envelope') =>
    // The selection is saved, not put in the address (450 ids made the address too long: HTTP 431).
    window.open(
      hrefPrint('invitations', conferenceId, { sel: savePrintSelection(target), ...(layout ? { layout } : {}) }),
      '_blank',
    );
  const mark = async (sentAt: string, method: InputOf<'invitation.mark'>['method']) => {
    try {
      const r = await call('invitation.mark', { conferenceId, delegateIds: markIds!, status: 'sent', sentAt, method });
      toast.success(`Đã đánh dấu gửi ${r.updated} giấy mời`);
      setMarkIds(null);
    } catch (e) {
      toast.error(e instanceof Error ? e.message : 'Không đánh dấu được');
    }
  };
  const saveReply = async (v: ReplyValue) => {
    try {
      await call('invitation.reply', { delegateId: replyFor!.delegateId, ...v });
      toast.success('Đã ghi trả lời');
      setReplyFor(null);
    } catch (e) {
      toast.error(e instanceof Error ? e.message : 'Không ghi được trả lời');
    }
  };
  const batch = register.lastBatch;
  const batchUnsent = batch
    ? batch.delegateIds.filter((id) => register.items.find((e) => e.delegateId === id)?.status !== 'sent')
    : [];

  return (
    <div className="inv-register">
      <RegisterCounts
        register={register}
        actions={
          <span className="inv-list-btns">
            <button
              type="button"
              className="btn btn-sm"
              onClick={() => downloadList('invited')}
              title="Danh sách đại biểu (.docx), theo thành phần"
            >
              Danh sách đại biểu
            </button>
            <button
              type="button"
              className="btn btn-sm"
              onClick={() => downloadList('confirmed')}
              title="Danh sách xác nhận tham dự (.docx), người dự thay ghi thay chỗ"
            >
              DS xác nhận tham dự
            </button>
          </span>
        }
      />
      {batch && batchUnsent.length ? (
        <div className="panel panel-info inv-batch" data-testid="last-batch">
          Lần tạo giấy mời gần nhất ({new Date(batch.at).toLocaleString('vi-VN')}): {batch.delegateIds.length} đại biểu,{' '}
          {batchUnsent.length} chưa đánh dấu gửi.
          <button
            type="button"
            className="btn btn-sm btn-primary"
            data-testid="mark-batch"
            onClick={() => setMarkIds(batchUnsent)}
          >
            <Send size={14} /> Đánh dấu {batchUnsent.length} giấy mời vừa in là đã gửi
          </button>
        </div>
      ) : null}
      <div className="inv-toolbar" role="toolbar" aria-label="Lọc và thao tác">
        <input
          className="input inv-search"
          placeholder="Tìm tên, chức vụ, đơn vị (gõ không dấu được)"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label="Tìm"
        />
        <select
          className="select"
          value={category}
          onChange={(e) => setCategory(e.target.value)}
          aria-label="Thành phần"
          data-testid="filter-category"
        >
          <option value="">Mọi thành phần</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c || '(chưa phân)'}
            </option>
          ))}
        </select>
        <select
          className="select"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          aria-label="Tình trạng gửi"
          data-testid="filter-status"
        >
          <option value="">Đã gửi và chưa gửi</option>
          <option value="not_sent">Chưa gửi</option>
          <option value="sent">Đã gửi</option>
        </select>
        <select className="select" value={reply} onChange={(e) => setReply(e.target.value)} aria-label="Trả lời">
          <option value="">Mọi trả lời</option>
          {Object.entries(REPLY_LABELS).map(([k, l]) => (
            <option key={k} value={k}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <div className="inv-actions">
        <span className="inv-target" data-testid="target-count">
          {chosen.length ? `Đã chọn ${chosen.length}` : `Đang lọc ${shown.length}`} đại biểu
          {!chosen.length && target.length < shown.length ? ` · in ${target.length} (không gửi người ký, chủ trì)` : ''}
        </span>
        <span className="spacer" />
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || !target.length}
          onClick={() => download('combined')}
          data-testid="download-docx"
        >
          <Download size={16} /> Tải giấy mời (.docx)
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy || !target.length}
          onClick={() => download('per-delegate')}
          data-testid="download-zip"
        >
          <FileArchive size={16} /> Từng người (.zip)
        </button>
        <button
          type="button"
          className="btn"
          disabled={!target.length}
          onClick={() => openPrint()}
          data-testid="open-print"
        >
          <Printer size={16} /> In trực tiếp
        </button>
        <button
          type="button"
          className="btn"
          disabled={!target.length}
          onClick={() => openPrint('envelope')}
          title="In phong bì DL (220 × 110 mm) cho các đại biểu này"
        >
          Phong bì
        </button>
        <button
          type="button"
          className="btn"
          disabled={!target.length}
          onClick={() => setMarkIds(target)}
          data-testid="mark-sent"
        >
          <Send size={16} /> Đánh dấu đã gửi…
        </button>
      </div>
      <RegisterTable
        shown={shown}
        selected={selected}
        allShownTicked={allShownTicked}
        toggle={toggle}
        toggleShown={toggleShown}
        onReply={(e) => setReplyFor(e)}
      />
      <MarkSentDialog count={markIds ? markIds.length : null} onClose={() => setMarkIds(null)} onSubmit={mark} />
      <ReplyDialog entry={replyFor} onClose={() => setReplyFor(null)} onSubmit={saveReply} />
    </div>
  );
}
