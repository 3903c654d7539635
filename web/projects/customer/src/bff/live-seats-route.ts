/**
 * The one Customer API path the browser may read through `/bff/proxy/customer`: a launch, for the launch
 * page's live seats left. Public and read-only; nothing else of the API is reachable from the browser.
 */
export const LIVE_SEATS_ROUTE = /^\/launches\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
