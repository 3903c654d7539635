import { Directive, input } from '@angular/core';

/**
 * Query parameters every auth page understands (bound by the router): where to go back to, and the
 * outcome of the last form post.
 */
@Directive()
export abstract class AuthQuery {
  readonly app = input<string | undefined>();
  readonly returnTo = input<string | undefined>();
  /** The app's sign-in state, handed back on its callback (see the BFF's session routes). */
  readonly state = input<string | undefined>();
  readonly error = input<string | undefined>();
  readonly notice = input<string | undefined>();
}
