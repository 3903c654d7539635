// A cheap fingerprint of source trees (path, size, mtime of every file), used to skip build
// steps whose inputs did not change since their last successful run.
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

const SKIPPED = new Set(['node_modules', 'dist', '.angular', 'coverage', '.cache', '.data']);

async function walk(dir, files) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, files);
    else if (entry.isFile()) files.push(path);
  }
}

export async function fingerprint(root, inputs) {
  const files = [];
  for (const input of inputs) {
    const path = join(root, input);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) await walk(path, files);
    else if (info) files.push(path);
  }
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    const info = await stat(file);
    hash.update(`${relative(root, file)}\0${info.size}\0${info.mtimeMs}\n`);
  }
  return hash.digest('hex');
}
