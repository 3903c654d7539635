import { ChangeDetectionStrategy, Component } from '@angular/core';
import { PortalShell } from '@astrobookings/ui';

@Component({
  selector: 'ab-root',
  imports: [PortalShell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ab-portal-shell appName="Finance" [nav]="[{ label: 'Suppliers', path: '/' }]" />`,
})
export class App {}
