/** "Chương trình": the programme, speech assignments, awards and the MC's script, one tab each (#/c/<id>/programme/<tab>). */
import React from 'react';
import { hrefConference } from '../../router';
import type { ConferenceRoute } from '../../router';
import { AgendaTab } from './AgendaTab';
import { SpeechesTab } from './SpeechesTab';
import { AwardsTab } from './AwardsTab';
import { ScriptTab } from './ScriptTab';
import './programme.css';

const TABS = [
  { key: '', label: 'Chương trình', Tab: AgendaTab },
  { key: 'speeches', label: 'Phân công tham luận', Tab: SpeechesTab },
  { key: 'awards', label: 'Khen thưởng', Tab: AwardsTab },
  { key: 'script', label: 'Kịch bản điều hành', Tab: ScriptTab },
] as const;

export function ProgrammePage({ conferenceId, route }: { conferenceId: string; route: ConferenceRoute }) {
  const current = TABS.find((t) => t.key === (route.rest[0] ?? '')) ?? TABS[0];
  return (
    <div className="page pg-page">
      <nav className="pg-tabs" aria-label="Các phần của chương trình">
        {TABS.map((t) => (
          <a
            key={t.key}
            className="pg-tab"
            href={t.key ? hrefConference(conferenceId, 'programme', t.key) : hrefConference(conferenceId, 'programme')}
            aria-current={t === current ? 'page' : undefined}
            data-testid={`pg-tab-${t.key || 'agenda'}`}
          >
            {t.label}
          </a>
        ))}
      </nav>
      <current.Tab conferenceId={conferenceId} />
    </div>
  );
}
