import type { EmailCatalogue } from '../../shared/notification-outbox/email-catalogue.js';

/** Sent on sign-up: the link that confirms the address and activates the account. */
export const VERIFY_EMAIL: EmailCatalogue<{ name: string; link: string }> = {
  en: ({ name, link }) => ({
    subject: 'Confirm your AstroBookings email address',
    text: `Hello ${name},\n\nConfirm your email address to finish creating your account:\n${link}\n\nThe link works once, for 24 hours. If you did not sign up, ignore this email.`,
  }),
  es: ({ name, link }) => ({
    subject: 'Confirma tu dirección de correo en AstroBookings',
    text: `Hola, ${name}:\n\nConfirma tu dirección de correo para terminar de crear tu cuenta:\n${link}\n\nEl enlace funciona una sola vez, durante 24 horas. Si no te has registrado, ignora este correo.`,
  }),
};
