import { describe, expect, it } from 'vitest';
import { emptyTouchpointDraft, itemIndex, touchpointDraftFrom, toTouchpointInput } from './draft';

describe('touchpoint draft', () => {
  it('turns empty dates into null and puts asks before commitments', () => {
    const d = emptyTouchpointDraft('2026-05-01', [{ id: 4, name: 'Ada' }]);
    d.asks = ['Open the all-staff meeting'];
    d.commitments = ['Two hours a week'];
    const input = toTouchpointInput(d);
    expect(input.occurred_on).toBe('2026-05-01');
    expect(input.follow_up_on).toBeNull();
    expect(input.stance_observed).toBeNull();
    expect(input.sponsor_ids).toEqual([4]);
    expect(input.items.map((i) => [i.kind, i.text])).toEqual([
      ['ask', 'Open the all-staff meeting'],
      ['commitment', 'Two hours a week'],
    ]);
    expect(itemIndex(d, 'commitment', 0)).toBe(1);
  });
});

describe('editing a touchpoint', () => {
  it('keeps the id, status and date of each stored item and adds new lines as open', () => {
    const d = touchpointDraftFrom(
      {
        id: 9,
        occurred_on: '2026-04-02',
        kind: 'call',
        summary: 'Budget call',
        stance_observed: 'supporter',
        follow_up_on: null,
        sponsor_ids: [4],
        items: [
          { id: 31, touchpoint_id: 9, kind: 'commitment', text: 'Two hours a week', status: 'met', resolved_on: '2026-04-20' },
          { id: 30, touchpoint_id: 9, kind: 'ask', text: 'Open the all-staff', status: 'open', resolved_on: null },
        ],
        created_at: '',
        updated_at: '',
      },
      [{ id: 4, name: 'Ada' }],
    );
    expect(d.asks).toEqual(['Open the all-staff']);
    expect(d.stance_observed).toBe('supporter');
    d.asks = [...d.asks, 'A sponsor video'];
    const items = toTouchpointInput(d).items;
    expect(items).toEqual([
      { id: 30, kind: 'ask', text: 'Open the all-staff', status: 'open', resolved_on: null },
      { id: null, kind: 'ask', text: 'A sponsor video', status: 'open', resolved_on: null },
      { id: 31, kind: 'commitment', text: 'Two hours a week', status: 'met', resolved_on: '2026-04-20' },
    ]);
  });
});
