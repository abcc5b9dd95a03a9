// Hash routes (#/sponsors/12): work under Tauri's custom protocol with no server, and
// survive a reload. Pure parsing here; the reactive state lives in app.svelte.ts.

/** Sections of the left nav. Later issues add home, warnings, committees: add them here. */
export type Section =
  | 'home'
  | 'warnings'
  | 'coverage'
  | 'grid'
  | 'departures'
  | 'what-if'
  | 'settings'
  | 'sponsors'
  | 'initiatives'
  | 'org-units'
  | 'committees'
  | 'meetings'
  | 'prep'
  | 'decisions'
  | 'actions'
  // Evidence of value (issue 6).
  | 'dashboard'
  | 'wins'
  | 'stories'
  | 'metrics'
  // Spreadsheets in (issue 10).
  | 'import'
  // Backups and restore (issue 8).
  | 'backups';

export type Route = { section: Section; id: number | null };

export type NavItem = { section: Section; label: string; newLabel: string };

export const NAV: NavItem[] = [
  // Turnover and gap warnings (issue 4): Home is the landing page. An empty newLabel means
  // the section has no record of its own to create (the palette leaves it out).
  { section: 'home', label: 'Home', newLabel: 'Log a touchpoint' },
  { section: 'warnings', label: 'Warnings', newLabel: '' },
  { section: 'sponsors', label: 'Sponsors', newLabel: 'New sponsor' },
  { section: 'initiatives', label: 'Initiatives', newLabel: 'New initiative' },
  { section: 'org-units', label: 'Org units', newLabel: 'New org unit' },
  { section: 'committees', label: 'Committees', newLabel: 'New committee' },
  { section: 'meetings', label: 'Meetings', newLabel: 'Plan a meeting' },
  { section: 'prep', label: 'Meeting prep', newLabel: '' },
  { section: 'decisions', label: 'Decision register', newLabel: 'Record a decision' },
  { section: 'actions', label: 'Actions', newLabel: 'Raise an action' },
  // Evidence of value (issue 6).
  { section: 'dashboard', label: 'Dashboard', newLabel: '' },
  { section: 'wins', label: 'Quick wins', newLabel: 'Log a quick win' },
  { section: 'stories', label: 'Success stories', newLabel: 'New success story' },
  { section: 'metrics', label: 'Metrics', newLabel: 'New metric' },
  { section: 'coverage', label: 'Coverage matrix', newLabel: '' },
  { section: 'grid', label: 'Influence grid', newLabel: '' },
  { section: 'departures', label: 'Departures', newLabel: '' },
  { section: 'what-if', label: 'What-if', newLabel: '' },
  { section: 'import', label: 'Import CSV', newLabel: '' },
  { section: 'backups', label: 'Backups', newLabel: '' },
  { section: 'settings', label: 'Settings', newLabel: '' },
];

/** The left nav's groups, each with a small heading; every NAV section sits in exactly one. */
export const NAV_GROUPS: { label: string; sections: Section[] }[] = [
  { label: 'Today', sections: ['home', 'warnings'] },
  { label: 'People', sections: ['sponsors', 'org-units', 'coverage', 'grid', 'departures', 'what-if'] },
  { label: 'Work', sections: ['initiatives', 'committees', 'meetings', 'prep', 'decisions', 'actions'] },
  { label: 'Evidence', sections: ['dashboard', 'wins', 'stories', 'metrics'] },
  { label: 'Settings', sections: ['import', 'backups', 'settings'] },
];

const SECTIONS = new Set<string>(NAV.map((n) => n.section));

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const section = SECTIONS.has(parts[0] ?? '') ? (parts[0] as Section) : 'home';
  const n = Number(parts[1]);
  const id = parts[1] !== undefined && Number.isInteger(n) && n > 0 ? n : null;
  return { section, id };
}

export function href(section: Section, id?: number | null): string {
  return id ? `#/${section}/${id}` : `#/${section}`;
}
