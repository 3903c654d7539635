import type { ProblemWording } from '@astrobookings/bff';

/** How the supplier portal's forms put an Admin API refusal that has no words of its own. */
export const SUPPLIER_WORDING: ProblemWording = {
  unavailable: "We couldn't complete that just now. Please try again in a moment.",
  signedOut: 'Your account is not allowed to do that.',
  forbidden: 'Your account is not allowed to do that.',
  notFound: 'That item no longer exists, or it belongs to another supplier.',
  rejected: 'Some of the details were not accepted.',
};
