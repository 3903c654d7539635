export { SERVICES, WEB_APPS } from './components.js';
