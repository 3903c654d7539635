import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { NoAccess } from '../no-access/no-access';
import { PageSession } from '../session/page-session';
import { Shell, type NavLink } from '../shell/shell';

/**
 * The frame of a staff portal (supplier, financial, operations): the shared shell with the portal's
 * navigation around its routed pages, or, for someone signed in without the portal's role, why they
 * cannot use it (the page guard decided).
 */
@Component({
  selector: 'ab-portal-shell',
  imports: [NoAccess, RouterOutlet, Shell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ab-shell [appName]="appName()" [nav]="nav()">
    @if (session.granted) {
      <router-outlet />
    } @else {
      <ab-no-access />
    }
  </ab-shell>`,
})
export class PortalShell {
  readonly appName = input.required<string>();
  readonly nav = input.required<readonly NavLink[]>();
  protected readonly session = inject(PageSession);
}
