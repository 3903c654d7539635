import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { PageSession, Shell, type NavLink } from '@astrobookings/ui';

const PUBLIC_NAV: readonly NavLink[] = [
  { label: $localize`Home`, path: '/' },
  { label: $localize`All launches`, path: '/launches' },
];

@Component({
  selector: 'ab-root',
  imports: [RouterOutlet, Shell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ab-shell appName="Launches" i18n-appName [nav]="nav()"><router-outlet /></ab-shell>`,
})
export class App {
  private readonly session = inject(PageSession);
  /** Signed-in customers also get their bookings. */
  protected readonly nav = computed(() =>
    this.session.user() ? [...PUBLIC_NAV, { label: $localize`My trips`, path: '/bookings' }] : PUBLIC_NAV,
  );
}
