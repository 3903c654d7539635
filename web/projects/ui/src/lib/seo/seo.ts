import { DOCUMENT, Injectable, inject } from '@angular/core';
import { Meta, Title } from '@angular/platform-browser';

export interface PageSeo {
  readonly title: string;
  readonly description: string;
  /** Absolute URL of the page's canonical address. */
  readonly canonicalUrl: string;
  /** Schema.org data rendered as JSON-LD, for rich results. */
  readonly jsonLd?: object;
}

const JSON_LD_ID = 'ab-json-ld';

/**
 * Sets the tags search engines and link previews read. Runs during server rendering, so they are in the
 * HTML a crawler receives without executing JavaScript.
 */
@Injectable({ providedIn: 'root' })
export class Seo {
  private readonly title = inject(Title);
  private readonly meta = inject(Meta);
  private readonly document = inject(DOCUMENT);

  apply(page: PageSeo): void {
    this.title.setTitle(page.title);
    this.meta.updateTag({ name: 'description', content: page.description });
    this.meta.updateTag({ property: 'og:type', content: 'website' });
    this.meta.updateTag({ property: 'og:site_name', content: 'AstroBookings' });
    this.meta.updateTag({ property: 'og:title', content: page.title });
    this.meta.updateTag({ property: 'og:description', content: page.description });
    this.meta.updateTag({ property: 'og:url', content: page.canonicalUrl });
    this.meta.updateTag({ name: 'twitter:card', content: 'summary' });
    this.setCanonical(page.canonicalUrl);
    if (page.jsonLd) {
      this.setJsonLd(page.jsonLd);
    }
  }

  private setCanonical(url: string): void {
    let link = this.document.head.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    if (!link) {
      link = this.document.createElement('link');
      link.setAttribute('rel', 'canonical');
      this.document.head.appendChild(link);
    }
    link.setAttribute('href', url);
  }

  private setJsonLd(data: object): void {
    let script = this.document.getElementById(JSON_LD_ID);
    if (!script) {
      script = this.document.createElement('script');
      script.id = JSON_LD_ID;
      script.setAttribute('type', 'application/ld+json');
      this.document.head.appendChild(script);
    }
    // `<` escaped so data can never close the script element early.
    script.textContent = JSON.stringify(data).replaceAll('<', '\\u003c');
  }
}
