import { ALREADY_REGISTERED } from './already-registered.email.js';
import { INVITATION } from './invitation.email.js';
import { RESET_PASSWORD } from './reset-password.email.js';
import { UNLOCK_ACCOUNT } from './unlock-account.email.js';
import { VERIFY_EMAIL } from './verify-email.email.js';

describe('account emails', () => {
  it('ask to confirm the address in English and in Spanish, carrying the link', () => {
    const facts = { name: 'Cas', link: 'https://auth.test/es/verify-email#token=t' };
    expect(VERIFY_EMAIL.en(facts).subject).toBe('Confirm your AstroBookings email address');
    const spanish = VERIFY_EMAIL.es(facts);
    expect(spanish.subject).toBe('Confirma tu dirección de correo en AstroBookings');
    expect(spanish.text).toContain('Hola, Cas:');
    expect(spanish.text).toContain(facts.link);
  });

  it('offer a password reset in Spanish, saying the link lasts one hour', () => {
    const email = RESET_PASSWORD.es({ link: 'L' });
    expect(email.subject).toBe('Restablece tu contraseña de AstroBookings');
    expect(email.text).toContain('durante 1 hora');
  });

  it('invite in Spanish with the roles and the link', () => {
    const email = INVITATION.es({ invitedAs: 'supplier', link: 'L' });
    expect(email.subject).toBe('Te han invitado a AstroBookings');
    expect(email.text).toContain('con el rol supplier');
    expect(email.text).toContain('7 días');
  });

  it('tell of a lock and of a repeated sign-up in Spanish, with both links', () => {
    const unlock = UNLOCK_ACCOUNT.es({ link: 'U', forgotPasswordLink: 'F' });
    expect(unlock.subject).toBe('Hemos bloqueado tu cuenta de AstroBookings');
    expect(unlock.text).toContain('U');
    expect(unlock.text).toContain('F');
    const again = ALREADY_REGISTERED.es({ signInLink: 'S', forgotPasswordLink: 'F' });
    expect(again.text).toContain('Inicia sesión: S');
    expect(ALREADY_REGISTERED.en({ signInLink: 'S', forgotPasswordLink: 'F' }).text).toContain('Sign in: S');
  });
});
