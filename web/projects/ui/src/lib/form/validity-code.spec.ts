import { describe, expect, it } from '@jest/globals';
import { validityCode, type CheckedControl } from './validity-code';

function control(type: string, flags: Partial<CheckedControl['validity']>): CheckedControl {
  return {
    type,
    validity: {
      valueMissing: false,
      typeMismatch: false,
      badInput: false,
      patternMismatch: false,
      tooLong: false,
      tooShort: false,
      rangeUnderflow: false,
      rangeOverflow: false,
      stepMismatch: false,
      ...flags,
    },
  };
}

describe('validityCode', () => {
  it("names each failed constraint with the API's code for it", () => {
    expect(
      [
        control('text', { valueMissing: true }),
        control('text', { patternMismatch: true }),
        control('text', { tooLong: true }),
        control('text', { tooShort: true }),
        control('number', { rangeUnderflow: true }),
        control('number', { rangeOverflow: true }),
        control('number', { stepMismatch: true }),
        control('number', { badInput: true }),
        control('email', { typeMismatch: true }),
      ].map(validityCode),
    ).toEqual(['required', 'format', 'too-long', 'too-short', 'min', 'max', 'step', 'number', 'email']);
  });

  it('reports a missing value before anything else wrong with it', () => {
    expect(validityCode(control('email', { valueMissing: true, typeMismatch: true }))).toBe('required');
  });
});
