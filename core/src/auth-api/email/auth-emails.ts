import { Inject, Injectable } from '@nestjs/common';
import type { Language } from '../../shared/model/language.js';
import type { EmailCatalogue } from '../../shared/notification-outbox/email-catalogue.js';
import { localizedUrl } from '../../shared/notification-outbox/localized-url.js';
import { NotificationOutbox } from '../../shared/notification-outbox/notification-outbox.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { ALREADY_REGISTERED } from './already-registered.email.js';
import { INVITATION } from './invitation.email.js';
import { RESET_PASSWORD } from './reset-password.email.js';
import { UNLOCK_ACCOUNT } from './unlock-account.email.js';
import { VERIFY_EMAIL } from './verify-email.email.js';

const ORIGIN = 'auth-api';

/**
 * The emails of the account flows, queued in the notification outbox with links to the Auth web app, each in
 * the language of the account it is about (the inviter's choice for an invitation).
 */
@Injectable()
export class AuthEmails {
  constructor(
    private readonly outbox: NotificationOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  verifyEmail(to: string, name: string, token: string, language: Language): Promise<string> {
    return this.send(to, language, VERIFY_EMAIL, {
      name,
      link: this.tokenLink(language, 'verify-email', token),
    });
  }

  alreadyRegistered(to: string, language: Language): Promise<string> {
    return this.send(to, language, ALREADY_REGISTERED, {
      signInLink: this.page(language, 'sign-in'),
      forgotPasswordLink: this.page(language, 'forgot-password'),
    });
  }

  resetPassword(to: string, token: string, language: Language): Promise<string> {
    return this.send(to, language, RESET_PASSWORD, {
      link: this.tokenLink(language, 'reset-password', token),
    });
  }

  invitation(to: string, invitedAs: string, token: string, language: Language): Promise<string> {
    return this.send(to, language, INVITATION, {
      invitedAs,
      link: this.tokenLink(language, 'invitation', token),
    });
  }

  unlockAccount(to: string, token: string, language: Language): Promise<string> {
    return this.send(to, language, UNLOCK_ACCOUNT, {
      link: this.tokenLink(language, 'unlock-account', token),
      forgotPasswordLink: this.page(language, 'forgot-password'),
    });
  }

  private page(language: Language, page: string): string {
    return localizedUrl(this.config.urls.authWeb, language, `/${page}`);
  }

  /** The token rides in the fragment, which browsers never send: no server or proxy log can record it. */
  private tokenLink(language: Language, page: string, token: string): string {
    return `${this.page(language, page)}#token=${encodeURIComponent(token)}`;
  }

  private send<Facts>(
    to: string,
    language: Language,
    catalogue: EmailCatalogue<Facts>,
    facts: Facts,
  ): Promise<string> {
    return this.outbox.enqueue({ to, language, ...catalogue[language](facts) }, ORIGIN);
  }
}
