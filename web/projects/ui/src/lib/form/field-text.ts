import { FIELD_MESSAGES } from './field-wording';
import type { FieldProblem } from './form-feedback';

/**
 * What a field's problem says: the app's sentence for its code, else the kit's, else the API's own sentence
 * (a code nobody has worded yet still explains itself).
 */
export function fieldText(problem: FieldProblem, appWords: Readonly<Record<string, string>> = {}): string {
  return appWords[problem.code] ?? FIELD_MESSAGES[problem.code] ?? problem.message;
}
