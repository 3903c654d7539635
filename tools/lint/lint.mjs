// `npm run lint`: ESLint over the repository. The type-checked rules read the workspace packages' types
// (@astrobookings/openapi, @astrobookings/bff) from their dist/, so those are built first when stale;
// on a fresh clone they would otherwise resolve to nothing and every call through them look unsafe.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildStep } from '../build/build-steps.mjs';
import { REPO_ROOT } from '../db/index.mjs';

await buildStep('openapi');
await buildStep('bff');
const eslint = spawn(
  process.execPath,
  [join(REPO_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), ...process.argv.slice(2)],
  { cwd: REPO_ROOT, stdio: 'inherit' },
);
eslint.once('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
