import { HttpException } from '@nestjs/common';
import type { FieldError } from './problem.js';

/** One business rule that refused the value of one field: its code and the sentence that explains it. */
export interface FieldRefusal {
  field: string;
  code: string;
  message: string;
}

/**
 * A business rule's refusal (409, 422) that concerns fields of the request, so the problem names them as a
 * validation failure does and a form can mark each; the detail joins their sentences for callers that read
 * only that.
 */
export class FieldRefusalException extends HttpException {
  readonly errors: FieldError[];

  constructor(status: 409 | 422, refusals: readonly FieldRefusal[]) {
    super(refusals.map((refusal) => refusal.message).join(' '), status);
    this.errors = refusals.map(({ field, code, message }) => ({ field, messages: [message], codes: [code] }));
  }

  /** Throws when any rule refused; the rules are checked together so a form can show every field at once. */
  static throwIfAny(status: 409 | 422, refusals: readonly (FieldRefusal | undefined)[]): void {
    const found = refusals.filter((refusal): refusal is FieldRefusal => refusal !== undefined);
    if (found.length > 0) throw new FieldRefusalException(status, found);
  }
}
