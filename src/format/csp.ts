/**
 * The Content-Security-Policy every page is served with. No inline script or style anywhere: pages carry no
 * script at all except the search page, which loads Pagefind's own files from this site
 * (`'wasm-unsafe-eval'` lets it compile its WebAssembly index reader; it does not allow `eval` of JavaScript).
 */
const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a `<meta>` element cannot carry (browsers ignore them there, with a console warning). */
const HEADER_ONLY = new Set(['frame-ancestors']);

/** The policy as an HTTP header value. */
export const CSP_HEADER = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** The same policy for `<meta http-equiv="Content-Security-Policy">`, for hosts that read no headers file. */
export const CSP_META = DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name))
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** `_headers` for Netlify and Cloudflare Pages: the policy and the other security headers on every path. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${CSP_HEADER}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Frame-Options: DENY',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '',
  ].join('\n');
}
