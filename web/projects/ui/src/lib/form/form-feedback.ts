/** One field a form was refused for: a code to choose the words by, and the API's own sentence as fallback. */
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/**
 * A refused form, as the BFF hands it to the render that follows its redirect: the values the person sent
 * (never a secret), the fields at fault, and a sentence for the whole form when the refusal named no field.
 */
export interface FormFeedback {
  readonly values: Readonly<Record<string, string>>;
  readonly fields: readonly FieldProblem[];
  readonly message?: string;
}
