import { ChangeDetectionStrategy, Component } from '@angular/core';
import { PortalShell } from '@astrobookings/ui';

@Component({
  selector: 'ab-root',
  imports: [PortalShell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ab-portal-shell appName="Finance" i18n-appName [nav]="nav" />`,
})
export class App {
  protected readonly nav = [
    { label: $localize`Dashboard`, path: '/' },
    { label: $localize`Invoices`, path: '/invoices' },
    { label: $localize`Suppliers`, path: '/suppliers' },
    { label: $localize`Reports`, path: '/reports' },
  ];
}
