// Schemathesis in a project-local virtual environment under .cache/, created on first use from
// requirements.txt (exact versions, every file's sha256) and reused until that file changes.
// Regenerate requirements.txt after editing requirements.in:
//   pip-compile --generate-hashes --allow-unsafe --strip-extras --no-header --annotation-style=line \
//     -o tools/fuzz/requirements.txt tools/fuzz/requirements.in
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR } from '../db/index.mjs';

const REQUIREMENTS = join(dirname(fileURLToPath(import.meta.url)), 'requirements.txt');
const VENV_DIR = join(CACHE_DIR, 'schemathesis-venv');
// Written last, so a half-finished install is never mistaken for a ready one.
const STAMP = join(VENV_DIR, 'requirements.sha256');
const SCHEMATHESIS = join(VENV_DIR, 'bin', 'schemathesis');

function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** The schemathesis executable, installing it first when the venv is missing or its requirements changed. */
export async function ensureSchemathesis({ python = process.env.PYTHON ?? 'python3' } = {}) {
  const wanted = createHash('sha256')
    .update(await readFile(REQUIREMENTS))
    .digest('hex');
  const installed = await readFile(STAMP, 'utf8').catch(() => '');
  if (installed.trim() === wanted && existsSync(SCHEMATHESIS)) return SCHEMATHESIS;

  console.log(`installing schemathesis into ${VENV_DIR}`);
  await rm(VENV_DIR, { recursive: true, force: true });
  await run(python, ['-m', 'venv', VENV_DIR]);
  const pip = join(VENV_DIR, 'bin', 'pip');
  await run(
    pip,
    [
      'install',
      '--require-virtualenv',
      '--require-hashes',
      '--only-binary=:all:',
      '--no-deps',
      '--quiet',
      '-r',
      REQUIREMENTS,
    ],
    { PIP_DISABLE_PIP_VERSION_CHECK: '1' },
  );
  await writeFile(STAMP, `${wanted}\n`);
  return SCHEMATHESIS;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await ensureSchemathesis());
}
