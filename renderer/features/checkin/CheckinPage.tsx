/**
 * "Điểm danh" in the sidebar: the counts, the LAN switch with the desks' addresses (QR), the pairing
 * PIN and the list of desks (revoke), the latest check-ins (undo), and the reports.
 */
import React, { useEffect, useMemo, useState } from 'react';
import { call, downloadBase64 } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useToast } from '../../components/Toast';
import { ErrorPanel } from '../../components/ErrorPanel';
import { hrefConference } from '../../router';
import { LanPanel } from '../lan/LanPanel';
import { hhmm, personName, stationLabel } from './desk-format';
import './checkin.css';

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The PIN and the paired desks: shown inside the LAN panel while the hall's network is open. */
function PairingPanel() {
  const [tick, setTick] = useState(0);
  // The PIN changes after each pairing (on another machine) and wrong guesses arrive at any time:
  // ask again every few seconds. Reading the PIN changes nothing and is not an attempt.
  useEffect(() => {
    const t = setInterval(() => setTick((x) => x + 1), 4000);
    return () => clearInterval(t);
  }, []);
  const pin = useApiQuery('station.pairingPin', {}, [tick]);
  const stations = useApiQuery('station.list', {});
  const toast = useToast();
  const revoke = async (id: string, name: string) => {
    await call('station.revoke', { id });
    toast.success(`Đã thu hồi ${name}`);
    stations.reload();
  };
  const renew = async () => {
    try {
      await call('station.renewPin', {});
      toast.success('Đã đổi mã PIN: mã cũ không dùng được nữa');
      pin.reload();
    } catch (e) {
      toast.error(e instanceof Error ? e.message : String(e));
    }
  };
  const attempts = pin.data?.attempts;
  return (
    <>
      <div>
        <div className="ck-muted">rồi nhập mã PIN:</div>
        <div className="ck-pin" data-testid="pairing-pin">
          {pin.data?.pin ?? '······'}
        </div>
        <div className="ck-muted">Mỗi mã ghép được một bàn, ghép xong mã tự đổi.</div>
        <button className="btn btn-sm" onClick={renew} data-testid="renew-pin">
          Đổi mã PIN
        </button>
      </div>
      <PinAttempts attempts={attempts} />
      <h3>Các bàn đã ghép</h3>
      <table className="ck-table" data-testid="stations">
        <tbody>
          {stations.data?.items.map((s) => (
            <tr key={s.id} className={s.revoked ? 'ck-revoked' : ''}>
              <td>
                <b>{s.name}</b>
              </td>
              <td className="ck-muted">
                {s.revoked ? 'đã thu hồi' : s.lastSeenAt ? `hoạt động ${hhmm(s.lastSeenAt)}` : ''}
              </td>
              <td>
                {s.revoked ? null : (
                  <button className="btn btn-sm" onClick={() => revoke(s.id, s.name)}>
                    Thu hồi
                  </button>
                )}
              </td>
            </tr>
          ))}
          {stations.data && !stations.data.items.length ? (
            <tr>
              <td className="ck-muted">Chưa có bàn nào.</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </>
  );
}

type Attempts = NonNullable<ReturnType<typeof useApiQuery<'station.pairingPin'>>['data']>['attempts'];

/** Wrong PINs typed on other machines, as they happen (the list is read with the PIN). */
function PinAttempts({ attempts }: { attempts: Attempts | undefined }) {
  if (!attempts?.failed)
    return (
      <div className="ck-muted" data-testid="pin-attempts">
        Chưa có lần nhập sai mã PIN nào.
      </div>
    );
  return (
    <div
      className={attempts.heldUntil ? 'ck-attempts ck-attempts-held' : 'ck-attempts'}
      role="status"
      data-testid="pin-attempts"
    >
      <b>{attempts.failed} lần nhập sai mã PIN</b>
      {attempts.heldUntil ? (
        <span>
          {' '}
          — tạm dừng nhận mã sai đến {hhmm(attempts.heldUntil)}; nếu không phải bàn của mình, hãy bấm “Đổi mã PIN”.
        </span>
      ) : null}
      <ul>
        {attempts.recent.slice(0, 5).map((a, k) => (
          <li key={k}>
            {hhmm(a.at)} · máy {a.address}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CheckinPage({ conferenceId }: { conferenceId: string }) {
  const stats = useApiQuery('checkin.stats', { conferenceId });
  const list = useApiQuery('checkin.list', { conferenceId });
  const delegates = useApiQuery('delegate.list', { conferenceId });
  const toast = useToast();
  const byId = useMemo(() => new Map(delegates.data?.items.map((d) => [d.id, d]) ?? []), [delegates.data]);
  const s = stats.data;

  const [mcMax, setMcMax] = useState(30);
  const download = async (kind: 'xlsx' | 'docx' | 'headcount' | 'mc') => {
    try {
      const f =
        kind === 'headcount'
          ? await call('checkin.reportHeadCount', { conferenceId })
          : kind === 'mc'
            ? await call('checkin.reportPresentDignitaries', { conferenceId, maxPrecedence: mcMax })
            : await call('checkin.reportAttendance', { conferenceId, format: kind });
      downloadBase64(f.fileName, f.contentBase64, f.fileName.endsWith('.xlsx') ? MIME.xlsx : MIME.docx);
    } catch (e) {
      toast.error(e instanceof Error ? e.message : String(e));
    }
  };
  const undo = async (delegateId: string) => {
    try {
      await call('checkin.undo', { conferenceId, delegateId });
      toast.success('Đã hủy lượt điểm danh');
    } catch (e) {
      toast.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="page stack" data-testid="checkin-page">
      <div className="page-head">
        <div>
          <h1>Điểm danh</h1>
          <p>Quân số tính trực tiếp từ dữ liệu trên máy chủ; mọi bàn thấy cùng một con số.</p>
        </div>
        <div className="ck-head-actions">
          <a className="btn btn-primary" href={hrefConference(conferenceId, 'checkin', 'desk')} data-testid="open-desk">
            Mở bàn điểm danh
          </a>
          <a className="btn" href={hrefConference(conferenceId, 'checkin', 'board')} data-testid="open-board">
            Bảng theo dõi
          </a>
        </div>
      </div>
      {stats.error ? <ErrorPanel error={stats.error} /> : null}
      <div className="ck-cards">
        <div className="card card-pad">
          <span>Mời</span>
          <b>{s?.invited ?? '–'}</b>
        </div>
        <div className="card card-pad ck-c-present">
          <span>Có mặt</span>
          <b data-testid="admin-present">{s?.present ?? '–'}</b>
        </div>
        <div className="card card-pad ck-c-absent">
          <span>Vắng</span>
          <b>{s?.absent ?? '–'}</b>
        </div>
        <div className="card card-pad">
          <span>Dự thay</span>
          <b>{s?.substitutes ?? '–'}</b>
        </div>
        <div className="card card-pad">
          <span>Khách ngoài danh sách</span>
          <b>{s?.walkIns ?? '–'}</b>
        </div>
      </div>
      <div className="ck-admin-grid">
        <section className="card card-pad">
          <div className="ck-row-between">
            <h2>Vừa điểm danh</h2>
            <div className="ck-head-actions">
              <button className="btn btn-sm" onClick={() => download('headcount')} data-testid="report-headcount">
                Báo cáo quân số (DOCX)
              </button>
              <button className="btn btn-sm" onClick={() => download('docx')} data-testid="report-docx">
                Danh sách (DOCX)
              </button>
              <button className="btn btn-sm" onClick={() => download('xlsx')} data-testid="report-xlsx">
                Danh sách (XLSX)
              </button>
            </div>
          </div>
          <div className="ck-mc-row">
            <span>Đại biểu có mặt cho người dẫn chương trình, thứ tự lễ tân ≤</span>
            <input
              type="number"
              className="input ck-mc-n"
              min={1}
              max={1000}
              value={mcMax}
              aria-label="Thứ tự lễ tân tối đa"
              onChange={(e) => setMcMax(Math.max(1, Math.min(1000, Number(e.target.value) || 1)))}
              data-testid="report-mc-max"
            />
            <button className="btn btn-sm" onClick={() => download('mc')} data-testid="report-mc">
              Danh sách đại biểu có mặt (DOCX)
            </button>
          </div>
          <table className="ck-table">
            <tbody>
              {list.data?.items.slice(0, 14).map((c) => {
                const d = byId.get(c.delegateId);
                return (
                  <tr key={c.delegateId}>
                    <td className="ck-time">{hhmm(c.checkedInAt)}</td>
                    <td>
                      <b>{d ? personName(d) : '…'}</b> <span className="ck-muted">{d?.position}</span>
                      {c.kind !== 'invited' ? (
                        <span className="ck-tag">{c.kind === 'walk_in' ? 'khách ngoài DS' : 'dự thay'}</span>
                      ) : null}
                    </td>
                    <td className="ck-muted">{stationLabel(c.station)}</td>
                    <td>
                      <button className="btn btn-sm btn-ghost" onClick={() => undo(c.delegateId)}>
                        Hủy
                      </button>
                    </td>
                  </tr>
                );
              })}
              {list.data && !list.data.items.length ? (
                <tr>
                  <td className="ck-muted">Chưa có ai điểm danh.</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </section>
        <LanPanel conferenceId={conferenceId}>
          <PairingPanel />
        </LanPanel>
      </div>
    </div>
  );
}
