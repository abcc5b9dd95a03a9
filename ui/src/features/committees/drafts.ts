// The committee forms' editable state and its conversion to the inputs the API takes. Text
// boxes hold strings; empty optional text becomes null here, nowhere else. Pure, tested.
import type { ActionInput } from '../../lib/bindings/ActionInput';
import type { ActionItem } from '../../lib/bindings/ActionItem';
import type { AgendaItem } from '../../lib/bindings/AgendaItem';
import type { AgendaItemInput } from '../../lib/bindings/AgendaItemInput';
import type { Committee } from '../../lib/bindings/Committee';
import type { CommitteeInput } from '../../lib/bindings/CommitteeInput';
import type { CommitteeMember } from '../../lib/bindings/CommitteeMember';
import type { Decision } from '../../lib/bindings/Decision';
import type { DecisionInput } from '../../lib/bindings/DecisionInput';
import type { Meeting } from '../../lib/bindings/Meeting';
import type { MeetingInput } from '../../lib/bindings/MeetingInput';
import type { MemberInput } from '../../lib/bindings/MemberInput';
import { dateOrNull } from '../../lib/dates';

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
/** A whole number typed in a box, or null when empty (a non-number stays for the check). */
export function numberOrNull(s: string): number | null {
  const t = s.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : NaN;
}
const numText = (n: number | null) => (n === null ? '' : String(n));

export type CommitteeDraft = Omit<CommitteeInput, 'cadence_days'> & { cadence_days: string };
export const COMMITTEE_FIELDS = ['name', 'cadence', 'cadence_days', 'purpose'] as const;

export function committeeDraft(c: Committee | null): CommitteeDraft {
  return c
    ? { name: c.name, cadence: c.cadence, cadence_days: numText(c.cadence_days), purpose: c.purpose }
    : { name: '', cadence: 'quarterly', cadence_days: '', purpose: '' };
}

export function toCommitteeInput(d: CommitteeDraft): CommitteeInput {
  return {
    ...d,
    // Only a custom cadence has its own days; a stale number from before is dropped.
    cadence_days: d.cadence === 'custom' ? numberOrNull(d.cadence_days) : null,
  };
}

export type MemberDraft = Omit<MemberInput, 'start_date' | 'end_date'> & {
  start_date: string;
  end_date: string;
};
export const MEMBER_FIELDS = ['sponsor_id', 'role', 'start_date', 'end_date'] as const;

export function memberDraft(committeeId: number, m: CommitteeMember | null, today: string): MemberDraft {
  return m
    ? {
        committee_id: m.committee_id,
        sponsor_id: m.sponsor_id,
        role: m.role,
        start_date: m.start_date,
        end_date: m.end_date ?? '',
      }
    : { committee_id: committeeId, sponsor_id: null, role: 'member', start_date: today, end_date: '' };
}

export function toMemberInput(d: MemberDraft): MemberInput {
  return { ...d, start_date: dateOrNull(d.start_date), end_date: dateOrNull(d.end_date) };
}

export type AgendaDraft = Omit<AgendaItemInput, 'time_box_minutes'> & { time_box_minutes: string };
export type MeetingDraft = Omit<MeetingInput, 'scheduled_on' | 'agenda'> & {
  scheduled_on: string;
  agenda: AgendaDraft[];
};
export const MEETING_FIELDS = [
  'committee_id',
  'scheduled_on',
  'location',
  'status',
  'agenda',
  'send_ahead_notes',
] as const;

export function emptyAgendaItem(): AgendaDraft {
  return {
    id: null,
    title: '',
    presenter: '',
    time_box_minutes: '',
    initiative_id: null,
    kind: 'discussion',
    minutes: '',
  };
}

function agendaDraft(a: AgendaItem): AgendaDraft {
  return {
    id: a.id,
    title: a.title,
    presenter: a.presenter,
    time_box_minutes: numText(a.time_box_minutes),
    initiative_id: a.initiative_id,
    kind: a.kind,
    minutes: a.minutes,
  };
}

