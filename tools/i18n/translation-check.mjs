// What `npm run i18n:check` decides, apart from running the extraction: given each app's extracted
// messages (id → English) and the translation files each app lists per locale in angular.json, every
// message must be translated exactly once, no file may keep a message no app has any more, and every
// translation must keep its message's placeholders.

const PLACEHOLDER = /\{\$[A-Za-z0-9_]+\}/g;

/** `{$INTERPOLATION}`, `{$START_LINK}`…: the parts of a message its translation must keep, sorted. */
function placeholdersOf(text) {
  return [...text.matchAll(PLACEHOLDER)].map(([name]) => name).sort();
}

/**
 * @param {{
 *   extracted: Record<string, Record<string, string>>,
 *   translations: Record<string, Record<string, string>>,
 *   files: Record<string, Record<string, string[]>>,
 * }} input
 *   `extracted`: app → id → source text; `translations`: file → id → translated text;
 *   `files`: app → locale → the translation files it lists, in order.
 * @returns {string[]} one sentence per problem, empty when all is well.
 */
export function translationProblems({ extracted, translations, files }) {
  const problems = [];
  const usersOf = new Map();
  for (const [app, locales] of Object.entries(files)) {
    for (const [locale, paths] of Object.entries(locales)) {
      const source = extracted[app] ?? {};
      const holder = new Map();
      for (const path of paths) {
        if (!usersOf.has(path)) usersOf.set(path, new Set());
        usersOf.get(path).add(app);
        for (const id of Object.keys(translations[path] ?? {})) {
          if (holder.has(id)) {
            problems.push(
              `${app} (${locale}): message ${id} is translated in both ${holder.get(id)} and ${path}`,
            );
          } else {
            holder.set(id, path);
          }
        }
      }
      for (const [id, text] of Object.entries(source)) {
        const path = holder.get(id);
        if (!path) {
          problems.push(`${app} (${locale}): message ${id} has no translation: ${JSON.stringify(text)}`);
          continue;
        }
        const expected = placeholdersOf(text).join(' ');
        const found = placeholdersOf(translations[path][id]).join(' ');
        if (!text.startsWith('{VAR_') && expected !== found) {
          problems.push(
            `${path}: message ${id} must keep the placeholders ${expected || '(none)'}, has ${found || '(none)'}`,
          );
        }
      }
    }
  }
  for (const [path, apps] of usersOf) {
    for (const [id, text] of Object.entries(translations[path] ?? {})) {
      if (![...apps].some((app) => extracted[app] && id in extracted[app])) {
        problems.push(`${path}: message ${id} is in no app any more (stale): ${JSON.stringify(text)}`);
      }
    }
  }
  return problems;
}
