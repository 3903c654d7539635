import '@angular/localize/init';
import { describe, expect, it } from '@jest/globals';
import { fieldText } from './field-text';

describe('fieldText', () => {
  const problem = (code: string) => ({
    field: 'seatsTotal',
    code,
    message: 'seatsTotal must not be less than 1',
  });

  it("words a common code in the kit's plain words, not the API's", () => {
    expect(fieldText(problem('required'))).toBe('Fill in this field.');
  });

  it("prefers the app's sentence for a code it words", () => {
    expect(
      fieldText(problem('above-capacity'), { 'above-capacity': "This is more than the rocket's seats." }),
    ).toBe("This is more than the rocket's seats.");
  });

  it("falls back to the API's sentence for a code nobody words", () => {
    expect(fieldText(problem('is-hex-color'))).toBe('seatsTotal must not be less than 1');
  });
});
