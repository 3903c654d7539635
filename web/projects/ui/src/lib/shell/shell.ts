import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { LanguageSwitch } from '../locale/language-switch';
import { PageSession } from '../session/page-session';
import { SignOutForm } from '../session/sign-out-form';
import { ThemeSwitch } from '../theme/theme-switch';

export interface NavLink {
  readonly label: string;
  readonly path: string;
}

/**
 * Page frame shared by every app: skip link, banner with the product mark, the app's navigation, who is
 * signed in (with sign out) or a sign-in link and the theme switch, one `main` landmark for the routed
 * page, and a footer.
 */
@Component({
  selector: 'ab-shell',
  imports: [LanguageSwitch, RouterLink, RouterLinkActive, SignOutForm, ThemeSwitch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.css',
})
export class Shell {
  readonly appName = input.required<string>();
  readonly nav = input<readonly NavLink[]>([]);
  /** The account area; the Auth app puts its own links in the navigation instead. */
  readonly showAccount = input(true);
  protected readonly session = inject(PageSession);
  protected readonly year = new Date().getUTCFullYear();
}
