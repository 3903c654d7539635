// `npm run typecheck`: tsc --noEmit on every TypeScript project: the workspaces compiled with tsc, the system
// package's hand-written declarations, and the browser tests and the tools' tests, which Jest runs through SWC
// without checking their types.
// The web apps are type-checked by their Angular build.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../db/index.mjs';
import { buildStep } from './build-steps.mjs';

const PROJECTS = ['system', 'openapi', 'bff', 'core', 'web/e2e', 'tools'];
const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

function check(project) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '--noEmit', '-p', project], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
    child.once('exit', (code) => {
      console.log(`[typecheck] ${project}: ${code === 0 ? 'ok' : 'FAILED'}`);
      resolve(code === 0);
    });
  });
}

// bff and core import @astrobookings/openapi through its built type declarations.
try {
  await buildStep('openapi');
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const results = await Promise.all(PROJECTS.map(check));
process.exit(results.every(Boolean) ? 0 : 1);
