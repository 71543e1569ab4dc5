/** The "Điểm danh" section: the admin page in the shell; the desk and the board full screen. */
import React from 'react';
import type { ConferenceRoute } from '../../router';
import { CheckinPage } from './CheckinPage';
import { DeskPage } from './DeskPage';
import { BoardPage } from './BoardPage';

export const CheckinSection = ({ conferenceId }: { conferenceId: string }) => (
  <CheckinPage conferenceId={conferenceId} />
);

/** #/c/<id>/checkin/desk and …/board render without the shell (a desk on another machine has no admin token). */
export function checkinFullScreen(route: ConferenceRoute): React.ReactNode | null {
  if (route.rest[0] === 'desk') return <DeskPage conferenceId={route.conferenceId} />;
  if (route.rest[0] === 'board') return <BoardPage conferenceId={route.conferenceId} />;
  return null;
}
