import { ChangeDetectionStrategy, Component } from '@angular/core';
import { PortalShell } from '@astrobookings/ui';

@Component({
  selector: 'ab-root',
  imports: [PortalShell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ab-portal-shell appName="Supplier" i18n-appName [nav]="nav" />`,
})
export class App {
  protected readonly nav = [
    { label: $localize`Launches`, path: '/' },
    { label: $localize`Rockets`, path: '/rockets' },
    { label: $localize`Invoices`, path: '/invoices' },
    { label: $localize`Profile`, path: '/profile' },
  ];
}
