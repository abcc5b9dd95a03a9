import { describe, expect, it } from 'vitest';
import { guessKind, mappingOf, progressLine, summaryLine } from './csv';

describe('import helpers', () => {
  it('guesses the kind from the file name', () => {
    expect(guessKind('Org units.csv')).toBe('org_units');
    expect(guessKind('hr-export.csv')).toBe('sponsors');
  });
  it('keeps ignored columns in the mapping as empty', () => {
    const m = mappingOf({
      kind: 'sponsors',
      delimiter: ',',
      columns: [
        { header: 'Name', field: 'name' },
        { header: 'Shoe', field: null },
      ],
      fields: [],
      missing: [],
      rows: [],
      more: false,
      file_error: null,
    });
    expect(m).toEqual({ Name: 'name', Shoe: '' });
  });
  it('says what happened', () => {
    expect(summaryLine({ added: 2, updated: 1, unchanged: 0, org_units_created: 3 })).toBe(
      '2 added, 1 updated, 0 unchanged; 3 org units created',
    );
  });
  it('says how far an import has come, in rows and share of the file', () => {
    expect(progressLine(null, 1000)).toBe('Starting…');
    expect(progressLine({ rows: 12000, bytes: 450 }, 1000, 'en-GB')).toBe('12,000 rows · 45% of the file');
    expect(progressLine({ rows: 12000, bytes: 450 }, 1000, 'de-DE')).toBe('12.000 rows · 45% of the file');
    expect(progressLine({ rows: 5, bytes: 2000 }, 1000, 'en-GB')).toBe('5 rows · 100% of the file');
    expect(progressLine({ rows: 5, bytes: 10 }, 0, 'en-GB')).toBe('5 rows');
  });
});
