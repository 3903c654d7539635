import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { closeRequestBodies } from './close-request-bodies.js';
import { API_KEY_HEADER, API_KEY_SCHEME, BEARER_SCHEME } from '../security/security-metadata.js';

/** What an API says about itself in its OpenAPI document. */
export interface ApiDescription {
  /** Short name used for file names, e.g. `customer-api`. */
  name: string;
  title: string;
  description: string;
}

export const OPENAPI_VERSION = '3.1.0';

/** Builds the OpenAPI 3.1 document of an app from its controllers and DTOs. */
export function buildApiDocument(app: INestApplication, api: ApiDescription): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion(OPENAPI_VERSION)
    .setTitle(api.title)
    .setDescription(api.description)
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .addApiKey({ type: 'apiKey', in: 'header', name: API_KEY_HEADER }, API_KEY_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  return closeRequestBodies(document);
}

/**
 * Serves the document as `/openapi.json` and a browsable UI at `/docs`; only where API_DOCS is on (development
 * and test by default), since a production API has no reader for them.
 */
export function serveApiDocument(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
  });
}
