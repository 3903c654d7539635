import { Inject, Injectable } from '@nestjs/common';
import { NotificationOutbox } from '../../shared/notification-outbox/notification-outbox.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';

const ORIGIN = 'auth-api';

/** The emails of the account flows, queued in the notification outbox with links to the Auth web app. */
@Injectable()
export class AuthEmails {
  constructor(
    private readonly outbox: NotificationOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  verifyEmail(to: string, name: string, token: string): Promise<string> {
    return this.send(
      to,
      'Confirm your AstroBookings email address',
      `Hello ${name},\n\nConfirm your email address to finish creating your account:\n${this.link('verify-email', token)}\n\nThe link works once, for 24 hours. If you did not sign up, ignore this email.`,
    );
  }

  alreadyRegistered(to: string): Promise<string> {
    return this.send(
      to,
      'Someone tried to sign up with your email address',
      `Hello,\n\nSomeone (maybe you) tried to create an AstroBookings account with this address, which already has one.\nSign in: ${this.config.urls.authWeb}/sign-in\nForgot your password? ${this.config.urls.authWeb}/forgot-password\n\nIf it was not you, you can ignore this email.`,
    );
  }

  resetPassword(to: string, token: string): Promise<string> {
    return this.send(
      to,
      'Reset your AstroBookings password',
      `Hello,\n\nChoose a new password here:\n${this.link('reset-password', token)}\n\nThe link works once, for 1 hour. If you did not ask for it, ignore this email: your password stays as it is.`,
    );
  }

  invitation(to: string, invitedAs: string, token: string): Promise<string> {
    return this.send(
      to,
      'You are invited to AstroBookings',
      `Hello,\n\nYou are invited to join AstroBookings as ${invitedAs}. Accept the invitation and choose your password:\n${this.link('invitation', token)}\n\nThe invitation is valid for 7 days.`,
    );
  }

  unlockAccount(to: string, token: string): Promise<string> {
    return this.send(
      to,
      'Your AstroBookings account was locked',
      `Hello,\n\nThere were too many wrong passwords for your account, so we locked it for now. If it was you, or to lift the lock at once, follow this link:\n${this.link('unlock-account', token)}\n\nThe link works once, while the lock lasts. If it was not you, consider changing your password: ${this.config.urls.authWeb}/forgot-password`,
    );
  }

  /** The token rides in the fragment, which browsers never send: no server or proxy log can record it. */
  private link(page: string, token: string): string {
    return `${this.config.urls.authWeb}/${page}#token=${encodeURIComponent(token)}`;
  }

  private send(to: string, subject: string, text: string): Promise<string> {
    return this.outbox.enqueue({ to, subject, text }, ORIGIN);
  }
}
