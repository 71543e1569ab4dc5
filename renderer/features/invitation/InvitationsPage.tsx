/** Giấy mời: the register (default tab) and the invitation form with its live preview. */
import React from 'react';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ErrorPanel } from '../../components/ErrorPanel';
import { hrefConference, type Route } from '../../router';
import { InvitationForm } from './InvitationForm';
import { RegisterView } from './RegisterView';
import './invitations.css';

type ConferenceRoute = Extract<Route, { name: 'conference' }>;

export function InvitationsPage({ conferenceId, route }: { conferenceId: string; route: ConferenceRoute }) {
  const tab = route.rest[0] === 'form' ? 'form' : 'register';
  const conf = useApiQuery('conference.get', { id: conferenceId });
  const settings = useApiQuery('invitation.settings.get', { conferenceId });
  const register = useApiQuery('invitation.register', tab === 'register' ? { conferenceId } : null);
  const delegates = useApiQuery('delegate.list', tab === 'form' ? { conferenceId } : null);
  const error = conf.error ?? settings.error ?? register.error ?? delegates.error;
  const year = Number((settings.data?.issueDate ?? conf.data?.startsAt ?? new Date().toISOString()).slice(0, 4));

  return (
    <div className="page inv-page">
      <nav className="inv-tabs" aria-label="Giấy mời">
        <a
          href={hrefConference(conferenceId, 'invitations')}
          className={tab === 'register' ? 'active' : ''}
          aria-current={tab === 'register' ? 'page' : undefined}
          data-testid="tab-register"
        >
          Sổ theo dõi
        </a>
        <a
          href={hrefConference(conferenceId, 'invitations', 'form')}
          className={tab === 'form' ? 'active' : ''}
          aria-current={tab === 'form' ? 'page' : undefined}
          data-testid="tab-form"
        >
          Mẫu giấy mời
        </a>
      </nav>
      {error ? <ErrorPanel error={error} /> : null}
      {tab === 'register' && register.data ? (
        <RegisterView conferenceId={conferenceId} register={register.data} />
      ) : null}
      {tab === 'form' && settings.data && delegates.data ? (
        <InvitationForm key={conferenceId} settings={settings.data} delegates={delegates.data.items} year={year} />
      ) : null}
      {(tab === 'register' ? !register.data : !settings.data || !delegates.data) && !error ? (
        <p className="loading">Đang tải…</p>
      ) : null}
    </div>
  );
}
