import type { Request, Response } from 'express';
import type { BffConfig } from './config.js';
import { clearCookie, formFlashCookieName, readCookie, setCookie } from './cookies.js';
import { CSRF_FIELD } from './csrf.js';
import { formLocale } from './form-locale.js';
import { localePath } from './locale-path.js';
import { problemText, type ProblemWording } from './problem-text.js';
import { createSessionCipher, type SessionCipher } from './session-cipher.js';

/** One field a form post was refused for: the API's code (a page picks its words by it) and sentence. */
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** Why a form post was refused: the fields at fault, or a sentence for the whole form when none is named. */
export interface FormRefusal {
  readonly fields: readonly FieldProblem[];
  readonly message?: string;
}

/** What the page that shows a refused form renders: the person's values back, and the refusal. */
export interface FormFeedback extends FormRefusal {
  readonly values: Readonly<Record<string, string>>;
}

interface SealedFeedback extends FormFeedback {
  /** The path of the page the feedback is for; any other page ignores it. */
  readonly page: string;
  readonly expiresAt: number;
}

/** Long enough for the redirect and the page render that follows it, short enough to never meet it twice. */
export const FORM_FLASH_SECONDS = 60;

/**
 * Browsers keep cookies up to about 4 kB, name and attributes included: the sealed value stays below this,
 * so a long text is cut and, when still too big, the largest values are dropped (they are typed again).
 */
export const FORM_FLASH_MAX_LENGTH = 3600;
const MAX_VALUE_LENGTH = 1000;

/** Never kept: what must not sit in a cookie, even sealed, nor be shown again in a page. */
const SECRET_NAME = /pass(word|phrase)?|secret|token|card|cvc|cvv|pin$/i;

const ciphers = new WeakMap<BffConfig, SessionCipher>();

function cipherOf(config: BffConfig): SessionCipher {
  let cipher = ciphers.get(config);
  if (!cipher) {
    cipher = createSessionCipher(config.sessionSecret, `form:${config.app}`);
    ciphers.set(config, cipher);
  }
  return cipher;
}

/**
 * A refusal from an API's problem: each field it names with its code, and only when it names none the
 * API's own sentence (or the app's, see `problemText`) for the whole form.
 */
export function formRefusal(status: number, error: unknown, wording: ProblemWording): FormRefusal {
  const fields = status >= 400 && status < 500 ? fieldProblems(error) : [];
  return fields.length > 0 ? { fields } : { fields, message: problemText(status, error, wording) };
}

/** The fields an API's problem names, each with its first code and sentence; none when it names no field. */
export function fieldProblems(error: unknown): FieldProblem[] {
  const errors = (error as { errors?: unknown } | null | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((entry: unknown) => {
    const { field, messages, codes } = (entry ?? {}) as {
      field?: unknown;
      messages?: unknown;
      codes?: unknown;
    };
    if (typeof field !== 'string' || !Array.isArray(messages)) return [];
    const message = messages.find((text): text is string => typeof text === 'string');
    const code = Array.isArray(codes) && typeof codes[0] === 'string' ? codes[0] : 'invalid';
    return message ? [{ field, code, message }] : [];
  });
}

/** The posted fields worth showing again: text only, never the CSRF token or a secret. */
function keptValues(req: Request, omit: readonly string[]): Record<string, string> {
  const body = (req.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(body)
      .filter(
        (entry): entry is [string, string] =>
          typeof entry[1] === 'string' &&
          entry[0] !== CSRF_FIELD &&
          !SECRET_NAME.test(entry[0]) &&
          !omit.includes(entry[0]),
      )
      .map(([name, value]) => [name, value.slice(0, MAX_VALUE_LENGTH)]),
  );
}

/** Seals the feedback, dropping the largest values (then field problems) until it fits in a cookie. */
function sealFormFeedback(cipher: SessionCipher, feedback: SealedFeedback): string {
  const values = { ...feedback.values };
  let fields = feedback.fields.map((problem) => ({ ...problem, message: problem.message.slice(0, 300) }));
  for (;;) {
    const sealed = cipher.seal({ ...feedback, values, fields, message: feedback.message?.slice(0, 300) });
    if (sealed.length <= FORM_FLASH_MAX_LENGTH) return sealed;
    const largest = Object.keys(values).sort((a, b) => values[b].length - values[a].length)[0];
    if (largest !== undefined) delete values[largest];
    else if (fields.length > 0) fields = fields.slice(0, -1);
    else return cipher.seal({ page: feedback.page, expiresAt: feedback.expiresAt, values: {}, fields: [] });
  }
}

export interface RefuseFormOptions {
  /** More fields never to keep, besides the CSRF token and anything named like a secret. */
  readonly omit?: readonly string[];
}

/**
 * Answers a refused form post: the person's values and the refusal go, sealed, into a short-lived cookie,
 * and the browser is sent back (303) to the form's page, whose next render shows them once. Nothing about
 * the refusal travels in the URL, where logs, history and referrers would keep it.
 */
export function refuseForm(
  req: Request,
  res: Response,
  config: BffConfig,
  page: string,
  refusal: FormRefusal,
  options: RefuseFormOptions = {},
): void {
  const feedback: SealedFeedback = {
    // The page is shown in the language the form was read in (see `redirectsInLocale`), so is its path.
    page: localePath(new URL(page, 'http://x').pathname, formLocale(req.body)),
    expiresAt: Date.now() + FORM_FLASH_SECONDS * 1000,
    values: keptValues(req, options.omit ?? []),
    fields: refusal.fields,
    ...(refusal.message ? { message: refusal.message } : {}),
  };
  setCookie(res, formFlashCookieName(config.app), sealFormFeedback(cipherOf(config), feedback), {
    maxAgeSeconds: FORM_FLASH_SECONDS,
  });
  res.redirect(303, page);
}

/**
 * The feedback of a refused form, for the page render it was meant for; the cookie is cleared by whichever
 * page renders next, so it is shown once. Undefined when there is none, it expired, it is for another page,
 * or it was not sealed by this app.
 */
export function takeFormFeedback(req: Request, res: Response, config: BffConfig): FormFeedback | undefined {
  const name = formFlashCookieName(config.app);
  const sealed = readCookie(req, name);
  if (!sealed) return undefined;
  clearCookie(res, name);
  const feedback = cipherOf(config).open<SealedFeedback>(sealed);
  if (!feedback || feedback.expiresAt < Date.now() || feedback.page !== req.path) return undefined;
  return {
    values: feedback.values,
    fields: feedback.fields,
    ...(feedback.message ? { message: feedback.message } : {}),
  };
}
