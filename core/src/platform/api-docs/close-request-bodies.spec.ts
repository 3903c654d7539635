import { describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import { closeRequestBodies } from './close-request-bodies.js';

const object = (properties: Record<string, unknown>) => ({ type: 'object', properties });

describe('closeRequestBodies', () => {
  it('refuses undeclared fields in every schema a request body uses, nested ones included, and leaves answers open', () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/bookings': {
          post: {
            requestBody: {
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Request' } } },
            },
            responses: {
              200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Answer' } } } },
            },
          },
        },
      },
      components: {
        schemas: {
          Request: object({
            passengers: { type: 'array', items: { $ref: '#/components/schemas/Passenger' } },
          }),
          Passenger: object({ name: { type: 'string' } }),
          Answer: object({ id: { type: 'string' } }),
        },
      },
    } as unknown as OpenAPIObject;
    const schemas = closeRequestBodies(document).components!.schemas as Record<
      string,
      Record<string, unknown>
    >;
    expect(schemas.Request.additionalProperties).toBe(false);
    expect(schemas.Passenger.additionalProperties).toBe(false);
    expect(schemas.Answer.additionalProperties).toBeUndefined();
  });
});
