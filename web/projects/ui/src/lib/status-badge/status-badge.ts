import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type BadgeTone = 'success' | 'warning' | 'danger' | 'info' | 'neutral';

const TONES: Readonly<Record<string, BadgeTone>> = {
  ok: 'success',
  up: 'success',
  succeeded: 'success',
  success: 'success',
  scheduled: 'info',
  confirmed: 'success',
  launched: 'success',
  successful: 'success',
  running: 'info',
  delayed: 'warning',
  degraded: 'warning',
  pending: 'warning',
  cancelled: 'danger',
  canceled: 'danger',
  aborted: 'danger',
  failed: 'danger',
  down: 'danger',
};

/** A status shown as text (never colour alone), tinted by what it means. */
@Component({
  selector: 'ab-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [attr.data-tone]="tone()">{{ label() }}</span>`,
  styles: `
    .badge {
      display: inline-block;
      padding: 0.125rem var(--ab-space-2);
      border-radius: var(--ab-radius-pill);
      border: 1px solid currentColor;
      font-size: var(--ab-font-size-sm);
      font-weight: 600;
      text-transform: capitalize;
      white-space: nowrap;
    }
    [data-tone='success'] {
      color: var(--ab-color-success);
    }
    [data-tone='warning'] {
      color: var(--ab-color-warning);
    }
    [data-tone='danger'] {
      color: var(--ab-color-danger);
    }
    [data-tone='info'] {
      color: var(--ab-color-info);
    }
    [data-tone='neutral'] {
      color: var(--ab-color-text-muted);
    }
  `,
})
export class StatusBadge {
  readonly status = input.required<string>();
  protected readonly label = computed(() => this.status().replaceAll('_', ' ').toLowerCase());
  protected readonly tone = computed<BadgeTone>(() => TONES[this.status().toLowerCase()] ?? 'neutral');
}
