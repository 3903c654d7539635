import type { EmailCatalogue } from '../../shared/notification-outbox/email-catalogue.js';

/** Sent when someone signs up with an address that has an account: only its owner learns that it exists. */
export const ALREADY_REGISTERED: EmailCatalogue<{ signInLink: string; forgotPasswordLink: string }> = {
  en: ({ signInLink, forgotPasswordLink }) => ({
    subject: 'Someone tried to sign up with your email address',
    text: `Hello,\n\nSomeone (maybe you) tried to create an AstroBookings account with this address, which already has one.\nSign in: ${signInLink}\nForgot your password? ${forgotPasswordLink}\n\nIf it was not you, you can ignore this email.`,
  }),
  es: ({ signInLink, forgotPasswordLink }) => ({
    subject: 'Alguien intentó registrarse con tu dirección de correo',
    text: `Hola:\n\nAlguien (quizá tú) intentó crear una cuenta de AstroBookings con esta dirección, que ya tiene una.\nInicia sesión: ${signInLink}\n¿Olvidaste tu contraseña? ${forgotPasswordLink}\n\nSi no fuiste tú, puedes ignorar este correo.`,
  }),
};
