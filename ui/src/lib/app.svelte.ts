// App-wide reactive state: the current route, which dialog is open, and a counter that
// tells pages to reload after a save. No IPC here; pages and forms call lib/api.ts.
import type { ActionItem } from './bindings/ActionItem';
import type { Committee } from './bindings/Committee';
import type { CommitteeMember } from './bindings/CommitteeMember';
import type { Decision } from './bindings/Decision';
import type { InitiativeDetail } from './bindings/InitiativeDetail';
import type { Meeting } from './bindings/Meeting';
import type { Metric } from './bindings/Metric';
import type { OrgUnit } from './bindings/OrgUnit';
import type { QuickWin } from './bindings/QuickWin';
import type { Sponsor } from './bindings/Sponsor';
import type { Sponsorship } from './bindings/Sponsorship';
import type { Story } from './bindings/Story';
import type { Touchpoint } from './bindings/Touchpoint';
import { href, parseHash, type Route, type Section } from './route';

export type DialogState =
  | { kind: 'none' }
  | { kind: 'sponsor'; sponsor: Sponsor | null; reportsToName?: string }
  | { kind: 'initiative'; detail: InitiativeDetail | null }
  | {
      kind: 'sponsorship';
      sponsorship: Sponsorship | null;
      sponsorId: number | null;
      sponsorName: string | null;
      initiativeId: number | null;
    }
  | { kind: 'org-unit'; unit: OrgUnit | null; parentId: number | null }
  | { kind: 'palette' }
  // Quick touchpoint entry (issue 4), from anywhere: Ctrl+T, the palette, a sponsor's page.
  | { kind: 'touchpoint'; sponsors: { id: number; name: string }[]; touchpoint?: Touchpoint }
  // Steering committees (issue 5): the forms live in features/committees.
  | { kind: 'committee'; committee: Committee | null }
  | { kind: 'member'; committeeId: number; member: CommitteeMember | null; sponsorName: string }
  | { kind: 'meeting'; committeeId: number | null; meeting: Meeting | null }
  | { kind: 'decision'; decision: Decision | null; meetingId: number | null }
  | { kind: 'action'; action: ActionItem | null; meetingId: number | null; ownerName: string }
  // Evidence of value (issue 6): the forms live in features/{wins,stories,metrics,search}.
  | { kind: 'quick-win'; win: QuickWin | null }
  | { kind: 'story'; story: Story | null }
  | { kind: 'metric'; metric: Metric | null }
  | { kind: 'metric-value'; metricId: number | null }
  | { kind: 'search' };

/** Sections with no record of their own: "new" there logs a touchpoint. */
const TOUCHPOINT_SECTIONS = new Set<Section>([
  'home',
  'warnings',
  'coverage',
  'grid',
  'departures',
  'what-if',
  'settings',
  'backups',
  'dashboard',
]);

class AppState {
  route = $state<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));
  dialog = $state<DialogState>({ kind: 'none' });
  /** Bumped after every successful write; pages reload when it changes. */
  version = $state(0);
  /** A short message for the live region ("Saved Jane Doe."). */
  notice = $state('');

  go(section: Section, id?: number | null) {
    location.hash = href(section, id);
  }

  changed(notice: string) {
    this.version += 1;
    this.notice = notice;
  }

  close() {
    this.dialog = { kind: 'none' };
  }

  get dialogOpen() {
    return this.dialog.kind !== 'none';
  }

  /** Opens quick touchpoint entry, with these sponsors already picked. */
  logTouchpoint(sponsors: { id: number; name: string }[] = []) {
    this.dialog = { kind: 'touchpoint', sponsors };
  }

  /** "New" for the section on screen (Ctrl+N, the n key, the palette). */
  openNew(section: Section = this.route.section) {
    if (section === 'sponsors') this.dialog = { kind: 'sponsor', sponsor: null };
    else if (section === 'initiatives') this.dialog = { kind: 'initiative', detail: null };
    else if (TOUCHPOINT_SECTIONS.has(section)) this.logTouchpoint();
    else if (section === 'committees') this.dialog = { kind: 'committee', committee: null };
    else if (section === 'meetings' || section === 'prep')
      this.dialog = { kind: 'meeting', committeeId: null, meeting: null };
    else if (section === 'wins') this.dialog = { kind: 'quick-win', win: null };
    else if (section === 'stories') this.dialog = { kind: 'story', story: null };
    else if (section === 'metrics') this.dialog = { kind: 'metric', metric: null };
    else if (section === 'decisions') this.dialog = { kind: 'decision', decision: null, meetingId: null };
    else if (section === 'actions')
      this.dialog = { kind: 'action', action: null, meetingId: null, ownerName: '' };
    else this.dialog = { kind: 'org-unit', unit: null, parentId: null };
  }
}

export const app = new AppState();
