/** A field that failed validation, as listed in a 400 problem's `errors`. */
export interface FieldError {
  field: string;
  messages: string[];
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
