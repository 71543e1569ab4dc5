import React from 'react';
import { FATE_LABELS, type Fate } from './labels';

export function FateChip({ fate }: { fate: Fate }) {
  return <span className={`chip chip-${fate}`}>{FATE_LABELS[fate]}</span>;
}
