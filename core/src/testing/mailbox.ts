import { eventually } from './eventually.js';
import { testEnv } from './test-env.js';

export interface CaughtEmail {
  subject: string;
  text: string;
  html?: string;
  to: Array<{ address: string }>;
}

/** The newest email maildev caught for `to` whose subject contains `subject`, waiting until it arrives. */
export function waitForEmail(to: string, subject: string, timeoutMs = 15_000): Promise<CaughtEmail> {
  return eventually(async () => {
    const inbox = (await (await fetch(`${testEnv('MAIL_WEB_URL')}/api/email`)).json()) as CaughtEmail[];
    return inbox
      .filter((email) => email.to.some((r) => r.address === to) && email.subject.includes(subject))
      .at(-1);
  }, timeoutMs);
}

/** The `token` fragment parameter of the first link to `page` in an email. */
export function tokenFromLink(email: CaughtEmail, page: string): string {
  const link = email.text.match(new RegExp(`https?://\\S+/${page}#token=(\\S+)`));
  if (!link) throw new Error(`no ${page} link in "${email.subject}"`);
  return decodeURIComponent(link[1]);
}
