import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { emailHtml } from '../../shared/notification-outbox/email-html.js';
import type { OutgoingEmail } from '../../shared/notification-outbox/outgoing-email.js';

/**
 * Sends email through the SMTP server at SMTP_URL (maildev locally, a real relay elsewhere), as text and the
 * HTML made from it.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = createTransport(config.smtpUrl, { from: config.mailFrom });
  }

  async send(email: OutgoingEmail): Promise<string> {
    const info = await this.transport.sendMail({
      from: this.config.mailFrom,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: emailHtml(email),
    });
    return String(info.messageId);
  }

  /** Opens an SMTP session and closes it: proves the server is there without sending anything. */
  async verify(): Promise<void> {
    await this.transport.verify();
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
