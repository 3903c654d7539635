import type { PasswordPolicyDto } from './password-policy.dto.js';

/** The rules every account password must meet; forms show them before the user types. */
export const PASSWORD_POLICY: Readonly<PasswordPolicyDto> = Object.freeze({
  minLength: 12,
  requiresMixedCase: true,
  requiresDigit: true,
});

const MAX_LENGTH = 256;

/** What a password lacks to meet the policy, as phrases after "password must"; empty when it is fine. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_POLICY.minLength) {
    problems.push(`be at least ${PASSWORD_POLICY.minLength} characters long`);
  }
  if (password.length > MAX_LENGTH) problems.push(`be at most ${MAX_LENGTH} characters long`);
  if (PASSWORD_POLICY.requiresMixedCase && !(/[a-z]/.test(password) && /[A-Z]/.test(password))) {
    problems.push('mix lower and upper case letters');
  }
  if (PASSWORD_POLICY.requiresDigit && !/[0-9]/.test(password)) problems.push('contain a digit');
  return problems;
}
