import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Makes `targetDir` hold exactly the files of `sourceDir`. */
export async function replaceDir(sourceDir, targetDir) {
  await mkdir(targetDir, { recursive: true });
  for (const name of await readdir(targetDir))
    await rm(join(targetDir, name), { recursive: true, force: true });
  await cp(sourceDir, targetDir, { recursive: true });
}
