import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadConfig } from '../platform/config/load-config.js';
import { buildApiDocument } from '../platform/api-docs/api-document.js';
import { API_DEFINITIONS } from './api-definitions.js';
import { sortDocument } from './sort-document.js';

/**
 * Writes `<name>.json` for every API into the directory given as first argument. Apps are created in preview
 * mode: modules and routes are scanned but no provider runs, so no database or other service is needed.
 */
async function generateSpecs(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const definition of API_DEFINITIONS) {
    if (!definition.api) continue;
    // Configuration decides no route or schema; development needs no secrets.
    const config = loadConfig(definition.name, { NODE_ENV: 'development' });
    const app = await NestFactory.create(definition.module(config), { preview: true, logger: false });
    const document = sortDocument(buildApiDocument(app, definition.api));
    await app.close();
    await writeFile(join(outDir, `${definition.api.name}.json`), `${JSON.stringify(document, null, 2)}\n`);
  }
}

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: generate-specs <output directory>');
  process.exit(2);
}
await generateSpecs(resolve(outDir));
