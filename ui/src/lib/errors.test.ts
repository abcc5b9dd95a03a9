import { describe, expect, it } from 'vitest';
import { bannerText, groupFieldErrors, isIpcError, toIpcError, unplacedErrors } from './errors';

describe('toIpcError', () => {
  it('keeps a structured error as it is', () => {
    const raw = {
      code: 'validation',
      message: 'sponsor: name is required',
      field: 'name',
      record: 'sponsor',
      errors: [{ field: 'name', message: 'Name is required.' }],
    };
    expect(toIpcError(raw)).toEqual(raw);
    expect(isIpcError(toIpcError(raw))).toBe(true);
  });

  it('turns a bare field into a field error', () => {
    const e = toIpcError({ code: 'conflict', message: 'Already sponsors this.', field: 'sponsor_id' });
    expect(e.errors).toEqual([{ field: 'sponsor_id', message: 'Already sponsors this.' }]);
    expect(e.record).toBeNull();
  });

  it('wraps a plain string (e.g. a command that does not exist)', () => {
    expect(toIpcError('command app_info not found')).toEqual({
      code: 'io',
      message: 'command app_info not found',
      field: null,
      record: null,
      errors: [],
    });
  });

  it('maps an unknown code to io and drops malformed field errors', () => {
    const e = toIpcError({ code: 'weird', message: 'x', errors: [{ field: 1 }, 'y'] });
    expect(e.code).toBe('io');
    expect(e.errors).toEqual([]);
  });

  it('handles an Error and undefined', () => {
    expect(toIpcError(new Error('boom')).message).toBe('boom');
    expect(toIpcError(undefined).message).toBe('Unknown error');
  });
});

describe('form mapping', () => {
  const errors = [
    { field: 'name', message: 'Name is required.' },
    { field: 'name', message: 'Name is too long.' },
    { field: 'org_unit_id', message: 'Choose an org unit.' },
    { field: 'mystery', message: 'Something else.' },
  ];
  it('groups messages by field', () => {
    expect(groupFieldErrors(errors)).toEqual({
      name: ['Name is required.', 'Name is too long.'],
      org_unit_id: ['Choose an org unit.'],
      mystery: ['Something else.'],
    });
  });
  it('sends errors of fields the form lacks to the banner', () => {
    expect(unplacedErrors(errors, (f) => f !== 'mystery')).toEqual(['Something else.']);
  });
  it('says validation problems in plain words, others by their message', () => {
    const v = toIpcError({ code: 'validation', message: 'sponsor: bad', errors });
    expect(bannerText(v)).toBe('Some fields need attention.');
    expect(bannerText(toIpcError({ code: 'conflict', message: 'Cannot delete: 3 sponsors belong to it' }))).toBe(
      'Cannot delete: 3 sponsors belong to it',
    );
    expect(bannerText(toIpcError({ code: 'not_found', message: '' }))).toMatch(/no longer exists/);
  });
});
