import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

const NOTICES: Readonly<Record<string, string>> = {
  created: 'The launch is scheduled and published in the public catalog.',
  'rocket-added': 'The rocket was added to your fleet.',
  'launch-saved': 'The launch was saved; the public catalog shows the change.',
  'rocket-saved': 'The rocket was saved.',
  'rocket-retired': 'The rocket was retired; it can no longer be used for new launches.',
  'profile-saved': 'Your profile was saved.',
  'now-scheduled': 'The launch is scheduled again.',
  'now-confirmed': 'The launch is confirmed. Booked customers are being notified.',
  'now-delayed': 'The launch is delayed to its new date. Booked customers are being notified.',
  'now-aborted': 'The launch was aborted; its bookings are cancelled and refunded in full.',
  'now-successful': 'The launch is marked successful.',
  'now-failed': 'The launch is marked failed.',
};

/**
 * The outcome of the last form post, from the URL the BFF redirected to: a notice code, or the Admin
 * API's own explanation of why it refused (shown as text, never as markup).
 */
@Component({
  selector: 'ab-form-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as text) {
      <p class="message error" role="alert"><strong>That didn't work.</strong> {{ text }}</p>
    } @else if (noticeText(); as text) {
      <p class="message notice" role="status">{{ text }}</p>
    }
  `,
})
export class FormMessage {
  readonly error = input<string | undefined>();
  readonly notice = input<string | undefined>();
  protected readonly noticeText = computed(() => {
    const code = this.notice();
    return code ? NOTICES[code] : undefined;
  });
}
