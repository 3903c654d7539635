// Embedded backing servers for development and tests (see README "Embedded databases").
export { ensureFerretDbBinary } from './ferretdb-binary.mjs';
export { startPostgres } from './postgres.mjs';
export { startFerretDb } from './ferretdb.mjs';
export { startMailCatcher } from './mail-catcher.mjs';
export { startTestEnvironment } from './test-environment.mjs';
export { freePort, isPortOpen, waitUntil } from './ports.mjs';
export { spawnManaged } from './process.mjs';
export { REPO_ROOT, CACHE_DIR, DATA_DIR } from './paths.mjs';
