import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { PageSession, Shell, type NavLink } from '@astrobookings/ui';

@Component({
  selector: 'ab-root',
  imports: [RouterOutlet, Shell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ab-shell appName="Account" i18n-appName [nav]="nav()" [showAccount]="false"
    ><router-outlet
  /></ab-shell>`,
})
export class App {
  private readonly session = inject(PageSession);
  protected readonly nav = computed<readonly NavLink[]>(() =>
    this.session.user()
      ? [{ label: $localize`Your account`, path: '/account' }]
      : [
          { label: $localize`Sign in`, path: '/sign-in' },
          { label: $localize`Create account`, path: '/sign-up' },
        ],
  );
}
