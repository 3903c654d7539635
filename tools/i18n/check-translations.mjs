// `npm run i18n:check`: extracts every localized app's messages (`ng extract-i18n --format json`, into a
// temporary folder) and fails when a message has no translation, is translated twice, lost a placeholder,
// or when a translation file keeps a message that no app has any more. Apps without an `i18n` block in
// angular.json are English-only and skipped.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../db/index.mjs';
import { translationProblems } from './translation-check.mjs';

const WEB_DIR = join(REPO_ROOT, 'web');
const NG = join(REPO_ROOT, 'node_modules', '@angular', 'cli', 'bin', 'ng.js');

function extract(app, outputPath) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [NG, 'extract-i18n', app, '--format', 'json', '--output-path', outputPath],
      {
        cwd: WEB_DIR,
        stdio: ['ignore', 'pipe', 'pipe'],
        // As for `ng build`: the server module the extraction loads validates its configuration.
        env: { ...process.env, NODE_ENV: 'development', NG_CLI_ANALYTICS: 'false', NG_FORCE_TTY: 'false' },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`ng extract-i18n ${app} exited with ${code}\n${output}`)),
    );
  });
}

async function readJson(path) {
  return JSON.parse(await readFile(path, 'utf8'));
}

const workspace = await readJson(join(WEB_DIR, 'angular.json'));
const files = {};
for (const [app, project] of Object.entries(workspace.projects)) {
  if (!project.i18n?.locales) continue;
  files[app] = Object.fromEntries(
    Object.entries(project.i18n.locales).map(([locale, options]) => {
      const translation = typeof options === 'string' ? options : options.translation;
      return [locale, [translation].flat()];
    }),
  );
}

const dir = await mkdtemp(join(tmpdir(), 'astro-i18n-'));
try {
  const extracted = {};
  for (const app of Object.keys(files)) {
    await extract(app, join(dir, app));
    extracted[app] = (await readJson(join(dir, app, 'messages.json'))).translations;
  }
  const translations = {};
  for (const path of new Set(Object.values(files).flatMap((locales) => Object.values(locales).flat()))) {
    translations[path] = (await readJson(join(WEB_DIR, path))).translations;
  }
  const problems = translationProblems({ extracted, translations, files });
  for (const problem of problems) console.error(problem);
  const apps = Object.keys(files).join(', ');
  if (problems.length > 0) {
    console.error(`i18n:check: ${problems.length} problem(s) in the translations of ${apps}`);
    process.exitCode = 1;
  } else {
    console.log(`i18n:check: every message of ${apps} is translated`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
