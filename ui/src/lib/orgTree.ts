// Org units arrive as a flat list with parent ids; pages show them as an indented tree.
import type { OrgUnit } from './bindings/OrgUnit';

export type TreeRow = { unit: OrgUnit; depth: number; hasChildren: boolean; path: string };

/** Depth-first order, children sorted by name; orphans (missing parent) appear at the top level. */
export function flattenTree(units: OrgUnit[], collapsed: ReadonlySet<number> = new Set()): TreeRow[] {
  const ids = new Set(units.map((u) => u.id));
  const kids = new Map<number | null, OrgUnit[]>();
  for (const u of units) {
    const parent = u.parent_id !== null && ids.has(u.parent_id) ? u.parent_id : null;
    const list = kids.get(parent) ?? [];
    list.push(u);
    kids.set(parent, list);
  }
  for (const list of kids.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  const out: TreeRow[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number, path: string) => {
    for (const u of kids.get(parent) ?? []) {
      if (seen.has(u.id)) continue; // a cycle in bad data must not hang the page
      seen.add(u.id);
      const p = path ? `${path} / ${u.name}` : u.name;
      out.push({ unit: u, depth, hasChildren: (kids.get(u.id) ?? []).length > 0, path: p });
      if (!collapsed.has(u.id)) walk(u.id, depth + 1, p);
    }
  };
  walk(null, 0, '');
  return out;
}

/** The ids of a unit and everything below it (a unit cannot move under its own subtree). */
export function descendants(units: OrgUnit[], id: number): Set<number> {
  const out = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parent_id !== null && out.has(u.parent_id) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Indented option label for a select: non-breaking spaces survive in <option>. */
export function indentLabel(row: TreeRow): string {
  return `${'\u00a0\u00a0\u00a0'.repeat(row.depth)}${row.unit.name}`;
}
