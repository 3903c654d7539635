import { announcementEmail, type AnnouncedLaunch } from './announcement-email.js';

const launch: AnnouncedLaunch = {
  id: 'l-1',
  missionName: 'Lunar Loop',
  destination: 'the Moon',
  launchSite: 'Kourou',
  scheduledAt: new Date('2026-12-01T15:00:00Z'),
  siteTimeZone: 'America/Cayenne',
  pricePerSeatMinor: 125_000_000,
  currency: 'EUR',
};

describe('announcementEmail', () => {
  it('announces a launch in English with a link to its page at the site root', () => {
    const email = announcementEmail('cas@example.test', 'en', launch, 'https://app.test');
    expect(email.subject).toBe('New launch: Lunar Loop');
    expect(email.text).toContain('Price per seat: €1,250,000.00');
    expect(email.text).toContain('Tue, Dec 1, 2026, 12:00 GMT-3 (America/Cayenne time)');
    expect(email.text).toContain('Details: https://app.test/launches/l-1');
  });

  it('announces a launch in Spanish with Spanish dates, money and the Spanish page', () => {
    const email = announcementEmail('cas@example.test', 'es', launch, 'https://app.test');
    expect(email.to).toBe('cas@example.test');
    expect(email.subject).toBe('Nuevo lanzamiento: Lunar Loop');
    expect(email.text).toContain('Precio por asiento: 1.250.000,00\u00a0€');
    expect(email.text).toContain('Lanzamiento: mar, 1 dic 2026, 12:00 GMT-3 (hora de America/Cayenne)');
    expect(email.text).toContain('Detalles: https://app.test/es/launches/l-1');
  });
});
