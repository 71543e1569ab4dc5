/**
 * "Tổng quan": the conference's readiness on one page — days to go, tasks done and overdue,
 * invitations sent and replies, seats assigned, speeches received, awards ready — each card a link to
 * its page. Read through the other areas' existing procedures (no numbers of its own).
 */
import React from 'react';
import { useApiQuery } from '../../hooks/useApiQuery';
import { hrefConference } from '../../router';
import { dmy } from './DueEditor';
import './task.css';

function Card(props: {
  href: string;
  title: string;
  big: string;
  sub?: React.ReactNode;
  tone?: 'bad' | 'good';
  testId: string;
}) {
  return (
    <a className={`ov-card${props.tone ? ` ov-${props.tone}` : ''}`} href={props.href} data-testid={props.testId}>
      <h2>{props.title}</h2>
      <div className="ov-big">{props.big}</div>
      {props.sub ? <div className="ov-sub">{props.sub}</div> : null}
    </a>
  );
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function OverviewPage({ conferenceId }: { conferenceId: string }) {
  const conf = useApiQuery('conference.get', { id: conferenceId }).data;
  const tasks = useApiQuery('task.list', { conferenceId }).data;
  const reg = useApiQuery('invitation.register', { conferenceId }).data;
  const seats = useApiQuery('seating.list', { conferenceId }).data;
  const speeches = useApiQuery('speech.list', { conferenceId }).data;
  const awards = useApiQuery('award.list', { conferenceId }).data;
  const href = (s: string, ...rest: string[]) => hrefConference(conferenceId, s, ...rest);

  const day = tasks?.conferenceDate ?? conf?.startsAt?.slice(0, 10) ?? null;
  const today = tasks?.today ?? null;
  const left = day && today ? daysBetween(today, day) : null;
  const t = tasks?.items ?? [];
  const tDone = t.filter((x) => x.status === 'done').length;
  const tLate = t.filter((x) => x.overdue).length;
  const tSoon = t.filter((x) => x.dueSoon).length;
  const inv = reg?.items ?? [];
  const sent = inv.filter((x) => x.status === 'sent').length;
  const replied = inv.filter((x) => x.reply !== 'none').length;
  const attending = inv.filter((x) => x.reply === 'attending' || x.reply === 'substitute').length;
  const seated = seats?.items.length ?? 0;
  const delegates = conf?.delegateCount ?? 0;
  const sp = speeches?.items ?? [];
  const spIn = sp.filter((x) => x.status !== 'pending').length;
  const spLate = sp.filter((x) => x.overdue).length;
  const dec = awards?.decisions ?? [];
  const recipients = dec.reduce((n, d) => n + d.recipients.length, 0);
  const planned = dec.reduce((n, d) => n + d.plannedCollectives + d.plannedIndividuals, 0);
  const batches = awards?.batches.length ?? 0;

  return (
    <div className="page ov-page">
      <div className="page-head">
        <h1>Tổng quan công tác chuẩn bị</h1>
      </div>
      {conf ? <p className="muted">{conf.title}</p> : null}
      <div className="ov-grid">
        <Card
          testId="ov-days"
          href={href('info')}
          title="Ngày hội nghị"
          big={
            left === null
              ? 'Chưa có ngày'
              : left > 0
                ? `Còn ${left} ngày`
                : left === 0
                  ? 'Hôm nay'
                  : `Đã qua ${-left} ngày`
          }
          sub={day ? `Ngày ${dmy(day)}${conf?.venue ? ` · ${conf.venue}` : ''}` : 'Nhập ngày giờ ở Thông tin hội nghị'}
        />
        <Card
          testId="ov-tasks"
          href={href('tasks')}
          title="Nhiệm vụ"
          tone={tLate ? 'bad' : t.length && tDone === t.length ? 'good' : undefined}
          big={`${tDone}/${t.length} xong`}
          sub={
            <>
              {tLate ? (
                <span className="tk-late" data-testid="ov-tasks-late">
                  {tLate} quá hạn
                </span>
              ) : (
                'Không có việc quá hạn'
              )}
              {tSoon ? <span className="tk-soon-text"> · {tSoon} đến hạn trong 7 ngày</span> : null}
            </>
          }
        />
        <Card
          testId="ov-invitations"
          href={href('invitations')}
          title="Giấy mời"
          tone={reg?.late ? 'bad' : undefined}
          big={`${sent}/${inv.length} đã gửi`}
          sub={
            <>
              {replied} trả lời · {attending} tham dự
              {reg?.late ? <span className="tk-late"> · {reg.late} gửi trễ hạn</span> : null}
              {reg?.dueBy ? ` · hạn gửi ${dmy(reg.dueBy)}` : ''}
            </>
          }
        />
        <Card
          testId="ov-seating"
          href={href('seating')}
          title="Chỗ ngồi"
          tone={delegates && seated >= delegates ? 'good' : undefined}
          big={`${seated}/${delegates} đã xếp`}
          sub={seats?.hallId ? 'Đã chọn hội trường' : 'Chưa chọn hội trường'}
        />
        <Card
          testId="ov-speeches"
          href={href('programme', 'speeches')}
          title="Tham luận"
          tone={spLate ? 'bad' : undefined}
          big={`${spIn}/${sp.length} đã nộp`}
          sub={
            spLate ? (
              <span className="tk-late">{spLate} quá hạn chưa nộp</span>
            ) : (
              `${sp.filter((x) => x.spoken).length} trình bày tại hội nghị`
            )
          }
        />
        <Card
          testId="ov-awards"
          href={href('programme', 'awards')}
          title="Khen thưởng"
          tone={planned && recipients >= planned && batches ? 'good' : undefined}
          big={planned ? `${recipients}/${planned} được khen` : `${recipients} được khen`}
          sub={`${dec.length} quyết định · ${batches ? `${batches} đợt trao` : 'chưa chia đợt trao'}`}
        />
      </div>
    </div>
  );
}
