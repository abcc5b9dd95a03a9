import { describe, expect, it } from 'vitest';
import type { Warning } from '../../lib/bindings/Warning';
import { bySeverity, codeWords, subjectHref } from './words';

const w = (severity: Warning['severity'], id: number): Warning => ({
  code: 'orphaned',
  severity,
  subject: { kind: 'initiative', id, name: `I${id}` },
  message: '',
  reason: '',
  suggestion: '',
  fingerprint: '',
  acknowledged: false,
  snoozed_until: null,
});

describe('warning words', () => {
  it('spells codes as words', () => {
    expect(codeWords('departing-uncovered')).toBe('Departing uncovered');
  });
  it('links subjects to their pages', () => {
    expect(subjectHref({ kind: 'sponsor', id: 3, name: 'x' })).toBe('#/sponsors/3');
    expect(subjectHref({ kind: 'quick_win', id: 3, name: 'x' })).toBeNull();
  });
  it('groups by severity, most severe first, leaving out empty groups', () => {
    const groups = bySeverity([w('info', 1), w('critical', 2), w('info', 3)]);
    expect(groups.map((g) => [g.severity, g.items.length])).toEqual([
      ['critical', 1],
      ['info', 2],
    ]);
  });
});
