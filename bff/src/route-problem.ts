/**
 * A problem a BFF route answers with instead of its view (e.g. 404 for an id that is no one's, 502 when
 * an API answered without data). Thrown by loaders; `viewRoute` and `bffErrorHandler` send it as an
 * RFC 9457 document.
 */
export class RouteProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'RouteProblem';
  }

  static notFound(detail: string): RouteProblem {
    return new RouteProblem(404, 'Not Found', detail);
  }

  static badGateway(detail: string): RouteProblem {
    return new RouteProblem(502, 'Bad Gateway', detail);
  }
}
