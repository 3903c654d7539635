export {
  SERVICES,
  WEB_APPS,
  type ApiName,
  type Service,
  type ServiceKey,
  type ServiceName,
  type WebApp,
  type WebAppDescription,
  type WebAppKey,
} from './components.js';
export { ConfigError } from './config-error.js';
export { EnvReader } from './env-reader.js';
export { LOG_LEVELS, type LogLevel } from './log-levels.js';
export { loggableUrl } from './loggable-url.js';
export { NODE_ENVS, readNodeEnv, type NodeEnv } from './node-env.js';
