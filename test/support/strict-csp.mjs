/**
 * The strict Content-Security-Policy a careful partner site sends, with Trusted Types: the elements
 * are tested under it, the demo is served with it, and docs/ gives it to partners.
 */
export const strictPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The other strict policy sites use: scripts by their nonce rather than their address. */
export const noncePolicy = (nonce) => strictPolicy.replace("script-src 'self'", `script-src 'nonce-${nonce}'`);
