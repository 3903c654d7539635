import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);

/** DejaVu covers every Latin, Greek and Cyrillic name and every currency sign; PDF's built-in fonts do not. */
const FONT_FILES = {
  body: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;

/** The two faces every document uses, embedded (subset) in the file so it prints the same everywhere. */
export type PdfFont = keyof typeof FONT_FILES;

export interface PdfMetadata {
  title: string;
  subject?: string;
  /** The language the document is written in (BCP 47), for screen readers and search. */
  language: string;
}

/**
 * Draws a document on A4 with the embedded fonts and returns its bytes. `draw` gets the pdfkit document with
 * the body font selected; `creationDate` is passed in so the same inputs give the same file.
 */
export async function renderPdf(
  metadata: PdfMetadata & { creationDate: Date },
  draw: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    lang: metadata.language,
    displayTitle: true,
    info: {
      Title: metadata.title,
      ...(metadata.subject ? { Subject: metadata.subject } : {}),
      Author: 'AstroBookings',
      Creator: 'AstroBookings',
      CreationDate: metadata.creationDate,
    },
  });
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('body' satisfies PdfFont);
  draw(doc);
  doc.end();
  return finished;
}
