/** A desk on another machine pairs with the host's 6-digit PIN and a desk name; the token is kept. */
import React, { useState } from 'react';
import { ApiError, call } from '../../api/client';

export const DESK_NAME_KEY = 'thuky.deskName';

export function PairForm({ conferenceId, message }: { conferenceId: string; message?: string }) {
  const [pin, setPin] = useState('');
  const [name, setName] = useState(localStorage.getItem(DESK_NAME_KEY) ?? 'Bàn 1');
  const [error, setError] = useState(message ?? '');
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const r = await call('station.pair', { pin, name, conferenceId });
      localStorage.setItem('thuky.token', r.token);
      localStorage.setItem(DESK_NAME_KEY, r.name);
      // Reload so the event stream opens with the new token.
      window.location.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <div className="ck-pair">
      <form className="ck-pair-card" onSubmit={submit}>
        <h1>Ghép bàn điểm danh</h1>
        <p>
          Nhập mã PIN 6 số đang hiện trên máy chủ (mục <b>Điểm danh</b>) và đặt tên cho bàn này.
        </p>
        <label className="ck-pair-label">
          Mã PIN
          <input
            className="ck-pair-pin"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={pin}
            autoFocus
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
            data-testid="pair-pin"
          />
        </label>
        <label className="ck-pair-label">
          Tên bàn
          <input
            className="input"
            value={name}
            maxLength={40}
            onChange={(e) => setName(e.target.value)}
            data-testid="pair-name"
          />
        </label>
        {error ? (
          <div className="ck-pair-error" role="alert" data-testid="pair-error">
            {error}
          </div>
        ) : null}
        <button
          className="btn btn-primary ck-pair-btn"
          disabled={busy || pin.length !== 6 || !name.trim()}
          data-testid="pair-submit"
        >
          {busy ? 'Đang ghép…' : 'Ghép bàn'}
        </button>
      </form>
    </div>
  );
}
