import { describe, expect, it } from 'vitest';
import { dropInSection, moveInSection } from '../../renderer/features/delegate/sectionMoves';

const rows = [
  { id: 'a1', category: 'A' },
  { id: 'a2', category: 'A' },
  { id: 'a3', category: 'A' },
  { id: 'b1', category: 'B' },
  { id: 'b2', category: 'B' },
  { id: 'b3', category: 'B' },
];

describe('moves stay inside the section', () => {
  it('Alt+↑/↓ never crosses into another section', () => {
    expect(moveInSection(rows, new Set(['a3']), 1)).toBeNull();
    expect(moveInSection(rows, new Set(['b1']), -1)).toBeNull();
    expect(moveInSection(rows, new Set(['a2']), 1)).toEqual(['a1', 'a3', 'a2', 'b1', 'b2', 'b3']);
  });
  it('several selected rows move together', () => {
    expect(moveInSection(rows, new Set(['b2', 'b3']), -1)).toEqual(['a1', 'a2', 'a3', 'b2', 'b3', 'b1']);
    expect(moveInSection(rows, new Set(['a1', 'a3']), 1)).toBeNull();
    expect(moveInSection(rows, new Set(['a1', 'a2']), 1)).toEqual(['a3', 'a1', 'a2', 'b1', 'b2', 'b3']);
  });
  it('a drop over another section lands at the end of its own', () => {
    expect(dropInSection(rows, 'a1', 'b2', new Set())).toEqual(['a2', 'a3', 'a1', 'b1', 'b2', 'b3']);
    expect(dropInSection(rows, 'b3', 'a1', new Set())).toEqual(['a1', 'a2', 'a3', 'b3', 'b1', 'b2']);
    expect(dropInSection(rows, 'b1', 'b3', new Set())).toEqual(['a1', 'a2', 'a3', 'b2', 'b3', 'b1']);
  });
  it('drags the selected rows of the section together', () => {
    expect(dropInSection(rows, 'b2', 'b1', new Set(['b2', 'b3', 'a1']))).toEqual(['a1', 'a2', 'a3', 'b2', 'b3', 'b1']);
    expect(dropInSection(rows, 'a1', 'a3', new Set(['a1', 'a2']))).toEqual(['a3', 'a1', 'a2', 'b1', 'b2', 'b3']);
  });
});
