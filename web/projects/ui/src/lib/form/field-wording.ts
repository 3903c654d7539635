/**
 * What a field's problem says, by the code the API (or the browser's own check) gave it: plain words, in one
 * table so they are translated in one place. A code missing here shows the API's sentence.
 */
export const FIELD_MESSAGES: Readonly<Record<string, string>> = {
  required: 'Fill in this field.',
  'too-long': 'This is too long.',
  'too-short': 'This is too short.',
  length: 'This does not have the right length.',
  min: 'This is below the lowest value allowed.',
  max: 'This is above the highest value allowed.',
  step: 'Use one of the allowed steps, such as a whole number.',
  enum: 'Choose one of the options.',
  email: 'Enter an email address, such as name@example.com.',
  url: 'Enter a web address, such as https://example.com.',
  format: 'This is not in the expected format.',
  integer: 'Enter a whole number.',
  number: 'Enter a number.',
  date: 'Enter a date and time.',
  'time-zone': 'Choose a time zone from the list.',
  'in-past': 'Choose a date and time in the future.',
  taken: 'This is already in use: choose another.',
};

/** Words the form kit itself shows around the fields. */
export const FORM_KIT_WORDS = {
  /** The summary's heading when fields were refused. */
  fieldsNeedAttention: (count: number): string =>
    count === 1 ? '1 field needs attention' : `${count} fields need attention`,
  /** Shown in the submit button while the form is being sent. */
  sending: 'Sending…',
};
