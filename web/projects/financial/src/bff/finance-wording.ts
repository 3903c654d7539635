import type { ProblemWording } from '@astrobookings/bff';

/** How the finance portal's forms put an Admin API refusal that has no words of its own. */
export const FINANCE_WORDING: ProblemWording = {
  unavailable: "We couldn't complete that just now. Please try again in a moment.",
  signedOut: 'Your account is not allowed to do that.',
  forbidden: 'Your account is not allowed to do that.',
  notFound: 'That invoice or supplier no longer exists.',
  rejected: 'Some of the details were not accepted.',
};
