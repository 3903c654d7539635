/**
 * What the pages say for each outcome code the BFF hands them (in the URL, or with a refused form). Failures stay generic on purpose:
 * nothing here tells whether an account exists.
 */
export const ERRORS: Readonly<Record<string, string>> = {
  'invalid-credentials': $localize`That email and password didn't work. Check them and try again.`,
  'rate-limited': $localize`Too many attempts. For your security, please wait a few minutes before trying again.`,
  invalid: $localize`Some of the details weren't accepted. Check the requirements under each field and try again.`,
  'invalid-or-expired': $localize`This reset link has expired or was already used, or the new password does not meet the requirements.`,
  'link-invalid': $localize`This link has expired or was already used. Request a new one below.`,
  'current-password': $localize`Your current password was not accepted.`,
  unavailable: $localize`We couldn't complete that just now. Please try again in a moment.`,
};

export const NOTICES: Readonly<Record<string, string>> = {
  'signed-out': $localize`You have signed out.`,
  verified: $localize`Your email address is confirmed. You can sign in now.`,
  'password-reset': $localize`Your password was changed. Sign in with your new password.`,
  'password-changed': $localize`Your password was changed.`,
  'language-saved': $localize`Your email language was saved.`,
  'billing-saved': $localize`Your billing details were saved. Your next receipts carry them.`,
  'invitation-accepted': $localize`Your account is ready. Sign in to continue.`,
  unlocked: $localize`Your account is unlocked. You can sign in now.`,
};

/** What a field says for the Auth API's own codes, besides the form kit's. */
export const FIELDS: Readonly<Record<string, string>> = {
  'password-policy': $localize`Choose a password that meets every rule listed.`,
};
