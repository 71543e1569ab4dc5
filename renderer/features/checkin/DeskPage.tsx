/**
 * The check-in desk, full screen (#/c/<id>/checkin/desk): one always-focused box. Type any part of
 * a name, unit or position without diacritics; Enter checks in only an unambiguous match (one
 * result, or one whose full name is exactly what was typed) — with several, the desk shows how many
 * and asks to pick with the arrows or a click; a scanner (the badge code + Enter) checks in directly. Feedback in big type: green,
 * amber for a repeat ("đã điểm danh lúc 07:42 tại Bàn 2"), red for an unknown code.
 */
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Delegate } from '../../../shared/models/delegate';
import { foldDiacritics } from '../../../shared/text/normalize';
import { call, getToken, transportKind } from '../../api/client';
import { useDeskCounts } from './useDeskCounts';
import { hrefConference, hrefPrint } from '../../router';
import { PairForm, DESK_NAME_KEY } from './PairForm';
import { FixDialog, SubstituteDialog, WalkInDialog } from './desk-dialogs';
import { hhmm, isBadgeCode, personName } from './desk-format';
import { DeskHeader, DeskQueue, FeedbackCard, ResultList } from './desk-panels';
import { setSoundOn, soundOn, warmUpSound } from './desk-sound';
import { useDesk } from './useDesk';
import './checkin.css';

export function DeskPage({ conferenceId }: { conferenceId: string }) {
  if (transportKind() === 'http' && !getToken()) return <PairForm conferenceId={conferenceId} />;
  return <Desk conferenceId={conferenceId} />;
}

