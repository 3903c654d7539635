import type { EmailCatalogue } from '../../shared/notification-outbox/email-catalogue.js';

/** Sent to supplier staff and employees invited to join; `invitedAs` lists their roles. */
export const INVITATION: EmailCatalogue<{ invitedAs: string; link: string }> = {
  en: ({ invitedAs, link }) => ({
    subject: 'You are invited to AstroBookings',
    text: `Hello,\n\nYou are invited to join AstroBookings as ${invitedAs}. Accept the invitation and choose your password:\n${link}\n\nThe invitation is valid for 7 days.`,
  }),
  es: ({ invitedAs, link }) => ({
    subject: 'Te han invitado a AstroBookings',
    text: `Hola:\n\nTe han invitado a unirte a AstroBookings con el rol ${invitedAs}. Acepta la invitación y elige tu contraseña:\n${link}\n\nLa invitación es válida durante 7 días.`,
  }),
};
