/**
 * A field that was refused, as listed in a problem's `errors`: one English message per failed constraint, and
 * beside each (same order) a stable code a page can choose its own words from.
 */
export interface FieldError {
  field: string;
  messages: string[];
  codes: string[];
}

/** RFC 9457 problem details, the body of every error response. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
