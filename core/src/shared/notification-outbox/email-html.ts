import { languageOf } from '../model/language.js';
import type { OutgoingEmail } from './outgoing-email.js';

/** Splitting on a captured link puts the links at the odd indexes. */
const LINK = /(https?:\/\/[^\s<>"']+)/;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const withLinks = (line: string) =>
  line
    .split(LINK)
    .map((part, index) => (index % 2 === 1 ? `<a href="${escape(part)}">${escape(part)}</a>` : escape(part)))
    .join('');

/**
 * The HTML part of an email, made from its text so both always say the same: paragraphs where the text has
 * blank lines, clickable links, and `lang` set so screen readers pronounce a Spanish email as Spanish.
 */
export function emailHtml(email: Pick<OutgoingEmail, 'subject' | 'text' | 'language'>): string {
  const paragraphs = email.text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(withLinks).join('<br>\n')}</p>`);
  return [
    '<!doctype html>',
    `<html lang="${languageOf(email.language)}">`,
    `<head><meta charset="utf-8"><title>${escape(email.subject)}</title></head>`,
    `<body>\n${paragraphs.join('\n')}\n</body>`,
    '</html>',
  ].join('\n');
}
