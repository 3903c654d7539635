import { createHash } from 'node:crypto';
import { moneyText } from '../../shared/notification-outbox/money-text.js';
import { TEST_CARDS } from './test-cards.js';

export interface CheckoutPageModel {
  sessionId: string;
  /** In minor units of `currency`. */
  amountMinor: number;
  currency: string;
  error?: string;
  /** The 3-D Secure check is running: the page shows its progress instead of the card form. */
  checking?: boolean;
}

const STYLE = `
body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#111}
label{display:block;font-weight:600;margin-bottom:.25rem}
input{font-size:1.1rem;padding:.5rem;width:100%;box-sizing:border-box}
button{margin-top:1rem;font-size:1.1rem;padding:.6rem 1.2rem;background:#1f3a93;color:#fff;border:0;border-radius:4px}
.error{color:#a00000;font-weight:600}
progress{display:block;width:100%;height:.75rem;margin:1rem 0;accent-color:#1f3a93}
`;

/**
 * Sends the waiting payer back to the booking once the bank is done: asks for this page again once a second
 * (the check lasts a few seconds, so that is a handful of requests), without following redirects, until it
 * answers with one, then lets the browser follow it. Without JavaScript the <noscript> refresh does the same.
 */
const WAIT_SCRIPT = `
(() => {
  const check = async () => {
    try {
      const answer = await fetch(location.pathname, { redirect: 'manual', cache: 'no-store' });
      if (answer.type === 'opaqueredirect') return location.replace(location.pathname);
    } catch {}
    setTimeout(check, 1000);
  };
  setTimeout(check, 1000);
})();
`;

const hashOf = (source: string): string => `'sha256-${createHash('sha256').update(source).digest('base64')}'`;

/**
 * The page's Content Security Policy: nothing may run or load but its one inline stylesheet (by hash), no
 * site may frame it (clickjacking a card form), and its form may post only to itself and follow the redirect
 * back to the customer app (browsers apply form-action to the redirects after a post too). While the bank
 * checks, its one script (by hash: the page is static, so a hash pins it as tightly as a nonce) may also
 * ask this page for news; the card form itself never runs a script.
 */
export function checkoutPagePolicy(returnOrigin: string, checking = false): string {
  return [
    "default-src 'none'",
    `style-src ${hashOf(STYLE)}`,
    ...(checking ? [`script-src ${hashOf(WAIT_SCRIPT)}`, "connect-src 'self'"] : []),
    `form-action 'self' ${returnOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The simulated gateway's card form, or the progress of its 3-D Secure check: plain HTML that works without
 * JavaScript and with a screen reader.
 */
export function checkoutPage(model: CheckoutPageModel): string {
  const price = moneyText(model.amountMinor, model.currency, 'en');
  const title = model.checking ? 'Checking with your bank' : `Pay ${escape(price)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${model.checking ? '<noscript><meta http-equiv="refresh" content="2"></noscript>' : ''}
<title>${title} – Simulated card checkout</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Simulated card checkout</h1>
<p>Amount due: <strong>${escape(price)}</strong></p>
${model.checking ? bankCheck() : cardForm(model, price)}
</main>
${model.checking ? `<script>${WAIT_SCRIPT}</script>` : ''}
</body>
</html>
`;
}

function bankCheck(): string {
  return `<div id="bank-check" role="status" aria-live="polite">
<h2>Checking with your bank</h2>
<progress aria-label="Bank check in progress"></progress>
<p>Your bank is confirming that this payment is yours (3-D Secure). This takes a few seconds.</p>
<p><strong>Please keep this page open.</strong> You'll go back to your booking by yourself when it's done.</p>
</div>`;
}

function cardForm(model: CheckoutPageModel, price: string): string {
  const error = model.error ? `<p role="alert" id="card-error" class="error">${escape(model.error)}</p>` : '';
  return `${error}
<form method="post" action="/payments/simulated/${escape(model.sessionId)}">
<label for="cardNumber">Card number</label>
<input id="cardNumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number" required
 pattern="[0-9 \\-]{12,23}"${model.error ? ' aria-invalid="true" aria-describedby="card-error"' : ''}>
<button type="submit">Pay ${escape(price)}</button>
</form>
<h2>Test cards</h2>
<ul>
<li><code>${TEST_CARDS.success}</code> – payment succeeds</li>
<li><code>${TEST_CARDS.decline}</code> – card declined</li>
<li><code>${TEST_CARDS.threeDs}</code> – bank check (a few seconds), then succeeds</li>
</ul>`;
}
