import { Transform } from 'class-transformer';

/** Emails are compared lower-cased and trimmed, so `Ann@X.test ` and `ann@x.test` are one account. */
export const NormalizeEmail = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  );
