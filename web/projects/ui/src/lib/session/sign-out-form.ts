import { ChangeDetectionStrategy, Component } from '@angular/core';
import { CsrfField } from './csrf-field';

/** A plain POST form: signing out changes state, so it is never a link another site could trigger. */
@Component({
  selector: 'ab-sign-out-form',
  imports: [CsrfField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<form method="post" action="/bff/auth/sign-out">
    <ab-csrf-field />
    <button type="submit" class="link-button" i18n>Sign out</button>
  </form>`,
  styles: `
    form {
      display: inline;
      margin: 0;
    }
    .link-button {
      font: inherit;
      color: var(--ab-color-accent-strong);
      background: none;
      border: 1px solid var(--ab-color-border);
      border-radius: var(--ab-radius-sm);
      padding: var(--ab-space-1) var(--ab-space-3);
      cursor: pointer;
    }
    .link-button:hover {
      background: var(--ab-color-surface-raised);
    }
  `,
})
export class SignOutForm {}
