import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FORM_WORDING } from './form-wording';

/**
 * The outcome of the last form post, from the URL the BFF redirected to: an error (announced at once)
 * or a notice code, in the app's own words (see `provideFormWording`). Always shown as text, never as
 * markup, as it comes from the address bar.
 */
@Component({
  selector: 'ab-form-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errorText(); as text) {
      <p class="ab-message ab-error" role="alert">
        @if (wording.errorLead; as lead) {
          <strong>{{ lead }}</strong>
        }
        {{ text }}
      </p>
    } @else if (noticeText(); as text) {
      <p class="ab-message ab-notice" role="status">{{ text }}</p>
    }
  `,
})
export class FormMessage {
  readonly error = input<string | undefined>();
  readonly notice = input<string | undefined>();
  protected readonly wording = inject(FORM_WORDING);
  protected readonly errorText = computed(() => {
    const error = this.error();
    if (!error) return undefined;
    return this.wording.errorText ? this.wording.errorText(error) : error;
  });
  protected readonly noticeText = computed(() => {
    const code = this.notice();
    return code ? this.wording.notices[code] : undefined;
  });
}
