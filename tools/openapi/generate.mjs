// Generates every API's OpenAPI document from the Nest code in core/ and the typed client sources from them.
// Default: writes openapi/specs and openapi/src/generated, then builds the openapi package.
// --check: writes nothing; exits 1 listing the checked-in files that differ from what the code generates.
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleFiles } from './compare-trees.mjs';
import { renderClientTypes } from './render-client-types.mjs';
import { replaceDir } from './replace-dir.mjs';
import { run } from './run.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const openapiDir = join(root, 'openapi');
const check = process.argv.includes('--check');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

async function generate(outDir) {
  const specsDir = join(outDir, 'specs');
  const generatedDir = join(outDir, 'generated');
  await run(process.execPath, [join(root, 'core/dist/openapi/generate-specs.js'), specsDir], { cwd: root });
  await mkdir(generatedDir, { recursive: true });
  for (const file of (await readdir(specsDir)).sort()) {
    const name = basename(file, '.json');
    await writeFile(
      join(generatedDir, `${name}.ts`),
      await renderClientTypes(openapiDir, join(specsDir, file), name),
    );
  }
  return { specsDir, generatedDir };
}

const outDir = await mkdtemp(join(tmpdir(), 'astrobookings-openapi-'));
try {
  await run(npm, ['run', 'build', '-w', 'core'], { cwd: root });
  const { specsDir, generatedDir } = await generate(outDir);
  if (check) {
    const stale = [
      ...(await staleFiles(specsDir, join(openapiDir, 'specs'), 'openapi/specs')),
      ...(await staleFiles(generatedDir, join(openapiDir, 'src/generated'), 'openapi/src/generated')),
    ];
    if (stale.length > 0) {
      console.error(`OpenAPI files are stale:\n${stale.map((f) => `  - ${f}`).join('\n')}`);
      console.error('Run `npm run openapi:generate` and commit the result.');
      process.exitCode = 1;
    } else {
      console.log('OpenAPI specs and clients are up to date.');
    }
  } else {
    await replaceDir(specsDir, join(openapiDir, 'specs'));
    await replaceDir(generatedDir, join(openapiDir, 'src/generated'));
    await run(npm, ['run', 'build', '-w', 'openapi'], { cwd: root });
    console.log('OpenAPI specs and clients written to openapi/.');
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}
