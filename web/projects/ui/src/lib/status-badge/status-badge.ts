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
  issued: 'info',
  partially_paid: 'warning',
  paid: 'success',
  overdue: 'danger',
  void: 'neutral',
};

/**
 * The words for the statuses the APIs send (a status reads as the state of the thing, "estado: confirmado"); any other
 * is shown as sent, underscores as spaces.
 */
const LABELS: Readonly<Record<string, string>> = {
  ok: $localize`:status:ok`,
  up: $localize`:status:up`,
  down: $localize`:status:down`,
  degraded: $localize`:status:degraded`,
  succeeded: $localize`:status:succeeded`,
  success: $localize`:status:success`,
  running: $localize`:status:running`,
  pending: $localize`:status:pending`,
  scheduled: $localize`:status:scheduled`,
  confirmed: $localize`:status:confirmed`,
  delayed: $localize`:status:delayed`,
  launched: $localize`:status:launched`,
  successful: $localize`:status:successful`,
  aborted: $localize`:status:aborted`,
  failed: $localize`:status:failed`,
  held: $localize`:status:held`,
  expired: $localize`:status:expired`,
  cancelled: $localize`:status:cancelled`,
  canceled: $localize`:status:cancelled`,
  active: $localize`:status:active`,
  retired: $localize`:status:retired`,
  issued: $localize`:status:issued`,
  partially_paid: $localize`:status:partially paid`,
  paid: $localize`:status:paid`,
  overdue: $localize`:status:overdue`,
  void: $localize`:status:void`,
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
  protected readonly label = computed(
    () => LABELS[this.status().toLowerCase()] ?? this.status().replaceAll('_', ' ').toLowerCase(),
  );
  protected readonly tone = computed<BadgeTone>(() => TONES[this.status().toLowerCase()] ?? 'neutral');
}
