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
