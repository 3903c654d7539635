import { ChangeDetectionStrategy, Component, inject, RESPONSE_INIT } from '@angular/core';
import { NotFound } from './not-found';

/** An address no route knows: answered with HTTP 404 so crawlers drop it (no view loads to say so). */
@Component({
  selector: 'ab-not-found-page',
  imports: [NotFound],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ab-not-found />`,
})
export class NotFoundPage {
  constructor() {
    const responseInit = inject(RESPONSE_INIT, { optional: true });
    if (responseInit) {
      responseInit.status = 404;
    }
  }
}
