// The direction of imports inside core/src, as ESLint `no-restricted-imports` blocks:
// a service imports only shared/ and platform/; shared/ only platform/; platform/ nothing else of core/src.
// Composition roots (apps/) and tooling (migrations/, seed/, testing/, openapi/) may import anything;
// tests in a layer may also import the tooling and composition roots, never another service.

export const SERVICES = ['auth-api', 'customer-api', 'admin-api', 'core-api', 'job-scheduler'];
const TOOLING = ['apps', 'migrations', 'seed', 'testing', 'openapi'];
const TESTS = ['**/*.spec.ts', '**/*.int-spec.ts'];

/** Matches a relative import that climbs to core/src and enters one of `folders`. */
const into = (folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

function restrict(layer, forbidden, because) {
  const pattern = (folders) => ({ regex: into(folders), message: because });
  const files = [`core/src/${layer}/**/*.ts`];
  return [
    {
      name: `core-boundaries/${layer}`,
      files,
      ignores: TESTS,
      rules: { 'no-restricted-imports': ['error', { patterns: [pattern([...forbidden, ...TOOLING])] }] },
    },
    {
      name: `core-boundaries/${layer}/tests`,
      files: TESTS.map((test) => `core/src/${layer}/${test}`),
      rules: { 'no-restricted-imports': ['error', { patterns: [pattern(forbidden)] }] },
    },
  ];
}

export const coreBoundaries = [
  ...SERVICES.flatMap((service) =>
    restrict(
      service,
      SERVICES.filter((other) => other !== service),
      `${service} may import only its own folders, shared/ and platform/: move what two services need to shared/.`,
    ),
  ),
  ...restrict('shared', SERVICES, 'shared/ may import only shared/ and platform/, never a service.'),
  ...restrict(
    'platform',
    [...SERVICES, 'shared'],
    'platform/ is infrastructure: it imports nothing from shared/ or the services.',
  ),
];
