import { renderPdf } from './render-pdf.js';

describe('renderPdf', () => {
  it('produces a PDF that embeds its font and carries the text drawn on it', async () => {
    const bytes = await renderPdf(
      { title: 'Invoice AB-2027-000001', language: 'en', creationDate: new Date('2027-01-02T00:00:00Z') },
      (doc) => doc.text('Invoice AB-2027-000001 — Ñandú €'),
    );
    const text = bytes.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toMatch(/\/FontFile2/);
    expect(text).toMatch(/DejaVuSans/);
    expect(text).not.toMatch(/\/BaseFont \/Helvetica/);
  });
});
