// Integration and e2e tests start real servers; Jest's 5 s default is too short on a 2-core machine.
import { jest } from '@jest/globals';

jest.setTimeout(Number(process.env.ASTRO_TEST_TIMEOUT_MS ?? 120_000));