function Desk({ conferenceId }: { conferenceId: string }) {
  const desk = useDesk(conferenceId);
  const counts = useDeskCounts(conferenceId);
  const [text, setText] = useState('');
  const [results, setResults] = useState<Delegate[]>([]);
  const [resultsFor, setResultsFor] = useState('');
  /** -1 = nothing picked yet (several matches); Enter then asks instead of guessing. */
  const [sel, setSel] = useState(-1);
  const [dialog, setDialog] = useState<'walkIn' | 'substitute' | 'fix' | null>(null);
  const [sound, setSound] = useState(soundOn());
  const box = useRef<HTMLInputElement>(null);
  const seq = useRef(0);

  useEffect(() => {
    const t = setTimeout(warmUpSound, 300);
    return () => clearTimeout(t);
  }, []);
  // The box keeps the focus (a scanner types into whatever has it), except while a form is open.
  useEffect(() => {
    if (dialog) return;
    const t = setInterval(() => {
      if (document.activeElement !== box.current) box.current?.focus();
    }, 300);
    box.current?.focus();
    return () => clearInterval(t);
  }, [dialog]);

  const LIMIT = 20;
  const find = async (query: string): Promise<Delegate[]> => {
    if (!desk.online) return desk.searchLocal(query, LIMIT);
    try {
      return (await call('delegate.search', { conferenceId, query, limit: LIMIT })).items;
    } catch {
      return desk.searchLocal(query, LIMIT);
    }
  };
  const showResults = (query: string, items: Delegate[]) => {
    setResults(items);
    setResultsFor(query);
    setSel(items.length === 1 ? 0 : -1);
  };

  useEffect(() => {
    const query = text.trim();
    const mine = ++seq.current;
    if (!query || isBadgeCode(query)) {
      setResults([]);
      setResultsFor('');
      return;
    }
    find(query).then((items) => {
      if (mine === seq.current) showResults(query, items);
    });
  }, [text, conferenceId, desk.online, desk.searchLocal]); // eslint-disable-line react-hooks/exhaustive-deps

  const admit = async (target: { code: string } | { delegateId: string }) => {
    setText('');
    setResults([]);
    setResultsFor('');
    await desk.mark(target);
    counts.reload();
  };

  const submit = async () => {
    const query = text.trim();
    if (!query) return;
    if (isBadgeCode(query)) return admit({ code: query });
    // Enter may come before the answer to the last keystroke: ask for this exact text then.
    const list = resultsFor === query ? results : await find(query);
    if (resultsFor !== query) showResults(query, list);
    const exact = list.filter((d) => d.fullName && foldDiacritics(d.fullName) === foldDiacritics(query));
    const picked = resultsFor === query && sel >= 0 ? list[sel] : undefined;
    const target = picked ?? (list.length === 1 ? list[0] : exact.length === 1 ? exact[0] : undefined);
    const now = hhmm(new Date().toISOString());
    if (!list.length) {
      desk.setFeedback({
        tone: 'error',
        title: 'Không tìm thấy',
        detail: `Không có ai khớp "${query}" — thêm khách bằng nút "Khách ngoài danh sách"`,
        at: now,
      });
    } else if (!target) {
      const n = list.length >= LIMIT ? `Hơn ${LIMIT - 1}` : String(list.length);
      desk.setFeedback({
        tone: 'choose',
        title: `${n} người khớp "${query}"`,
        detail:
          'Chưa điểm danh ai. Chọn đúng người bằng phím ↓ ↑ rồi nhấn Enter, hoặc bấm vào tên; gõ thêm chữ để thu hẹp.',
        at: now,
      });
    } else await admit({ delegateId: target.id });
  };

  // Printing is not checking in: open the badge print view and log the print (checkin.logPrint).
  const printBadge = useCallback(
    (d: Delegate) => {
      window.open(hrefPrint('badges', conferenceId, { ids: d.id }), '_blank');
      call('checkin.logPrint', { conferenceId, delegateId: d.id, what: 'badge' }).catch(() => {});
    },
    [conferenceId],
  );

  const openFix = useCallback(() => setDialog('fix'), []);
  // The walk-in's choice of section: the conference's own sections, in list order ("khách không mời" never).
  const sections = useMemo(
    () => [...new Set([...desk.delegates.values()].map((d) => d.category).filter((c) => c && !/không mời/i.test(c)))],
    [desk.delegates],
  );

  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      submit();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      setSel((s) => Math.min(s + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setSel((s) => Math.max(s - 1, 0));
    } else if (e.key === 'Escape') {
      setText('');
      setResults([]);
    } else if (e.key === 'z' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      desk.undoLast();
    }
  };

  if (desk.unauthorized)
    return (
      <PairForm
        conferenceId={conferenceId}
        message="Bàn này chưa được ghép hoặc đã bị thu hồi: nhập PIN mới để ghép lại."
      />
    );
  const fb = desk.feedback;
  const name = localStorage.getItem(DESK_NAME_KEY) ?? (transportKind() === 'ipc' ? 'Máy chủ' : 'Máy chủ');
  return (
    <div className="ck-desk" data-testid="desk">
      <DeskHeader
        name={name}
        title={counts.title}
        stats={counts.stats}
        online={desk.online}
        pending={desk.pending.length}
      />

      <div className="ck-desk-body">
        <section className="ck-desk-left">
          <input
            ref={box}
            className="ck-box"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKey}
            placeholder="Gõ tên, đơn vị (không dấu) hoặc quét thẻ…"
            aria-label="Tìm đại biểu hoặc quét thẻ"
            autoComplete="off"
            spellCheck={false}
            data-testid="desk-box"
          />
          <ResultList
            results={results}
            sel={sel}
            inside={desk.inside}
            onPick={(d, i) => {
              setSel(i);
              void admit({ delegateId: d.id });
            }}
          />
          <div className="ck-actions">
            <button className="btn" onClick={desk.undoLast} disabled={!desk.last} data-testid="desk-undo">
              Hủy lượt vừa rồi (Ctrl+Z)
            </button>
            <button
              className="btn"
              onClick={() => setDialog('substitute')}
              disabled={!results[sel]}
              data-testid="desk-substitute"
            >
              Người dự thay…
            </button>
            <button className="btn" onClick={() => setDialog('walkIn')} data-testid="desk-walkin">
              Khách ngoài danh sách…
            </button>
            <label className="ck-sound">
              <input
                type="checkbox"
                checked={sound}
                onChange={(e) => {
                  setSoundOn(e.target.checked);
                  setSound(e.target.checked);
                }}
              />{' '}
              Âm báo
            </label>
            {getToken() && transportKind() === 'http' && localStorage.getItem(DESK_NAME_KEY) ? null : (
              <a className="btn btn-ghost" href={hrefConference(conferenceId, 'checkin')}>
                Thoát
              </a>
            )}
          </div>
        </section>

        <section className="ck-desk-right">
          <FeedbackCard fb={fb} onPrint={printBadge} onFix={openFix} />
          <DeskQueue conflicts={desk.conflicts} pending={desk.pending} />
        </section>
      </div>

      <WalkInDialog
        conferenceId={conferenceId}
        open={dialog === 'walkIn'}
        sections={sections}
        onClose={() => setDialog(null)}
        onDone={(r) => {
          setDialog(null);
          desk.show(r, 'Đã thêm khách và điểm danh');
          desk.setLast(r);
        }}
      />
      <SubstituteDialog
        conferenceId={conferenceId}
        delegate={dialog === 'substitute' ? (results[sel] ?? null) : null}
        onClose={() => setDialog(null)}
        onDone={(r, person) => {
          setDialog(null);
          setText('');
          desk.show(r, 'Người dự thay đã vào');
          // The card names who stands at the door, and whom they replace.
          desk.setFeedback(
            (f) =>
              f && {
                ...f,
                title: `${personName(person)} — dự thay đồng chí ${personName(r.delegate)}`,
                detail: [
                  'Người dự thay đã vào',
                  [person.position, person.unit].filter(Boolean).join(', '),
                  r.delegate.category,
                ]
                  .filter(Boolean)
                  .join(' · '),
              },
          );
          if (r.status === 'checked_in') desk.setLast(r);
        }}
      />
      <FixDialog
        delegate={dialog === 'fix' ? (fb?.delegate ?? null) : null}
        onClose={() => setDialog(null)}
        onDone={(d) => {
          setDialog(null);
          if (fb)
            desk.setFeedback({
              ...fb,
              title: personName(d),
              delegate: d,
              detail: `Đã sửa · ${[d.position, d.unit].filter(Boolean).join(', ')}`,
            });
        }}
      />
    </div>
  );
}
