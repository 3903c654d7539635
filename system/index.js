export { SERVICES, WEB_APPS } from './components.js';
export { ConfigError } from './config-error.js';
export { EnvReader } from './env-reader.js';
export { LOG_LEVELS } from './log-levels.js';
export { loggableUrl } from './loggable-url.js';
export { NODE_ENVS, readNodeEnv } from './node-env.js';
