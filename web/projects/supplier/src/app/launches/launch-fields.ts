import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { decimalText, Field, FieldControl, FormProblems, KeptValue } from '@astrobookings/ui';
import type { LaunchDetail } from './launch-detail-view';
import { injectTimeZoneChoices } from './time-zone-choices';

/**
 * A launch's fields, shared by the form that schedules one (empty) and the one that edits it (filled in,
 * with the limits its sold seats set). Rendered inside the page's own `<form>`, as part of its grid.
 */
@Component({
  selector: 'ab-launch-fields',
  imports: [Field, FieldControl, KeptValue],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  templateUrl: './launch-fields.html',
})
export class LaunchFields {
  /** The launch being edited; none when scheduling one. */
  readonly launch = input<LaunchDetail>();
  protected readonly timeZones = injectTimeZoneChoices();
  private readonly problems = inject(FormProblems);
  /** The zone sent with a refused post, else the launch's own. */
  protected readonly siteTimeZone = computed(() =>
    this.problems.value('siteTimeZone', this.launch()?.siteTimeZone ?? ''),
  );
  /** A zone the list lacks (an alias such as `Asia/Kolkata`, accepted by the API) stays choosable. */
  protected readonly unlistedZone = computed(() => {
    const zone = this.siteTimeZone();
    const listed =
      zone === '' || zone === 'UTC' || this.timeZones.some((g) => g.zones.some((z) => z.id === zone));
    return listed ? undefined : zone;
  });
  /** The date as the `datetime-local` control shows it: to the minute, on the launch site's clocks. */
  protected readonly scheduledAt = computed(() => this.launch()?.siteWallTime ?? '');
  protected readonly scheduledAtHint = computed(() =>
    this.launch()
      ? "On the launch site's clocks; must be in the future. Once seats are sold, delay the launch instead, so its customers are told."
      : "On the launch site's clocks; must be in the future.",
  );
  /** The stored price as the supplier typed it: the decimal text of its minor units ("19.99"). */
  protected readonly price = computed(() => {
    const launch = this.launch();
    return launch ? decimalText(launch.pricePerSeatMinor, launch.currency) : '';
  });
  /** Seats never go below those sold; a new launch may leave them empty to offer the whole rocket. */
  protected readonly seatsMin = computed(() => Math.max(this.launch()?.seatsSold ?? 0, 1));
  protected readonly seatsHint = computed(() => {
    const launch = this.launch();
    return launch
      ? $localize`At most the rocket's seats; never fewer than the ${launch.seatsSold}:sold: already sold.`
      : $localize`Leave empty to offer every seat of the rocket.`;
  });
}
