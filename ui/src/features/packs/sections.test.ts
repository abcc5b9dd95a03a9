import { describe, expect, it } from 'vitest';
import { BRIEF_SECTIONS, COMMITTEE_SECTIONS } from './sections';

describe('pack sections', () => {
  it('lists each section of a pack once, with words to show', () => {
    for (const list of [BRIEF_SECTIONS, COMMITTEE_SECTIONS]) {
      const keys = list.map(([key]) => key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(list.every(([, label]) => label.length > 0)).toBe(true);
    }
    expect(BRIEF_SECTIONS).toHaveLength(8);
    expect(COMMITTEE_SECTIONS).toHaveLength(8);
  });
});
