import { emailHtml } from './email-html.js';

describe('emailHtml', () => {
  it('marks the email up in its language, with paragraphs, line breaks and clickable links', () => {
    const html = emailHtml({
      subject: 'Reserva confirmada: Lunar Loop',
      text: 'Hola:\n\nTu reserva está confirmada.\nReserva: https://app.test/es/bookings/b-1',
      language: 'es',
    });
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<title>Reserva confirmada: Lunar Loop</title>');
    expect(html).toContain('<p>Hola:</p>');
    expect(html).toContain(
      '<p>Tu reserva está confirmada.<br>\nReserva: <a href="https://app.test/es/bookings/b-1">https://app.test/es/bookings/b-1</a></p>',
    );
  });

  it('escapes what the text holds, so a mission name can never inject markup', () => {
    const html = emailHtml({ subject: '<b>', text: 'Mission <script>alert(1)</script> & co' });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>&lt;b&gt;</title>');
    expect(html).toContain('Mission &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
  });

  it('keeps a token link whole, fragment included', () => {
    const html = emailHtml({
      subject: 's',
      text: 'https://auth.test/es/verify-email#token=a.b~c%2F',
      language: 'es',
    });
    expect(html).toContain('<a href="https://auth.test/es/verify-email#token=a.b~c%2F">');
  });
});
