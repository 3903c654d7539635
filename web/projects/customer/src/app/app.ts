import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { PageSession, Shell, type NavLink } from '@astrobookings/ui';

const PUBLIC_NAV: readonly NavLink[] = [
  { label: 'Home', path: '/' },
  { label: 'All launches', path: '/launches' },
];

@Component({
  selector: 'ab-root',
  imports: [RouterOutlet, Shell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ab-shell appName="Launches" [nav]="nav()"><router-outlet /></ab-shell>`,
})
export class App {
  private readonly session = inject(PageSession);
  /** Signed-in customers also get their bookings. */
  protected readonly nav = computed(() =>
    this.session.user() ? [...PUBLIC_NAV, { label: 'My trips', path: '/bookings' }] : PUBLIC_NAV,
  );
}
