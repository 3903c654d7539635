import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { pageLanguage } from '../locale/languages';
import { PageSession } from './page-session';

/**
 * The hidden fields every state-changing form posts, so forms work without JavaScript: the CSRF token, and
 * the language of the page, so the BFF redirects back to a page in that language.
 */
@Component({
  selector: 'ab-csrf-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<input type="hidden" name="_csrf" [value]="token" /><input
      type="hidden"
      name="_locale"
      [value]="locale"
    />`,
  host: { style: 'display: contents' },
})
export class CsrfField {
  protected readonly token = inject(PageSession).context.csrfToken;
  protected readonly locale = pageLanguage().code;
}
