import { LANGUAGES, type Language } from './languages';

/** `/es/launches?x=1` → `/launches?x=1`: a path as the site root (English) serves it. */
export function rootPath(path: string): string {
  for (const { prefix } of LANGUAGES) {
    if (prefix && (path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`))) {
      const rest = path.slice(prefix.length);
      return rest.startsWith('/') ? rest : `/${rest}`;
    }
  }
  return path;
}

/** A root path (`/launches`) as `language` serves it (`/es/launches`). */
export function pathIn(language: Language, path: string): string {
  const root = rootPath(path);
  return language.prefix && root === '/' ? `${language.prefix}/` : `${language.prefix}${root}`;
}
