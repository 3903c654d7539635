import { RouteProblem } from './route-problem.js';

/** What an openapi-fetch call resolves to, as far as a view needs it. */
interface ApiResult<T> {
  readonly data?: T;
  readonly response: Response;
}

/**
 * The data of an API answer a view cannot do without; any answer without it (an error status the route
 * did not handle itself) becomes a 502, since the page cannot be built from it.
 */
export function apiData<T>(result: ApiResult<T>, api: string): T {
  if (result.data === undefined) {
    throw RouteProblem.badGateway(`The ${api} answered ${result.response.status}`);
  }
  return result.data;
}
