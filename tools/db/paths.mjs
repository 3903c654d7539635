// Locations shared by the tools: everything is resolved from the repository root so the
// tools behave the same whatever the caller's working directory is.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = join(REPO_ROOT, '.cache');
export const DATA_DIR = join(REPO_ROOT, '.data');
