// Jest in native ESM mode (run with NODE_OPTIONS=--experimental-vm-modules; `npm test` does).
// TypeScript is compiled by SWC with legacy decorators and decorator metadata, as NestJS needs.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // Sources import siblings as `./x.js` (nodenext); in tests those resolve to the `.ts` file.
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // Workspace packages are tested from source, so tests never depend on a stale dist/.
    '^@astrobookings/(openapi|bff)$': '<rootDir>/$1/src/index.ts',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.angular/'],
};

export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/{core,bff}/src/**/*.spec.ts',
        '<rootDir>/system/*.spec.ts',
        '<rootDir>/tools/**/*.spec.ts',
        // BFF route code of the web apps: Angular-free (it imports only the framework-free view files).
        '<rootDir>/web/projects/*/src/bff/**/*.spec.ts',
        // The UI library's framework-free helpers (timers, polling, form problem codes and words, money).
        '<rootDir>/web/projects/ui/src/lib/live/*.spec.ts',
        '<rootDir>/web/projects/ui/src/lib/form/*.spec.ts',
        '<rootDir>/web/projects/ui/src/lib/money/*.spec.ts',
        // The design tokens' contrast, read from the stylesheet itself.
        '<rootDir>/web/projects/ui/src/styles/*.spec.ts',
      ],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{core,bff,tools}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/tools/test/integration-setup.mjs',
      globalTeardown: '<rootDir>/tools/test/integration-teardown.mjs',
      setupFilesAfterEnv: ['<rootDir>/tools/test/slow-test-timeout.mjs'],
      slowTestThreshold: 30,
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/**/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/tools/test/e2e-setup.mjs',
      globalTeardown: '<rootDir>/tools/test/e2e-teardown.mjs',
      setupFilesAfterEnv: ['<rootDir>/tools/test/slow-test-timeout.mjs'],
      slowTestThreshold: 60,
    },
  ],
};
