/**
 * The conference's sections and print views. Each feature adds its own line here (and nothing
 * else outside its folder): the sidebar, the page switch and the print routes read this list.
 */
import type React from 'react';
import { FileUp, Info, Users } from 'lucide-react';
import type { Route } from '../router';
import { DelegatesPage } from './delegates/DelegatesPage';
import { ConferenceInfoPage } from './conferences/ConferenceInfoPage';
import { ImportPage } from './import/ImportPage';

export type ConferenceRoute = Extract<Route, { name: 'conference' }>;
export type PrintRoute = Extract<Route, { name: 'print' }>;

export interface SectionDef {
  /** URL segment: #/c/<id>/<key>. */
  key: string;
  label: string;
  icon: React.ElementType;
  Page: React.ComponentType<{ conferenceId: string; route: ConferenceRoute }>;
  /** Hidden from the sidebar (reached from another page). */
  hidden?: boolean;
}

export interface PrintViewDef {
  /** URL segment: #/print/<key>/<conferenceId>?… */
  key: string;
  title: string;
  View: React.ComponentType<{ conferenceId: string; query: URLSearchParams }>;
}

export const SECTIONS: SectionDef[] = [
  { key: 'delegates', label: 'Đại biểu', icon: Users, Page: ({ conferenceId }) => <DelegatesPage conferenceId={conferenceId} /> },
  { key: 'info', label: 'Thông tin hội nghị', icon: Info, Page: ({ conferenceId }) => <ConferenceInfoPage conferenceId={conferenceId} /> },
  { key: 'import', label: 'Nhập danh sách', icon: FileUp, Page: ({ conferenceId }) => <ImportPage conferenceId={conferenceId} /> },
];

export const PRINT_VIEWS: PrintViewDef[] = [];
