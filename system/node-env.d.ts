import type { EnvReader } from './env-reader.js';

export type NodeEnv = 'development' | 'test' | 'production';

/** What NODE_ENV may say in every process. */
export declare const NODE_ENVS: readonly NodeEnv[];

/**
 * NODE_ENV, failing closed: unset means production, so a deployment that forgets it never runs on the
 * development secrets. Any other value than NODE_ENVS is reported as a problem and read as production too.
 */
export declare function readNodeEnv(read: EnvReader): NodeEnv;
