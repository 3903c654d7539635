/** Sorts the maps whose order depends on module loading (paths, component schemas) so output is stable. */
export function sortDocument<T extends { paths?: object; components?: { schemas?: object } }>(
  document: T,
): T {
  const sorted = { ...document, paths: sortKeys(document.paths ?? {}) };
  if (document.components?.schemas) {
    sorted.components = { ...document.components, schemas: sortKeys(document.components.schemas) };
  }
  return sorted;
}

function sortKeys<T extends object>(map: T): T {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}
