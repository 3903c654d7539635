export { createApiClients, type ApiClients } from './api-clients.js';
export { apiData } from './api-data.js';
export type { TokenPair } from './auth-api.js';
export { bffErrorHandler } from './error-handler.js';
export { apiProxy, type ApiProxyOptions } from './api-proxy.js';
export { loadBffConfig, type ApiName, type BffConfig, type WebApp } from './config.js';
export { csrfCookieName, readCookie, sessionCookieName } from './cookies.js';
export { CSRF_FIELD, CSRF_HEADER, csrfProtection, csrfTokenOf } from './csrf.js';
export {
  FORM_FLASH_SECONDS,
  fieldProblems,
  formRefusal,
  refuseForm,
  takeFormFeedback,
  type FieldProblem,
  type FormFeedback,
  type FormRefusal,
  type RefuseFormOptions,
} from './form-flash.js';
export { formLocale, LOCALES, type Locale } from './form-locale.js';
export { field, numberField, queryParam, secretField, siteDateField } from './form-readers.js';
export { healthRouter, type ApiState, type HealthRouterOptions } from './health-router.js';
export { localeOfPath, localePath } from './locale-path.js';
export { pageAccessOf, pageGuard, type PageAccess } from './page-guard.js';
export { isWebApp, PORTALS, type Portal } from './portals.js';
export { pageUrl } from './page-url.js';
export { problem } from './problem.js';
export { problemText, type ProblemWording } from './problem-text.js';
export { readMoney, type MoneyProblem, type MoneyReading } from './read-money.js';
export { createLogger, requestContext, requestIdOf, REQUEST_ID_HEADER } from './request-context.js';
export { safeReturnTo } from './return-to.js';
export { redirectsInLocale } from './redirects-in-locale.js';
export { RouteProblem } from './route-problem.js';
export { hasAnyRole, requirePortalRole, requireRole } from './roles.js';
export { cspNonceOf, securityHeaders } from './security-headers.js';
export { accessTokenOf, sessionOf, type BffSession, type SessionUser } from './session.js';
export { sessionMiddleware } from './session-middleware.js';
export { signInUrl, sessionRoutes } from './session-routes.js';
export { createSessionStore, sessionFromPair, type SessionStore } from './session-store.js';
export { instantToWallTime, wallTimeToInstant } from './wall-time.js';
export { viewRoute, type ViewRequest, type ViewRouteOptions } from './view-route.js';
export { publicCacheControl, ResponseCache, type ResponseCacheOptions } from './response-cache.js';
