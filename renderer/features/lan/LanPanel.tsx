/**
 * The switch that opens the hall's network to the check-in desks (lan.*), on the "Điểm danh" page.
 * Only addresses that answer are shown: none while it is off. `children` (the PIN, the desks) shows
 * only while it is on.
 */
import React, { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useToast } from '../../components/Toast';
import { hrefConference } from '../../router';
import './lan.css';

function DeskUrl({ url }: { url: string }) {
  const [qr, setQr] = useState('');
  // qrcode is loaded on demand (the print views load it the same way).
  useEffect(() => {
    import('qrcode')
      .then((m) => m.default.toDataURL(url, { margin: 1, width: 240 }))
      .then(setQr)
      .catch(() => setQr(''));
  }, [url]);
  return (
    <li className="lan-url">
      {qr ? <img src={qr} alt={`Mã QR: ${url}`} width={112} height={112} /> : <span className="lan-qr-ph" />}
      <span className="ck-url" data-testid="lan-url">
        {url}
      </span>
    </li>
  );
}

export function LanPanel({ conferenceId, children }: { conferenceId: string; children?: React.ReactNode }) {
  const status = useApiQuery('lan.status', {});
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const s = status.data;
  const on = !!s?.running;

  const toggle = async () => {
    setBusy(true);
    try {
      const next = on ? await call('lan.stop', {}) : await call('lan.start', {});
      toast.success(
        next.running ? `Đã mở mạng LAN (cổng ${next.port})` : 'Đã đóng mạng LAN: các bàn điểm danh mất kết nối',
      );
    } catch (e) {
      toast.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      status.reload();
    }
  };

  const deskRoute = hrefConference(conferenceId, 'checkin', 'desk');
  return (
    <section className="card card-pad ck-pairing" data-testid="lan-panel">
      <h2>Bàn điểm danh khác trong hội trường</h2>
      <label className="lan-switch">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          disabled={busy || !s}
          onChange={toggle}
          data-testid="lan-switch"
        />
        <span className="lan-track" aria-hidden="true" />
        <span>Cho phép các bàn điểm danh kết nối (mạng LAN)</span>
      </label>
      {!s ? null : !on ? (
        <div className="lan-off" data-testid="lan-off">
          Mạng LAN đang tắt: các bàn điểm danh khác <b>chưa kết nối được</b> với máy này. Bật công tắc trên để mở.
        </div>
      ) : (
        <div className="stack" data-testid="lan-on">
          {s.urls.length ? (
            <>
              <div className="ck-muted">
                Trên máy bàn (cùng mạng với máy này), mở trình duyệt tới một trong các địa chỉ, hoặc quét mã QR:
              </div>
              <ul className="lan-urls">
                {s.urls.map((u) => (
                  <DeskUrl key={u} url={`${u}${deskRoute}`} />
                ))}
              </ul>
            </>
          ) : (
            <div className="lan-off">
              Đã mở cổng {s.port}, nhưng máy này chưa nối mạng nào: cắm cáp mạng hoặc nối Wi-Fi của hội trường.
            </div>
          )}
          {children}
          <div className="lan-note">
            <b>Để dừng:</b> tắt công tắc trên; các bàn báo «mất kết nối», lượt điểm danh đã ghi không mất.
          </div>
        </div>
      )}
      <div className="lan-note">
        Lần đầu bật trên Windows, Tường lửa Windows Defender sẽ hỏi có cho ThuKy nhận kết nối không: đánh dấu «Mạng
        riêng» và chọn «Cho phép truy cập». Nếu đã lỡ chọn từ chối, mở Tường lửa Windows Defender → Cho phép ứng dụng.
      </div>
    </section>
  );
}
