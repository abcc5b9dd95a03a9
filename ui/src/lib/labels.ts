// Plain words for every enum the UI shows. The Rust side owns the values; this owns the words.
import type { Contributions } from './bindings/Contributions';
import type { InitiativeKind } from './bindings/InitiativeKind';
import type { InitiativeStatus } from './bindings/InitiativeStatus';
import type { OrgUnitKind } from './bindings/OrgUnitKind';
import type { SponsorStatus } from './bindings/SponsorStatus';
import type { SponsorshipRole } from './bindings/SponsorshipRole';
import type { Stance } from './bindings/Stance';
import { formatDate } from './dates';

export const TIERS = [1, 2, 3, 4] as const;
export const TIER_WORDS: Record<number, string> = {
  1: 'Top executive',
  2: 'Director / senior manager',
  3: 'Line manager',
  4: 'Operational champion',
};
export const tierLabel = (t: number) => `Tier ${t}: ${TIER_WORDS[t] ?? 'unknown'}`;

export const STANCES: Stance[] = ['champion', 'supporter', 'neutral', 'skeptic', 'opponent'];
export const STANCE_WORDS: Record<Stance, string> = {
  champion: 'Champion',
  supporter: 'Supporter',
  neutral: 'Neutral',
  skeptic: 'Skeptic',
  opponent: 'Opponent',
};

export const STATUSES: SponsorStatus[] = ['active', 'departing', 'departed', 'role_changed'];
export const STATUS_WORDS: Record<SponsorStatus, string> = {
  active: 'Active',
  departing: 'Departing',
  departed: 'Departed',
  role_changed: 'Role changed',
};

/** The label of the status date field, which depends on the status. */
export function statusDateLabel(status: SponsorStatus): string {
  switch (status) {
    case 'departing':
      return 'Expected departure date';
    case 'departed':
      return 'Departed on';
    case 'role_changed':
      return 'Role changed on';
    default:
      return 'Status date';
  }
}

/** "departing 15 Dec 2026" (the date in the person's locale), "active". */
export function statusText(status: SponsorStatus, date: string | null): string {
  const word = STATUS_WORDS[status].toLowerCase();
  return date && status !== 'active' ? `${word} ${formatDate(date)}` : word;
}

export const ROLES: SponsorshipRole[] = [
  'executive_sponsor',
  'line_manager_sponsor',
  'successor_in_waiting',
  'champion',
];
export const ROLE_WORDS: Record<SponsorshipRole, string> = {
  executive_sponsor: 'Executive sponsor',
  line_manager_sponsor: 'Line-manager sponsor',
  successor_in_waiting: 'Successor-in-waiting',
  champion: 'Champion',
};

export const CONTRIBUTIONS: (keyof Contributions)[] = [
  'translates_strategy',
  'legitimizes',
  'channels_resources',
  'gives_voice',
  'negotiates_accountability',
];
/** Wenger's words for what a sponsor gives a community. */
export const CONTRIBUTION_WORDS: Record<keyof Contributions, string> = {
  translates_strategy: 'Translates strategy',
  legitimizes: 'Legitimizes',
  channels_resources: 'Channels resources',
  gives_voice: 'Gives voice',
  negotiates_accountability: 'Negotiates accountability',
};

export const INITIATIVE_KINDS: InitiativeKind[] = ['programme', 'community_of_practice', 'project'];
export const KIND_WORDS: Record<InitiativeKind, string> = {
  programme: 'Programme',
  community_of_practice: 'Community of practice',
  project: 'Project',
};

export const INITIATIVE_STATUSES: InitiativeStatus[] = [
  'proposed',
  'active',
  'on_hold',
  'completed',
  'cancelled',
];
export const INITIATIVE_STATUS_WORDS: Record<InitiativeStatus, string> = {
  proposed: 'Proposed',
  active: 'Active',
  on_hold: 'On hold',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const ORG_UNIT_KINDS: OrgUnitKind[] = [
  'organisation',
  'directorate',
  'department',
  'business_group',
  'team',
  'working_group',
];
export const ORG_UNIT_KIND_WORDS: Record<OrgUnitKind, string> = {
  organisation: 'Organisation',
  directorate: 'Directorate',
  department: 'Department',
  business_group: 'Business group',
  team: 'Team',
  working_group: 'Working group',
};

/** Field names as the API spells them -> words for the change history. */
export const FIELD_WORDS: Record<string, string> = {
  org_unit_id: 'Org unit',
  reports_to_id: 'Reports to',
  status_date: 'Status date',
  talking_points: 'Talking points',
  preferred_channel: 'Preferred channel',
  business_problem: 'Business problem',
  measurable_goal: 'Measurable goal',
  start_date: 'Start date',
  target_date: 'Target date',
  end_date: 'End date',
  maturity_baseline: 'Maturity baseline',
  required_coverage: 'Required coverage',
  parent_id: 'Parent',
  sponsor_id: 'Sponsor',
  initiative_id: 'Initiative',
};

export function fieldWords(field: string): string {
  if (FIELD_WORDS[field]) return FIELD_WORDS[field];
  const s = field.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** {value, label} lists for selects. */
export function choices<T extends string | number>(
  values: readonly T[],
  words: Record<T, string> | ((v: T) => string),
): { value: T; label: string }[] {
  return values.map((value) => ({
    value,
    label: typeof words === 'function' ? words(value) : words[value],
  }));
}

export const ONE_TO_FIVE = [1, 2, 3, 4, 5] as const;
