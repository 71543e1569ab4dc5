/** "Kết luận": paste the thông báo kết luận → items and tasks; edit, save (the tasks join the task views), download the DOCX. */
import React, { useEffect, useState } from 'react';
import { ClipboardPaste, FileDown, Plus, Save } from 'lucide-react';
import { call } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ErrorPanel } from '../../components/ErrorPanel';
import { hrefConference } from '../../router';
import { NoticeFields, type ConclusionNotice, type Task } from '../../../shared/models/task';
import { fromRows, toRows } from '../task/ExtractPanel';
import { useRun } from '../../hooks/useRun';
import { ItemsEditor, NoticeForm, type ItemState } from './ConclusionItems';
import '../task/task.css';

let seq = 0;
const draftOf = (t: Task) => ({
  agency: t.agency,
  coordinating: t.coordinating,
  content: t.content,
  due: t.due,
  dueText: t.dueText,
  dueDate: t.dueDate,
  overseer: t.overseer,
});
const fromSaved = (c: ConclusionNotice): ItemState[] =>
  c.items.map((it) => ({
    key: ++seq,
    title: it.title,
    presenter: it.presenter,
    text: it.text,
    tasks: toRows(it.tasks.map(draftOf)),
  }));

export function ConclusionPage({ conferenceId }: { conferenceId: string }) {
  const q = useApiQuery('conclusion.get', { conferenceId });
  const days = useApiQuery('task.list', { conferenceId });
  const { run, download } = useRun();
  const [items, setItems] = useState<ItemState[] | null>(null);
  const [notice, setNotice] = useState<NoticeFields>(NoticeFields.parse({}));
  const [text, setText] = useState('');
  const [dirty, setDirty] = useState(false);
  const [pasteOpen, setPasteOpen] = useState<boolean | null>(null);
  useEffect(() => {
    if (q.data && (items === null || !dirty)) {
      setItems(fromSaved(q.data));
      const { savedAt: _s, ...n } = q.data.notice;
      setNotice(n);
    }
  }, [q.data]); // eslint-disable-line react-hooks/exhaustive-deps
  if (q.error && !q.data) return <ErrorPanel error={q.error} />;
  const change = (next: ItemState[]) => {
    setItems(next);
    setDirty(true);
  };
  const read = async () => {
    const r = await run(() => call('conclusion.extract', { conferenceId, text }));
    if (!r) return;
    change(
      r.items.map((it) => ({
        key: ++seq,
        title: it.title,
        presenter: it.presenter,
        text: it.text,
        tasks: toRows(it.tasks),
      })),
    );
    // The notice's own opening, Nơi nhận and signer fill what is still blank.
    setNotice({
      ...notice,
      opening: notice.opening || r.opening,
      recipients: notice.recipients.some((x) => x.trim()) ? notice.recipients : r.recipients,
      ...(notice.signerAuthority || notice.signerTitle || notice.signerName
        ? {}
        : { signerAuthority: r.signerAuthority, signerTitle: r.signerTitle, signerName: r.signerName }),
    });
    setText('');
    setPasteOpen(false);
  };
  const save = async () => {
    const body = (items ?? [])
      .filter((it) => it.title.trim())
      .map((it) => ({ title: it.title, presenter: it.presenter, text: it.text, tasks: fromRows(it.tasks) }));
    const r = await run(
      () =>
        call('conclusion.save', {
          conferenceId,
          notice: { ...notice, recipients: notice.recipients.map((x) => x.trim()).filter(Boolean) },
          items: body,
        }),
      'Đã lưu thông báo kết luận; nhiệm vụ đã vào danh sách theo dõi',
    );
    if (r) setDirty(false);
    return r;
  };
  const docx = async () => {
    if (!dirty || (await save())) await download(() => call('document.conclusions', { conferenceId }));
  };
  const pasteIsOpen = pasteOpen ?? (!!q.data && !q.data.items.length);
  const taskCount = (items ?? []).reduce((n, it) => n + it.tasks.filter((t) => t.keep).length, 0);
  return (
    <div className="page cl-page stack">
      <div className="page-head">
        <h1>Thông báo kết luận</h1>
        <div className="actions">
          <a className="btn" href={hrefConference(conferenceId, 'tasks')}>
            Theo dõi nhiệm vụ
          </a>
          <button
            type="button"
            className="btn"
            onClick={() => download(() => call('document.conclusionFollowUp', { conferenceId }))}
            disabled={!q.data?.items.length}
            data-testid="cl-followup"
          >
            <FileDown size={16} aria-hidden />
            Báo cáo thực hiện (.docx)
          </button>
          <button type="button" className="btn" onClick={save} disabled={!items} data-testid="cl-save">
            <Save size={16} aria-hidden />
            Lưu{dirty ? ' *' : ''}
          </button>
          <button type="button" className="btn btn-primary" onClick={docx} data-testid="cl-docx">
            <FileDown size={16} aria-hidden />
            Thông báo (.docx)
          </button>
        </div>
      </div>
      <details className="card card-pad" open={pasteIsOpen}>
        <summary
          onClick={(e) => {
            e.preventDefault();
            setPasteOpen(!pasteIsOpen);
          }}
        >
          <b>Dán thông báo kết luận</b>{' '}
          <span className="muted small">— đọc các nội dung, cơ quan trình, nhiệm vụ giao và thời hạn</span>
        </summary>
        <div className="stack" style={{ marginTop: 8 }}>
          <textarea
            className="textarea tk-paste"
            aria-label="Văn bản thông báo kết luận"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={
              'Ngày 05/8/2025, UBND tỉnh tổ chức …\n1. Về việc … (Sở Tài chính trình)\nGiao Sở Tài chính chủ trì, …'
            }
            data-testid="cl-paste"
          />
          <div className="actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={!text.trim()}
              onClick={read}
              data-testid="cl-extract"
            >
              <ClipboardPaste size={16} aria-hidden />
              Đọc thông báo
            </button>
            {dirty && items ? (
              <span className="small muted" data-testid="cl-found">
                {items.length} nội dung, {taskCount} nhiệm vụ — kiểm tra rồi bấm “Lưu”
              </span>
            ) : null}
          </div>
        </div>
      </details>
      <NoticeForm
        n={notice}
        set={(p) => {
          setNotice({ ...notice, ...p });
          setDirty(true);
        }}
      />
      {items ? (
        <ItemsEditor items={items} onChange={change} conferenceDate={days.data?.conferenceDate ?? null} />
      ) : null}
      <div>
        <button
          type="button"
          className="btn"
          onClick={() => change([...(items ?? []), { key: ++seq, title: '', presenter: '', text: '', tasks: [] }])}
        >
          <Plus size={16} aria-hidden />
          Thêm nội dung
        </button>
      </div>
    </div>
  );
}
