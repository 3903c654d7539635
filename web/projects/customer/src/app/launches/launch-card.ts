import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { LaunchTime, MoneyPipe } from '@astrobookings/ui';
import type { UpcomingLaunch } from '../home/home-view';

/** One launch in a list: the mission's name links to its page, which works with or without JavaScript. */
@Component({
  selector: 'ab-launch-card',
  imports: [LaunchTime, MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = launch();
    <article class="launch" [attr.aria-labelledby]="'launch-' + item.id">
      <p class="when">
        <ab-launch-time [at]="item.scheduledAt" [timeZone]="item.siteTimeZone" />
      </p>
      <h2 [id]="'launch-' + item.id">
        <a [href]="'launches/' + item.id">{{ item.missionName }}</a>
      </h2>
      <p class="destination" i18n>To {{ item.destination }}</p>
      <dl>
        <div>
          <dt i18n>Rocket</dt>
          <dd>{{ item.rocketName }}</dd>
        </div>
        <div>
          <dt i18n>Supplier</dt>
          <dd>{{ item.supplierName }}</dd>
        </div>
        <div>
          <dt i18n>Launch site</dt>
          <dd>{{ item.launchSite }}</dd>
        </div>
      </dl>
      <div class="footer">
        <p class="price">
          {{ item.pricePerSeatMinor | money: item.currency }}
          <span class="unit" i18n>per seat</span>
        </p>
        <p class="seats" [class.low]="item.seatsAvailable <= 2">{{ seatsLabel(item) }}</p>
      </div>
    </article>
  `,
  styleUrl: './launch-card.css',
})
export class LaunchCard {
  readonly launch = input.required<UpcomingLaunch>();

  protected seatsLabel(launch: UpcomingLaunch): string {
    return launch.seatsAvailable === 1
      ? $localize`1 seat left`
      : $localize`${launch.seatsAvailable}:count: seats left`;
  }
}
