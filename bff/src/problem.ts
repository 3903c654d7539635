import type { Response } from 'express';

/** Answers with an RFC 9457 problem document, the error format shared by every API and BFF route. */
export function problem(res: Response, status: number, title: string, detail?: string): void {
  res
    .status(status)
    .type('application/problem+json')
    .json({
      type: 'about:blank',
      title,
      status,
      ...(detail === undefined ? {} : { detail }),
      instance: res.req.originalUrl,
    });
}
