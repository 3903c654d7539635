import { CurrencyPipe, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { UpcomingLaunch } from '../home/home-view';

/** One launch in a list: the mission's name links to its page, which works with or without JavaScript. */
@Component({
  selector: 'ab-launch-card',
  imports: [CurrencyPipe, DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './launch-card.html',
  styleUrl: './launch-card.css',
})
export class LaunchCard {
  readonly launch = input.required<UpcomingLaunch>();

  protected seatsLabel(launch: UpcomingLaunch): string {
    return launch.seatsAvailable === 1 ? '1 seat left' : `${launch.seatsAvailable} seats left`;
  }
}
