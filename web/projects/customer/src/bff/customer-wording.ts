import type { ProblemWording } from '@astrobookings/bff';

/** How the booking forms put a Customer API refusal that has no words of its own. */
export const CUSTOMER_WORDING: ProblemWording = {
  unavailable: "We couldn't complete that just now. Nothing was charged; please try again in a moment.",
  signedOut: 'Your session has ended. Please sign in again to continue.',
  forbidden: 'Your account cannot book seats. Sign in with a customer account.',
  notFound: 'That booking or launch no longer exists.',
  rejected: 'Some of the details were not accepted.',
};
