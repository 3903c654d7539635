import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ERRORS, NOTICES } from './messages';

/** The outcome of the last form post, from the `error` / `notice` code in the URL. */
@Component({
  selector: 'ab-form-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errorText(); as text) {
      <p class="message error" role="alert">{{ text }}</p>
    } @else if (noticeText(); as text) {
      <p class="message notice" role="status">{{ text }}</p>
    }
  `,
})
export class FormMessage {
  readonly error = input<string | undefined>();
  readonly notice = input<string | undefined>();
  protected readonly errorText = computed(() => {
    const code = this.error();
    return code ? (ERRORS[code] ?? ERRORS['unavailable']) : undefined;
  });
  protected readonly noticeText = computed(() => {
    const code = this.notice();
    return code ? NOTICES[code] : undefined;
  });
}
