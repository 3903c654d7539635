import { DOCUMENT, Injectable, inject } from '@angular/core';
import { Meta, Title } from '@angular/platform-browser';
import { pathIn } from '../locale/language-path';
import { pageLanguage, SHIPPED_LANGUAGES, type Language } from '../locale/languages';

export interface PageSeo {
  readonly title: string;
  readonly description: string;
  /**
   * Absolute URL of the page's canonical address at the site root, i.e. in English; the page's own language
   * is added here, along with the addresses of the page in the other languages (`hreflang`).
   */
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
  private readonly language = pageLanguage();
  private readonly languages = inject(SHIPPED_LANGUAGES);

  apply(page: PageSeo): void {
    const root = new URL(page.canonicalUrl);
    const urlIn = (language: Language) => root.origin + pathIn(language, root.pathname + root.search);
    const canonicalUrl = urlIn(this.language);
    this.title.setTitle(page.title);
    this.meta.updateTag({ name: 'description', content: page.description });
    this.meta.updateTag({ property: 'og:type', content: 'website' });
    this.meta.updateTag({ property: 'og:site_name', content: 'AstroBookings' });
    this.meta.updateTag({ property: 'og:title', content: page.title });
    this.meta.updateTag({ property: 'og:description', content: page.description });
    this.meta.updateTag({ property: 'og:url', content: canonicalUrl });
    this.meta.updateTag({ property: 'og:locale', content: this.language.ogLocale });
    this.meta.updateTag({ name: 'twitter:card', content: 'summary' });
    this.setLink('canonical', canonicalUrl);
    this.setAlternates(urlIn);
    if (page.jsonLd) {
      this.setJsonLd(page.jsonLd);
    }
  }

  private setLink(rel: string, url: string, hreflang?: string): void {
    const selector = hreflang ? `link[rel="${rel}"][hreflang="${hreflang}"]` : `link[rel="${rel}"]`;
    let link = this.document.head.querySelector<HTMLLinkElement>(selector);
    if (!link) {
      link = this.document.createElement('link');
      link.setAttribute('rel', rel);
      if (hreflang) link.setAttribute('hreflang', hreflang);
      this.document.head.appendChild(link);
    }
    link.setAttribute('href', url);
  }

  /** The same page in every language the app ships in; English for anyone else (`x-default`). */
  private setAlternates(urlIn: (language: Language) => string): void {
    if (this.languages.length < 2) return;
    for (const language of this.languages) {
      this.setLink('alternate', urlIn(language), language.code);
    }
    this.setLink('alternate', urlIn(this.languages[0]), 'x-default');
    const others = this.languages.filter((language) => language !== this.language);
    this.meta.removeTag('property="og:locale:alternate"');
    for (const language of others) {
      this.meta.addTag({ property: 'og:locale:alternate', content: language.ogLocale });
    }
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
