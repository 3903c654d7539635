/** URLs of the servers the integration globalSetup started (see tools/test/integration-setup.mjs). */
export function testEnv(name: 'DATABASE_URL' | 'MONGO_URL' | 'SMTP_URL' | 'MAIL_WEB_URL'): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run integration specs through the Jest "integration" project`);
  return value;
}
