import type { JobContext } from './job-context.js';

/**
 * Has the Auth API delete expired tokens and ended sessions from the Core DB: FerretDB has no TTL indexes, so
 * nothing else ever removes them.
 */
export async function deleteExpiredCredentials({ authApi }: JobContext): Promise<string> {
  const { data, response } = await authApi.POST('/auth/housekeeping/credentials');
  if (!data) throw new Error(`Auth API answered ${response.status}`);
  return (
    `${data.refreshTokens} refresh token(s), ${data.emailTokens} email token(s), ` +
    `${data.tokenClaims} claim(s), ${data.sessions} session(s) deleted`
  );
}
