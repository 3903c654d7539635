import type { EmailCatalogue } from '../../shared/notification-outbox/email-catalogue.js';

/** Sent when a password reset is asked for an address with an account. */
export const RESET_PASSWORD: EmailCatalogue<{ link: string }> = {
  en: ({ link }) => ({
    subject: 'Reset your AstroBookings password',
    text: `Hello,\n\nChoose a new password here:\n${link}\n\nThe link works once, for 1 hour. If you did not ask for it, ignore this email: your password stays as it is.`,
  }),
  es: ({ link }) => ({
    subject: 'Restablece tu contraseña de AstroBookings',
    text: `Hola:\n\nElige una contraseña nueva aquí:\n${link}\n\nEl enlace funciona una sola vez, durante 1 hora. Si no lo has pedido, ignora este correo: tu contraseña sigue siendo la misma.`,
  }),
};
