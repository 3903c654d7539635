import type { OpenAPIObject } from '@nestjs/swagger';

type Schema = Record<string, unknown>;

const SCHEMA_REF = '#/components/schemas/';

/**
 * Marks every schema a request body uses, nested ones included, `additionalProperties: false`: the global
 * ValidationPipe refuses any field a DTO does not declare (`forbidNonWhitelisted`), so the document says so.
 */
export function closeRequestBodies(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const closed = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const schema = node as Schema;
    const ref = typeof schema.$ref === 'string' ? schema.$ref : undefined;
    if (ref?.startsWith(SCHEMA_REF)) {
      const name = ref.slice(SCHEMA_REF.length);
      if (closed.has(name) || !schemas[name]) return;
      closed.add(name);
      return visit(schemas[name]);
    }
    if (schema.type === 'object' && schema.properties && schema.additionalProperties === undefined) {
      schema.additionalProperties = false;
    }
    for (const key of ['properties', 'items', 'allOf', 'anyOf', 'oneOf']) {
      const child = schema[key];
      visit(key === 'properties' && child ? Object.values(child) : child);
    }
  };
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations as Record<string, { requestBody?: unknown }>)) {
      const content = (
        operation?.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined
      )?.content;
      for (const media of Object.values(content ?? {})) visit(media.schema);
    }
  }
  return document;
}
