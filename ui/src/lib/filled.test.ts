import { describe, expect, it } from 'vitest';
import { filledFields } from './filled';

describe('filledFields', () => {
  it('skips null, blank strings and empty lists; keeps 0 and false', () => {
    expect(filledFields({ a: null, b: '  ', c: [], d: 0, e: false, f: 'x', g: [1] })).toEqual({
      d: true,
      e: true,
      f: true,
      g: true,
    });
  });
  it('tolerates non-objects', () => {
    expect(filledFields(null)).toEqual({});
  });
});
