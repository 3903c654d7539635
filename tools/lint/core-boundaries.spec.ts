import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { REPO_ROOT } from '../db/index.mjs';

// Lints made-up files with the project's own eslint.config.js, so a broken wiring fails here too. They are
// in no TypeScript project, so the type-checked rules, which need one, are left out.
const eslint = new ESLint({ cwd: REPO_ROOT, overrideConfig: tseslint.configs.disableTypeChecked });

async function boundaryErrors(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(
    `import { thing } from '${specifier}';\nexport const used = thing;\n`,
    {
      filePath: `${REPO_ROOT}/${filePath}`,
    },
  );
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the core/src boundary rule', () => {
  it("fails a service that imports another service's file", async () => {
    const errors = await boundaryErrors(
      'core/src/customer-api/bookings/customer-bookings.service.ts',
      '../../core-api/bookings/booking.dto.js',
    );
    expect(errors).toEqual([expect.stringContaining('customer-api may import only its own folders')]);
  });

  it('lets a service import its own folders, shared/ and platform/', async () => {
    for (const specifier of [
      './customer-booking.dto.js',
      '../catalog/catalog-launch.dto.js',
      '../../shared/rules/seat-limit.js',
      '../../platform/http/page-query.dto.js',
    ]) {
      expect(await boundaryErrors('core/src/customer-api/bookings/x.ts', specifier)).toEqual([]);
    }
  });

  it('fails a service that imports test helpers or a composition root outside its tests', async () => {
    expect(
      await boundaryErrors('core/src/core-api/bookings/x.ts', '../../testing/eventually.js'),
    ).toHaveLength(1);
    expect(
      await boundaryErrors('core/src/core-api/bookings/x.ts', '../../apps/core-api/core-api.definition.js'),
    ).toHaveLength(1);
  });

  it("lets a service's tests use the test helpers and composition roots, but not another service", async () => {
    const spec = 'core/src/core-api/bookings/x.int-spec.ts';
    expect(await boundaryErrors(spec, '../../testing/eventually.js')).toEqual([]);
    expect(await boundaryErrors(spec, '../../apps/admin-api/admin-api.definition.js')).toEqual([]);
    expect(await boundaryErrors(spec, '../../admin-api/launches/launches.service.js')).toHaveLength(1);
  });

  it('fails shared/ importing a service, and platform/ importing shared/ or a service', async () => {
    expect(
      await boundaryErrors(
        'core/src/shared/model/operations/x.ts',
        '../../../core-api/notifications/mailer.js',
      ),
    ).toEqual([expect.stringContaining('shared/ may import only shared/ and platform/')]);
    expect(
      await boundaryErrors(
        'core/src/platform/database/x.ts',
        '../../shared/model/operations/launch.entity.js',
      ),
    ).toEqual([expect.stringContaining('platform/ is infrastructure')]);
    expect(await boundaryErrors('core/src/platform/http/x.ts', '../../job-scheduler/jobs/x.js')).toHaveLength(
      1,
    );
  });

  it('lets composition roots import every service', async () => {
    expect(
      await boundaryErrors(
        'core/src/apps/admin-api/admin-api.module.ts',
        '../../admin-api/sync/sync.module.js',
      ),
    ).toEqual([]);
  });
});
