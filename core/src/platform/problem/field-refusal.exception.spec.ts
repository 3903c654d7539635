import { FieldRefusalException } from './field-refusal.exception.js';

describe('FieldRefusalException', () => {
  it('throws nothing when every rule accepted the request', () => {
    expect(() => FieldRefusalException.throwIfAny(422, [undefined, undefined])).not.toThrow();
  });

  it('throws once with every field a rule refused', () => {
    let thrown: unknown;
    try {
      FieldRefusalException.throwIfAny(422, [
        { field: 'scheduledAt', code: 'in-past', message: 'In the past.' },
        undefined,
        { field: 'seatsTotal', code: 'above-capacity', message: 'Too many.' },
      ]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FieldRefusalException);
    expect((thrown as FieldRefusalException).getStatus()).toBe(422);
    expect((thrown as FieldRefusalException).errors.map((error) => error.field)).toEqual([
      'scheduledAt',
      'seatsTotal',
    ]);
  });
});
