/**
 * Reordering inside a section (#14): Alt+↑/↓, Lên/Xuống and drag never carry a row into another
 * section (change its Thành phần for that), and several selected rows move together. Pure: takes
 * the list in order, returns the new order of ids, or null when nothing moves.
 */
interface Row {
  id: string;
  category: string;
}

/** One step up (-1) or down (+1) for every moving row; nothing moves if one would leave its section. */
export function moveInSection(rows: Row[], moving: ReadonlySet<string>, delta: -1 | 1): string[] | null {
  const ids = rows.map((r) => r.id);
  const cat = rows.map((r) => r.category);
  const idx = ids.map((id, i) => (moving.has(id) ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return null;
  // A run of moving rows moves as one block: its edge must have a neighbour of the same section.
  for (const i of idx) {
    const j = i + delta;
    if (moving.has(ids[j] ?? '')) continue;
    if (j < 0 || j >= ids.length || cat[j] !== cat[i]) return null;
  }
  const out = [...ids];
  const order = delta < 0 ? idx : [...idx].reverse();
  for (const i of order) {
    const at = out.indexOf(ids[i]);
    const j = at + delta;
    [out[at], out[j]] = [out[j], out[at]];
  }
  return out;
}

/**
 * Drop `activeId` (and the other selected rows of its section, if it is selected) at `overId`'s
 * place; a drop over another section lands at the nearest end of the row's own section.
 */
export function dropInSection(
  rows: Row[],
  activeId: string,
  overId: string,
  selected: ReadonlySet<string>,
): string[] | null {
  const active = rows.find((r) => r.id === activeId);
  const over = rows.findIndex((r) => r.id === overId);
  if (!active || over < 0 || activeId === overId) return null;
  const group = selected.has(activeId)
    ? rows.filter((r) => selected.has(r.id) && r.category === active.category).map((r) => r.id)
    : [activeId];
  const section = rows.map((r, i) => (r.category === active.category ? i : -1)).filter((i) => i >= 0);
  const first = section[0];
  const last = section[section.length - 1];
  const from = rows.findIndex((r) => r.id === activeId);
  // Clamp the target into the section.
  const target = Math.max(first, Math.min(last, over));
  const moving = new Set(group);
  const rest = rows.filter((r) => !moving.has(r.id)).map((r) => r.id);
  // Where in `rest` the group goes: before the target row when moving up, after it when moving down.
  const targetId = rows[target].id;
  let at: number;
  if (moving.has(targetId)) {
    const before = rows.slice(0, target).filter((r) => !moving.has(r.id)).length;
    at = before;
  } else {
    at = rest.indexOf(targetId) + (target > from ? 1 : 0);
  }
  const out = [...rest.slice(0, at), ...group, ...rest.slice(at)];
  return out.every((id, i) => id === rows[i].id) ? null : out;
}
