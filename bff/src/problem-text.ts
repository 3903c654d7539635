/** An app's own sentences for the answers an API gives without words a person can use. */
export interface ProblemWording {
  /** The API failed or could not be reached (5xx). */
  readonly unavailable: string;
  /** 401: the session ended. */
  readonly signedOut: string;
  /** 403: the account may not do this. */
  readonly forbidden: string;
  /** 404: what the form acted on is gone, or is someone else's. */
  readonly notFound: string;
  /** A refusal that came with no field messages, detail or title. */
  readonly rejected: string;
}

interface ProblemLike {
  readonly title?: unknown;
  readonly detail?: unknown;
  readonly errors?: readonly { readonly messages?: unknown }[];
}

/** Longest text a message may be: it travels in the refused form's flash cookie, which has little room. */
const MAX_LENGTH = 300;

/**
 * What a form shows after an API refused it: for a 4xx the API's own words (its field messages, else its
 * detail, else its title; the APIs word them for people, e.g. "only 1 seat is left"), bounded so the
 * flash cookie stays small; the app's sentence when the API failed, the status says enough, or nothing is usable.
 */
export function problemText(status: number, error: unknown, wording: ProblemWording): string {
  if (status >= 500 || status === 0) return wording.unavailable;
  if (status === 401) return wording.signedOut;
  if (status === 403) return wording.forbidden;
  if (status === 404) return wording.notFound;
  const problem = (error ?? {}) as ProblemLike;
  const errors: unknown = problem.errors;
  const fields = (Array.isArray(errors) ? (errors as unknown[]) : [])
    .flatMap((entry) => {
      const messages = (entry as { messages?: unknown } | null)?.messages;
      return Array.isArray(messages) ? (messages as unknown[]) : [];
    })
    .filter((message): message is string => typeof message === 'string');
  const text =
    fields.length > 0
      ? fields.join('; ')
      : typeof problem.detail === 'string' && problem.detail
        ? problem.detail
        : typeof problem.title === 'string' && problem.title
          ? problem.title
          : wording.rejected;
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 3)}…` : text;
}
