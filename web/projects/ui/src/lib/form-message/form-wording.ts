import { InjectionToken, type Provider } from '@angular/core';

/** What an app's forms say about the outcome of a post, given the code or text in the URL. */
export interface FormWording {
  /** The sentence for each `notice` code the BFF redirects with; unknown codes show nothing. */
  readonly notices: Readonly<Record<string, string>>;
  /** Bold words put before every error, e.g. "That didn't work." */
  readonly errorLead?: string;
  /**
   * The sentence for an `error` code from the URL. Left out, the error is shown as it came: the API's own
   * words, which the BFF put there.
   */
  readonly errorText?: (error: string) => string;
  /**
   * This app's sentences for the field problems its APIs name (business rules such as `above-capacity`),
   * besides the kit's own for the common ones (see `FIELD_MESSAGES`); they win over the kit's.
   */
  readonly fields?: Readonly<Record<string, string>>;
}

export const FORM_WORDING = new InjectionToken<FormWording>('ab-form-wording', {
  factory: () => ({ notices: {} }),
});

/** Gives this app's `ab-form-message` its sentences. */
export function provideFormWording(wording: FormWording): Provider {
  return { provide: FORM_WORDING, useValue: wording };
}
