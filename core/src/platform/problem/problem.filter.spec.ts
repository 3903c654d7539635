import type { ArgumentsHost } from '@nestjs/common';
import { NotFoundException } from '@nestjs/common';
import { pino } from 'pino';
import { ProblemFilter } from './problem.filter.js';

function hostFor(url: string) {
  const sent: { status?: number; type?: string; body?: string } = {};
  const response = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    type(value: string) {
      sent.type = value;
      return this;
    },
    send(body: string) {
      sent.body = body;
      return this;
    },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ originalUrl: url }), getResponse: () => response }),
  } as unknown as ArgumentsHost;
  return { host, sent };
}

describe('ProblemFilter', () => {
  it('sends problem+json with the problem status', () => {
    const { host, sent } = hostFor('/missing');
    new ProblemFilter(pino({ level: 'silent' })).catch(new NotFoundException(), host);
    expect(sent.status).toBe(404);
    expect(sent.type).toBe('application/problem+json');
    expect(JSON.parse(sent.body ?? '{}')).toMatchObject({ status: 404, instance: '/missing' });
  });
});
