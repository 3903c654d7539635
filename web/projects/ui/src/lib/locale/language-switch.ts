import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, map } from 'rxjs';
import { PageSession } from '../session/page-session';
import { pathIn, rootPath } from './language-path';
import { pageLanguage, SHIPPED_LANGUAGES, type Language } from './languages';

/**
 * Links to the page being read in the other languages. Plain links (each language is its own build
 * under its own path, so switching is a page load and works without JavaScript), named in their own
 * language and marked with `lang` and `hreflang`.
 */
@Component({
  selector: 'ab-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (language of others; track language.code) {
      <a
        class="language"
        [href]="href(language)"
        [attr.hreflang]="language.code"
        [attr.lang]="language.code"
        >{{ language.name }}</a
      >
    }
  `,
  styles: `
    .language {
      display: inline-block;
      padding: var(--ab-space-1) var(--ab-space-2);
      font-size: var(--ab-font-size-sm);
    }
  `,
})
export class LanguageSwitch {
  private readonly current = pageLanguage();
  protected readonly others = inject(SHIPPED_LANGUAGES).filter((language) => language !== this.current);
  /** The page as the site root serves it: the rendered request first, then each client-side navigation. */
  private readonly path = toSignal(
    inject(Router).events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: rootPath(inject(PageSession).context.path) },
  );

  protected href(language: Language): string {
    return pathIn(language, this.path());
  }
}
