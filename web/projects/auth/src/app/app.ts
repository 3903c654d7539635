import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { PageSession, Shell, type NavLink } from '@astrobookings/ui';

@Component({
  selector: 'ab-root',
  imports: [RouterOutlet, Shell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ab-shell appName="Account" [nav]="nav()" [showAccount]="false"><router-outlet /></ab-shell>`,
})
export class App {
  private readonly session = inject(PageSession);
  protected readonly nav = computed<readonly NavLink[]>(() =>
    this.session.user()
      ? [{ label: 'Your account', path: '/account' }]
      : [
          { label: 'Sign in', path: '/sign-in' },
          { label: 'Create account', path: '/sign-up' },
        ],
  );
}
