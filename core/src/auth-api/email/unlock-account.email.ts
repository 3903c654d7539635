import type { EmailCatalogue } from '../../shared/notification-outbox/email-catalogue.js';

/** Sent when too many wrong passwords locked an account: the owner can lift the lock at once. */
export const UNLOCK_ACCOUNT: EmailCatalogue<{ link: string; forgotPasswordLink: string }> = {
  en: ({ link, forgotPasswordLink }) => ({
    subject: 'Your AstroBookings account was locked',
    text: `Hello,\n\nThere were too many wrong passwords for your account, so we locked it for now. If it was you, or to lift the lock at once, follow this link:\n${link}\n\nThe link works once, while the lock lasts. If it was not you, consider changing your password: ${forgotPasswordLink}`,
  }),
  es: ({ link, forgotPasswordLink }) => ({
    subject: 'Hemos bloqueado tu cuenta de AstroBookings',
    text: `Hola:\n\nSe introdujeron demasiadas contraseñas incorrectas en tu cuenta, así que la hemos bloqueado por ahora. Si fuiste tú, o para desbloquearla ya, sigue este enlace:\n${link}\n\nEl enlace funciona una sola vez, mientras dure el bloqueo. Si no fuiste tú, plantéate cambiar tu contraseña: ${forgotPasswordLink}`,
  }),
};
