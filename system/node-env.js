// Both configuration loaders (core's and the BFF's) read NODE_ENV through this, so they agree on which
// values turn on development defaults. Documented in node-env.d.ts.
export const NODE_ENVS = Object.freeze(['development', 'test', 'production']);

export function readNodeEnv(read) {
  const value = read.oneOf('NODE_ENV', 'production', NODE_ENVS);
  return NODE_ENVS.includes(value) ? value : 'production';
}
