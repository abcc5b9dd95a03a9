import { describe, expect, it } from 'vitest';
import { matchItems, score, type PaletteItem } from './palette';

const item = (label: string, kind = 'Sponsor', detail?: string): PaletteItem => ({
  key: `${kind}:${label}`,
  label,
  kind,
  detail,
  run: () => {},
});

describe('score', () => {
  it('ranks exact > prefix > word start > substring > fuzzy', () => {
    const exact = score('ada', 'ada');
    const prefix = score('ada lovelace', 'ada');
    const word = score('countess ada', 'ada');
    const sub = score('canada', 'ada');
    const fuzzy = score('a dark age', 'adg');
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(word);
    expect(word).toBeGreaterThan(sub);
    expect(sub).toBeGreaterThan(fuzzy);
    expect(fuzzy).toBeGreaterThan(0);
  });
  it('rejects letters that are not there in order', () => {
    expect(score('ada', 'xyz')).toBe(-1);
    expect(score('abc', 'cba')).toBe(-1);
  });
  it('is case-insensitive', () => {
    expect(score('Ada Lovelace', 'LOVE')).toBeGreaterThan(0);
  });
});

describe('matchItems', () => {
  const items = [
    item('New sponsor', 'Command'),
    item('Ada Lovelace', 'Sponsor', 'CTO Products'),
    item('Grace Hopper', 'Sponsor', 'Director Web'),
    item('Lessons learned CoP', 'Initiative'),
  ];
  it('returns everything (up to the limit) for an empty query', () => {
    expect(matchItems(items, '  ', 2)).toHaveLength(2);
  });
  it('puts the best label match first', () => {
    expect(matchItems(items, 'ada')[0].label).toBe('Ada Lovelace');
  });
  it('requires every word to match somewhere, including kind and detail', () => {
    expect(matchItems(items, 'grace web').map((i) => i.label)).toEqual(['Grace Hopper']);
    expect(matchItems(items, 'initiative').map((i) => i.label)).toEqual(['Lessons learned CoP']);
    expect(matchItems(items, 'zzz')).toEqual([]);
  });
  it('finds commands', () => {
    expect(matchItems(items, 'new sp')[0].label).toBe('New sponsor');
  });
});
