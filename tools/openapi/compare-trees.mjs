import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

async function filesIn(dir) {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
}

/** Names (relative to `label`) of files that differ, are missing, or should not exist in `actualDir`. */
export async function staleFiles(expectedDir, actualDir, label) {
  const expected = await filesIn(expectedDir);
  const actual = await filesIn(actualDir);
  const stale = [];
  for (const name of expected) {
    const want = await readFile(join(expectedDir, name), 'utf8');
    const have = actual.includes(name) ? await readFile(join(actualDir, name), 'utf8') : undefined;
    if (want !== have) stale.push(`${label}/${name}${have === undefined ? ' (missing)' : ''}`);
  }
  for (const name of actual) if (!expected.includes(name)) stale.push(`${label}/${name} (not generated)`);
  return stale;
}
