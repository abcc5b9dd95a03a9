// The committee drafts turn what the boxes hold into the API's inputs: empty text to null,
// numbers typed as text to numbers, one action owner, a custom cadence's days only when custom.
import { describe, expect, it } from 'vitest';
import {
  actionDraft,
  committeeDraft,
  emptyAgendaItem,
  meetingDraft,
  numberOrNull,
  toActionInput,
  toCommitteeInput,
  toMeetingInput,
} from './drafts';

describe('committee drafts', () => {
  it('keeps cadence days only for a custom cadence', () => {
    const d = { ...committeeDraft(null), name: 'KM SC', cadence_days: '45' };
    expect(toCommitteeInput(d).cadence_days).toBeNull();
    expect(toCommitteeInput({ ...d, cadence: 'custom' }).cadence_days).toBe(45);
  });

  it('reads typed numbers, leaving nonsense for the check to name', () => {
    expect(numberOrNull(' ')).toBeNull();
    expect(numberOrNull('20')).toBe(20);
    expect(numberOrNull('ten')).toBeNaN();
  });

  it('turns an empty date into null and time boxes into numbers', () => {
    const d = meetingDraft(3, null);
    d.agenda.push({ ...emptyAgendaItem(), title: 'Budget', time_box_minutes: '15' });
    const input = toMeetingInput(d);
    expect(input.scheduled_on).toBeNull();
    expect(input.committee_id).toBe(3);
    expect(input.agenda[0].time_box_minutes).toBe(15);
  });

  it('sends one action owner, the kind chosen', () => {
    const d = { ...actionDraft(null, 7), owner_sponsor_id: 4, owner_name: 'Kim', due_on: '2026-05-01' };
    expect(toActionInput(d)).toMatchObject({ owner_sponsor_id: 4, owner_name: null, meeting_id: 7 });
    const named = toActionInput({ ...d, owner_kind: 'person' });
    expect(named).toMatchObject({ owner_sponsor_id: null, owner_name: 'Kim' });
  });

  it('drops a completion date while the action is open', () => {
    const d = { ...actionDraft(null, null), completed_on: '2026-05-02' };
    expect(toActionInput(d).completed_on).toBeNull();
    expect(toActionInput({ ...d, status: 'done' }).completed_on).toBe('2026-05-02');
  });
});
