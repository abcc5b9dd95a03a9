// Hash routes (#/sponsors/12): work under Tauri's custom protocol with no server, and
// survive a reload. Pure parsing here; the reactive state lives in app.svelte.ts.

/** Sections of the left nav. Later issues add home, warnings, committees: add them here. */
export type Section = 'sponsors' | 'initiatives' | 'org-units';

export type Route = { section: Section; id: number | null };

export type NavItem = { section: Section; label: string; newLabel: string };

export const NAV: NavItem[] = [
  { section: 'sponsors', label: 'Sponsors', newLabel: 'New sponsor' },
  { section: 'initiatives', label: 'Initiatives', newLabel: 'New initiative' },
  { section: 'org-units', label: 'Org units', newLabel: 'New org unit' },
];

const SECTIONS = new Set<string>(NAV.map((n) => n.section));

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const section = SECTIONS.has(parts[0] ?? '') ? (parts[0] as Section) : 'sponsors';
  const n = Number(parts[1]);
  const id = parts[1] !== undefined && Number.isInteger(n) && n > 0 ? n : null;
  return { section, id };
}

export function href(section: Section, id?: number | null): string {
  return id ? `#/${section}/${id}` : `#/${section}`;
}
