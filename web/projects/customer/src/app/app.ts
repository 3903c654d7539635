import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { Shell } from '@astrobookings/ui';

@Component({
  selector: 'ab-root',
  imports: [RouterOutlet, Shell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ab-shell
    appName="Launches"
    [nav]="[
      { label: 'Home', path: '/' },
      { label: 'All launches', path: '/launches' },
    ]"
    ><router-outlet
  /></ab-shell>`,
})
export class App {}
