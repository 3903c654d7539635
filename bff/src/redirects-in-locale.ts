import type { RequestHandler } from 'express';
import { formLocale } from './form-locale.js';
import { localePath } from './locale-path.js';

/**
 * Keeps a form's answer in the language of the page that sent it. BFF routes redirect to pages by their
 * path at the site root (`/bookings/42`); when the form's hidden `_locale` names another language, every
 * redirect to a page of this app goes to that language's path instead (`/es/bookings/42`). Mounted after
 * the body parsers, before the routes.
 */
export function redirectsInLocale(): RequestHandler {
  return (req, res, next) => {
    const locale = formLocale(req.body);
    if (locale !== 'en') {
      const location = res.location.bind(res);
      res.location = (url: string) => location(localePath(url, locale));
    }
    next();
  };
}
