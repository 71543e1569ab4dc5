/**
 * The conference's sections and print views. Each feature adds its own line here (and nothing
 * else outside its folder): the sidebar, the page switch and the print routes read this list.
 */
import type React from 'react';
import { FileUp, Info, LayoutGrid, Mail, Users } from 'lucide-react';
import type { ConferenceRoute } from '../router';
import { ClipboardCheck } from 'lucide-react';
import { CheckinSection, checkinFullScreen } from './checkin/section';
import { DelegatesPage } from './delegate/DelegatesPage';
import { ConferenceInfoPage } from './conference/ConferenceInfoPage';
import { ImportPage } from './delegate/import/ImportPage';
import { SeatingPage } from './seating/SeatingPage';
import { NameCardsView } from './seating/print/NameCardsView';
import { BadgesView } from './seating/print/BadgesView';
import { SeatingChartView } from './seating/print/SeatingChartView';
import { SeatLabelsView } from './seating/print/SeatLabelsView';
import { SeatingListView } from './seating/print/SeatingListView';
import { InvitationsPage } from './invitation/InvitationsPage';
import { InvitationsPrintView } from './invitation/print/InvitationsPrintView';
import { DatabaseBackup } from 'lucide-react';
import { DataPage } from './safety/DataPage';
import { ListOrdered } from 'lucide-react';
import { ProgrammePage } from './programme/ProgrammePage';
import { ProgrammePrintView } from './programme/print/ProgrammePrintView';
import { McScriptPrintView } from './programme/print/McScriptPrintView';
import { ClipboardList, Gauge, ScrollText } from 'lucide-react';
import { OverviewPage } from './task/OverviewPage';
import { TaskPage } from './task/TaskPage';
import { ConclusionPage } from './conclusion/ConclusionPage';

export type { ConferenceRoute, PrintRoute } from '../router';

export interface SectionDef {
  /** URL segment: #/c/<id>/<key>. */
  key: string;
  label: string;
  icon: React.ElementType;
  Page: React.ComponentType<{ conferenceId: string; route: ConferenceRoute }>;
  /** Hidden from the sidebar (reached from another page). */
  hidden?: boolean;
  /** Sub-routes shown full screen without the shell (a desk or a board on another machine): the node, or null. */
  fullScreen?: (route: ConferenceRoute) => React.ReactNode | null;
}

export interface PrintViewDef {
  /** URL segment: #/print/<key>/<conferenceId>?… */
  key: string;
  title: string;
  View: React.ComponentType<{ conferenceId: string; query: URLSearchParams }>;
}

export const SECTIONS: SectionDef[] = [
  {
    key: 'overview',
    label: 'Tổng quan',
    icon: Gauge,
    Page: ({ conferenceId }) => <OverviewPage conferenceId={conferenceId} />,
  },
  {
    key: 'delegates',
    label: 'Đại biểu',
    icon: Users,
    Page: ({ conferenceId }) => <DelegatesPage conferenceId={conferenceId} />,
  },
  {
    key: 'info',
    label: 'Thông tin hội nghị',
    icon: Info,
    Page: ({ conferenceId }) => <ConferenceInfoPage conferenceId={conferenceId} />,
  },
  {
    key: 'import',
    label: 'Nhập danh sách',
    icon: FileUp,
    Page: ({ conferenceId }) => <ImportPage conferenceId={conferenceId} />,
  },
  {
    key: 'invitations',
    label: 'Giấy mời',
    icon: Mail,
    Page: ({ conferenceId, route }) => <InvitationsPage conferenceId={conferenceId} route={route} />,
  },
  {
    key: 'seating',
    label: 'Sơ đồ chỗ ngồi',
    icon: LayoutGrid,
    Page: ({ conferenceId, route }) => <SeatingPage conferenceId={conferenceId} route={route} />,
  },
  {
    key: 'programme',
    label: 'Chương trình',
    icon: ListOrdered,
    Page: ({ conferenceId, route }) => <ProgrammePage conferenceId={conferenceId} route={route} />,
  },
  {
    key: 'tasks',
    label: 'Nhiệm vụ',
    icon: ClipboardList,
    Page: ({ conferenceId, route }) => <TaskPage conferenceId={conferenceId} route={route} />,
  },
  {
    key: 'conclusions',
    label: 'Kết luận',
    icon: ScrollText,
    Page: ({ conferenceId }) => <ConclusionPage conferenceId={conferenceId} />,
  },
  { key: 'checkin', label: 'Điểm danh', icon: ClipboardCheck, Page: CheckinSection, fullScreen: checkinFullScreen },
  {
    key: 'data',
    label: 'Sao lưu & dữ liệu',
    icon: DatabaseBackup,
    Page: ({ conferenceId, route }) => <DataPage conferenceId={conferenceId} route={route} />,
  },
];

export const PRINT_VIEWS: PrintViewDef[] = [
  { key: 'invitations', title: 'Giấy mời', View: InvitationsPrintView },
  { key: 'programme', title: 'Chương trình hội nghị', View: ProgrammePrintView },
  { key: 'mc-script', title: 'Kịch bản điều hành', View: McScriptPrintView },
  { key: 'seating-chart', title: 'Sơ đồ chỗ ngồi', View: SeatingChartView },
  { key: 'name-cards', title: 'Biển tên', View: NameCardsView },
  { key: 'badges', title: 'Thẻ đại biểu', View: BadgesView },
  { key: 'seat-labels', title: 'Nhãn lưng ghế', View: SeatLabelsView },
  { key: 'seating-list', title: 'Danh sách chỗ ngồi', View: SeatingListView },
];
