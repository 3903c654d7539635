import { createHash } from 'node:crypto';
import { TEST_CARDS } from './test-cards.js';

export interface CheckoutPageModel {
  sessionId: string;
  amount: number;
  currency: string;
  error?: string;
}

const STYLE = `
body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#111}
label{display:block;font-weight:600;margin-bottom:.25rem}
input{font-size:1.1rem;padding:.5rem;width:100%;box-sizing:border-box}
button{margin-top:1rem;font-size:1.1rem;padding:.6rem 1.2rem;background:#1f3a93;color:#fff;border:0;border-radius:4px}
.error{color:#a00000;font-weight:600}
`;
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/**
 * The page's Content Security Policy: nothing may run or load but its one inline stylesheet (by hash), no
 * site may frame it (clickjacking a card form), and its form may post only to itself and follow the redirect
 * back to the customer app (browsers apply form-action to the redirects after a post too).
 */
export function checkoutPagePolicy(returnOrigin: string): string {
  return [
    "default-src 'none'",
    `style-src ${STYLE_HASH}`,
    `form-action 'self' ${returnOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The simulated gateway's card form: plain HTML that works without JavaScript and with a screen reader. */
export function checkoutPage(model: CheckoutPageModel): string {
  const price = new Intl.NumberFormat('en', { style: 'currency', currency: model.currency }).format(
    model.amount,
  );
  const error = model.error ? `<p role="alert" id="card-error" class="error">${escape(model.error)}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Pay ${escape(price)} – Simulated card checkout</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Simulated card checkout</h1>
<p>Amount due: <strong>${escape(price)}</strong></p>
${error}
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
</ul>
</main>
</body>
</html>
`;
}
