import { constraintCode } from './constraint-code.js';

describe('constraintCode', () => {
  it('names the common constraints with the words pages choose their sentences by', () => {
    expect(
      ['isNotEmpty', 'maxLength', 'minLength', 'min', 'max', 'isIn', 'isEmail', 'matches'].map(
        constraintCode,
      ),
    ).toEqual(['required', 'too-long', 'too-short', 'min', 'max', 'enum', 'email', 'format']);
  });

  it('calls a field the DTO does not know an unknown field', () => {
    expect(constraintCode('whitelistValidation')).toBe('unknown-field');
  });

  it('names a constraint it does not list in kebab case', () => {
    expect(constraintCode('isHexColor')).toBe('is-hex-color');
  });
});
