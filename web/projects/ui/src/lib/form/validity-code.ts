/** What the browser's constraint validation knows of a control: its type and its validity flags. */
export interface CheckedControl {
  readonly type: string;
  readonly validity: Pick<
    ValidityState,
    | 'valueMissing'
    | 'typeMismatch'
    | 'badInput'
    | 'patternMismatch'
    | 'tooLong'
    | 'tooShort'
    | 'rangeUnderflow'
    | 'rangeOverflow'
    | 'stepMismatch'
  >;
}

/**
 * The problem code of the first constraint a control fails, in the API's vocabulary (see the problem's
 * `codes`), so the browser's check and the server's refusal show the same words.
 */
export function validityCode({ type, validity }: CheckedControl): string {
  if (validity.valueMissing) return 'required';
  if (validity.typeMismatch) return type === 'email' || type === 'url' ? type : 'format';
  if (validity.badInput) return type === 'number' ? 'number' : 'format';
  if (validity.patternMismatch) return 'format';
  if (validity.tooLong) return 'too-long';
  if (validity.tooShort) return 'too-short';
  if (validity.rangeUnderflow) return 'min';
  if (validity.rangeOverflow) return 'max';
  if (validity.stepMismatch) return 'step';
  return 'invalid';
}