export function meetingDraft(committeeId: number | null, m: Meeting | null): MeetingDraft {
  return m
    ? {
        committee_id: m.committee_id,
        scheduled_on: m.scheduled_on,
        location: m.location,
        status: m.status,
        send_ahead_notes: m.send_ahead_notes,
        agenda: m.agenda.map(agendaDraft),
      }
    : {
        committee_id: committeeId,
        scheduled_on: '',
        location: '',
        status: 'planned',
        send_ahead_notes: '',
        agenda: [],
      };
}

export function toMeetingInput(d: MeetingDraft): MeetingInput {
  return {
    ...d,
    scheduled_on: dateOrNull(d.scheduled_on),
    agenda: d.agenda.map((a) => ({ ...a, time_box_minutes: numberOrNull(a.time_box_minutes) })),
  };
}

export type DecisionDraft = Omit<DecisionInput, 'decided_on'> & { decided_on: string };
export const DECISION_FIELDS = [
  'title',
  'status',
  'meeting_id',
  'decided_by',
  'decided_on',
  'supersedes_id',
  'text',
  'rationale',
  'initiative_ids',
] as const;

export function decisionDraft(d: Decision | null, meetingId: number | null): DecisionDraft {
  return d
    ? {
        title: d.title,
        text: d.text,
        rationale: d.rationale,
        status: d.status,
        meeting_id: d.meeting_id,
        decided_by: d.decided_by,
        decided_on: d.decided_on ?? '',
        supersedes_id: d.supersedes_id,
        initiative_ids: [...d.initiative_ids],
      }
    : {
        title: '',
        text: '',
        rationale: '',
        status: 'decided',
        meeting_id: meetingId,
        decided_by: '',
        decided_on: '',
        supersedes_id: null,
        initiative_ids: [],
      };
}

export function toDecisionInput(d: DecisionDraft): DecisionInput {
  return { ...d, decided_on: dateOrNull(d.decided_on), initiative_ids: [...d.initiative_ids] };
}

/** Who owns an action: a sponsor picked from the list, or a person named in a box. */
export type OwnerKind = 'sponsor' | 'person';
export type ActionDraft = Omit<ActionInput, 'owner_name' | 'due_on' | 'completed_on'> & {
  owner_kind: OwnerKind;
  owner_name: string;
  due_on: string;
  completed_on: string;
};
export const ACTION_FIELDS = [
  'text',
  'owner_sponsor_id',
  'owner_name',
  'due_on',
  'status',
  'completed_on',
  'meeting_id',
  'decision_id',
] as const;

export function actionDraft(a: ActionItem | null, meetingId: number | null): ActionDraft {
  return a
    ? {
        text: a.text,
        owner_kind: a.owner_sponsor_id === null ? 'person' : 'sponsor',
        owner_sponsor_id: a.owner_sponsor_id,
        owner_name: a.owner_name ?? '',
        due_on: a.due_on,
        status: a.status,
        meeting_id: a.meeting_id,
        decision_id: a.decision_id,
        completed_on: a.completed_on ?? '',
      }
    : {
        text: '',
        owner_kind: 'sponsor',
        owner_sponsor_id: null,
        owner_name: '',
        due_on: '',
        status: 'open',
        meeting_id: meetingId,
        decision_id: null,
        completed_on: '',
      };
}

export function toActionInput(d: ActionDraft): ActionInput {
  return {
    text: d.text,
    // One owner only: the kind chosen decides which of the two is sent.
    owner_sponsor_id: d.owner_kind === 'sponsor' ? d.owner_sponsor_id : null,
    owner_name: d.owner_kind === 'person' ? orNull(d.owner_name) : null,
    due_on: dateOrNull(d.due_on),
    status: d.status,
    meeting_id: d.meeting_id,
    decision_id: d.decision_id,
    completed_on: d.status === 'open' ? null : dateOrNull(d.completed_on),
  };
}
