import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { PageSession } from './page-session';

/** The hidden CSRF token every state-changing form posts, so forms work without JavaScript. */
@Component({
  selector: 'ab-csrf-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<input type="hidden" name="_csrf" [value]="token" />`,
  host: { style: 'display: contents' },
})
export class CsrfField {
  protected readonly token = inject(PageSession).context.csrfToken;
}
