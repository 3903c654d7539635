import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { NoAccess, PageSession, Shell, type NavLink } from '@astrobookings/ui';

@Component({
  selector: 'ab-root',
  imports: [NoAccess, RouterOutlet, Shell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ab-shell appName="Supplier" [nav]="nav">
    @if (session.granted) {
      <router-outlet />
    } @else {
      <ab-no-access />
    }
  </ab-shell>`,
})
export class App {
  /** Someone signed in without this portal's role sees why instead of the portal (the page guard decided). */
  protected readonly session = inject(PageSession);
  protected readonly nav: readonly NavLink[] = [
    { label: 'Launches', path: '/' },
    { label: 'Rockets', path: '/rockets' },
    { label: 'Profile', path: '/profile' },
  ];
}
