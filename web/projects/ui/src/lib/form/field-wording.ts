/**
 * What a field's problem says, by the code the API (or the browser's own check) gave it: plain words, in one
 * table so they are translated in one place. A code missing here shows the API's sentence.
 */
export const FIELD_MESSAGES: Readonly<Record<string, string>> = {
  required: $localize`Fill in this field.`,
  'too-long': $localize`This is too long.`,
  'too-short': $localize`This is too short.`,
  length: $localize`This does not have the right length.`,
  min: $localize`This is below the lowest value allowed.`,
  max: $localize`This is above the highest value allowed.`,
  step: $localize`Use one of the allowed steps, such as a whole number.`,
  enum: $localize`Choose one of the options.`,
  email: $localize`Enter an email address, such as name@example.com.`,
  url: $localize`Enter a web address, such as https://example.com.`,
  format: $localize`This is not in the expected format.`,
  integer: $localize`Enter a whole number.`,
  'too-many-decimals': $localize`This has more decimals than its currency allows.`,
  number: $localize`Enter a number.`,
  date: $localize`Enter a date and time.`,
  'time-zone': $localize`Choose a time zone from the list.`,
  'tax-id': $localize`Enter a tax id in its country's format, such as ES12345678Z, or a US EIN such as 12-3456789.`,
  'in-past': $localize`Choose a date and time in the future.`,
  taken: $localize`This is already in use: choose another.`,
};

/** Words the form kit itself shows around the fields. */
export const FORM_KIT_WORDS = {
  /** The summary's heading when fields were refused. */
  fieldsNeedAttention: (count: number): string =>
    count === 1 ? $localize`1 field needs attention` : $localize`${count}:count: fields need attention`,
  /** Shown in the submit button while the form is being sent. */
  sending: $localize`Sending…`,
};
