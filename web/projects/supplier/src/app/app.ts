import { ChangeDetectionStrategy, Component } from '@angular/core';
import { PortalShell } from '@astrobookings/ui';

@Component({
  selector: 'ab-root',
  imports: [PortalShell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ab-portal-shell appName="Supplier" [nav]="nav" />`,
})
export class App {
  protected readonly nav = [
    { label: 'Launches', path: '/' },
    { label: 'Rockets', path: '/rockets' },
    { label: 'Profile', path: '/profile' },
  ];
}
