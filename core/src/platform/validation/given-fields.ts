/**
 * The fields a request body set. A DTO instance has every field of its class, undefined where the body left it
 * out, so copying the instance itself onto an entity would blank the fields a change did not name.
 */
export function givenFields<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)) as Partial<T>;
}
