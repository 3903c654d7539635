import type { FormFeedback } from '../form/form-feedback';

/** The signed-in user as a page may show them. */
export interface PageUser {
  readonly name: string;
  readonly email: string;
  readonly roles: readonly string[];
}

/**
 * Per-request facts every page needs, computed by the BFF before rendering and shipped to the browser
 * in the transfer state: who is signed in, the CSRF token for forms, and whether this portal lets them in.
 */
export interface PageContext {
  readonly app: string;
  /** How the app is named in sentences: "the Supplier portal". */
  readonly portalTitle: string;
  readonly user: PageUser | null;
  readonly csrfToken: string;
  readonly access: 'granted' | 'denied';
  /** Path and query of the page as requested, to come back to after signing in. */
  readonly path: string;
  /** The refused form this render shows again (values and problems), from the BFF's flash cookie. */
  readonly form?: FormFeedback;
}
