/** The password rules pages explain, as the Auth API defines them. */
export interface PasswordPolicy {
  readonly minLength: number;
  readonly requiresMixedCase: boolean;
  readonly requiresDigit: boolean;
}

export const PASSWORD_POLICY_URL = '/bff/password-policy';
