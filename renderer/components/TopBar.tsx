import React, { useEffect } from 'react';
import { Monitor, Server } from 'lucide-react';
import { transportKind } from '../api/client';
import { useApiQuery } from '../hooks/useApiQuery';

/** Connection: inside Electron (IPC, always there) or to the host over HTTP (checked every 20 s). */
function ConnectionIndicator() {
  const kind = transportKind();
  const info = useApiQuery('system.info', {});
  const { reload } = info;
  useEffect(() => {
    if (kind !== 'http') return;
    const t = window.setInterval(reload, 20000);
    return () => window.clearInterval(t);
  }, [kind, reload]);
  const down = !!info.error && info.error.code !== 'FORBIDDEN';
  const detail = info.data
    ? `Phiên bản ${info.data.version} · dữ liệu: ${info.data.dataDir}`
    : (info.error?.message ?? '');
  const label = kind === 'ipc' ? 'Trên máy này' : down ? 'Mất kết nối máy chủ' : 'Máy chủ';
  const Icon = kind === 'ipc' ? Monitor : Server;
  return (
    <span className="conn" title={detail} role="status" data-testid="connection">
      <span className={down ? 'conn-dot off' : 'conn-dot'} aria-hidden />
      <Icon size={14} aria-hidden />
      {label}
    </span>
  );
}

export function TopBar({ title, subtitle }: { title: string; subtitle?: string }) {
  return (
    <header className="topbar">
      <div className="topbar-title" title={title}>
        {title}
        {subtitle ? <span className="topbar-sub">{subtitle}</span> : null}
      </div>
      <ConnectionIndicator />
    </header>
  );
}
