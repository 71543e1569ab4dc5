import type { SourceEncoding } from '../../../../shared/models/import';

export type Fate = 'import' | 'section' | 'skip' | 'duplicate';

export const FATE_LABELS: Record<Fate, string> = {
  import: 'Nhập',
  section: 'Mục/thành phần',
  skip: 'Bỏ qua',
  duplicate: 'Trùng',
};

export const ENCODING_LABELS: Record<SourceEncoding, string> = {
  'utf-8': 'Unicode',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  'windows-1258': 'Windows-1258',
  'windows-1252': 'Windows-1252',
};

/** The override select: "" = let the importer detect. */
export const ENCODING_CHOICES: { value: '' | SourceEncoding; label: string }[] = [
  { value: '', label: 'Tự nhận' },
  { value: 'utf-8', label: 'Unicode' },
  { value: 'tcvn3', label: 'TCVN3 (ABC)' },
  { value: 'vni', label: 'VNI' },
  { value: 'windows-1258', label: 'Windows-1258' },
];

export const formatBytes = (n: number) =>
  n < 1024 ? `${n} B` : n < 1048576 ? `${Math.round(n / 1024)} KB` : `${(n / 1048576).toFixed(1)} MB`;
