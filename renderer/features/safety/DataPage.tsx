import React from 'react';
import type { ConferenceRoute } from '../../router';
import { AuditCard } from './AuditCard';
import { BackupsCard } from './BackupsCard';
import { TransferCard } from './TransferCard';
import './data.css';

/** `#/c/<id>/data[/audit/<delegateId>]`: backups and restore, the .thuky file, the audit trail. */
export function DataPage({ conferenceId, route }: { conferenceId: string; route?: ConferenceRoute }) {
  const rest = (route as { rest?: string[] } | undefined)?.rest ?? [];
  const delegateId = rest[0] === 'audit' ? rest[1] : undefined;
  return (
    <div className="page dat-page">
      <div className="page-head">
        <div>
          <h1>Sao lưu &amp; dữ liệu</h1>
          <p>
            Không thao tác nào làm mất dữ liệu: mọi thay đổi lớn đều sao lưu trước, và có thể quay về bất kỳ bản nào.
          </p>
        </div>
      </div>
      <BackupsCard />
      <TransferCard conferenceId={conferenceId} />
      <AuditCard key={delegateId ?? ''} conferenceId={conferenceId} initialDelegateId={delegateId} />
    </div>
  );
}
