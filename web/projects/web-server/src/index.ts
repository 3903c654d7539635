export { createWebServer, type WebServer, type WebServerOptions } from './create-web-server';
