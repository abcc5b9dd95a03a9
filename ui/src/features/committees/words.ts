// Plain words for the committee enums (cadence, roles, agenda kinds, attendance, decision and
// action status). The Rust side owns the values; this owns the words the screens show.
import type { ActionStatus } from '../../lib/bindings/ActionStatus';
import type { AgendaKind } from '../../lib/bindings/AgendaKind';
import type { AttendanceStatus } from '../../lib/bindings/AttendanceStatus';
import type { CommitteeCadence } from '../../lib/bindings/CommitteeCadence';
import type { DecisionStatus } from '../../lib/bindings/DecisionStatus';
import type { MeetingStatus } from '../../lib/bindings/MeetingStatus';
import type { MemberRole } from '../../lib/bindings/MemberRole';

export const CADENCES: CommitteeCadence[] = ['monthly', 'quarterly', 'custom'];
export const CADENCE_WORDS: Record<CommitteeCadence, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  custom: 'Custom (every N days)',
};

/** "Quarterly", "Every 45 days". */
export function cadenceText(cadence: CommitteeCadence, days: number | null): string {
  return cadence === 'custom' ? `Every ${days ?? '?'} days` : CADENCE_WORDS[cadence];
}

export const MEMBER_ROLES: MemberRole[] = ['chair', 'secretary', 'member'];
export const MEMBER_ROLE_WORDS: Record<MemberRole, string> = {
  chair: 'Chair',
  secretary: 'Secretary',
  member: 'Member',
};

export const AGENDA_KINDS: AgendaKind[] = ['information', 'discussion', 'decision'];
export const AGENDA_KIND_WORDS: Record<AgendaKind, string> = {
  information: 'Information',
  discussion: 'Discussion',
  decision: 'Decision',
};

export const ATTENDANCE: AttendanceStatus[] = ['present', 'apologies', 'delegate'];
export const ATTENDANCE_WORDS: Record<AttendanceStatus, string> = {
  present: 'Present',
  apologies: 'Apologies',
  delegate: 'Sent a delegate',
};

export const MEETING_STATUSES: MeetingStatus[] = ['planned', 'held', 'cancelled'];
export const MEETING_STATUS_WORDS: Record<MeetingStatus, string> = {
  planned: 'Planned',
  held: 'Held',
  cancelled: 'Cancelled',
};

export const DECISION_STATUSES: DecisionStatus[] = [
  'proposed',
  'decided',
  'deferred',
  'superseded',
  'reversed',
];
export const DECISION_STATUS_WORDS: Record<DecisionStatus, string> = {
  proposed: 'Proposed',
  decided: 'Decided',
  deferred: 'Deferred',
  superseded: 'Superseded',
  reversed: 'Reversed',
};

export const ACTION_STATUSES: ActionStatus[] = ['open', 'done', 'dropped'];
export const ACTION_STATUS_WORDS: Record<ActionStatus, string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped',
};
