/**
 * Turns text from attributes into safe link targets. Only `tel:`, `mailto:` and `http(s):` links
 * are ever produced; anything else gives `undefined`, and the caller shows text or nothing.
 */

const phoneText = /^\+?[\d\s().-]{3,40}$/;

/**
 * A `tel:` URL for a phone number written with digits, spaces, `+`, `-`, `.` and brackets. A
 * North American number (10 digits, or 11 starting with 1, its area code and exchange starting
 * with 2 to 9) gets its country code, `+1`, so that it dials from a phone roaming abroad too; a
 * number written with `+` keeps its own; any other is dialled as written.
 */
export function phoneHref(text: string): string | undefined {
  const value = text.trim();
  if (!phoneText.test(value)) return undefined;
  const digits = value.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  return `tel:${value.startsWith('+') ? `+${digits}` : digits.replace(/^1?(?=[2-9]\d\d[2-9]\d{6}$)/, '+1')}`;
}

const emailText = /^[^\s@<>()[\]\\,;:"'`]+@[^\s@<>()[\]\\,;:"'`]+\.[^\s@<>()[\]\\,;:"'`]{2,}$/;

/** A `mailto:` URL for a plain e-mail address. */
export function emailHref(text: string): string | undefined {
  const value = text.trim();
  return emailText.test(value) ? `mailto:${value}` : undefined;
}

const bareHost = /^[a-z\d-]+(\.[a-z\d-]+)*\.[a-z]{2,}(?::\d+)?([/?#]\S*)?$/i;

/**
 * An `http:` or `https:` URL for a web address. An address without a scheme that looks like a
 * host name (`example.org/help`) is taken as `https:`. Any other scheme gives `undefined`.
 */
export function webHref(text: string): string | undefined {
  const value = text.trim();
  const candidate = bareHost.test(value) ? `https://${value}` : value;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  // A host name as sites have them (punycode for other scripts): never quotes or other signs.
  if (!/^[a-z\d.-]+$/i.test(url.hostname)) return undefined;
  return url.href;
}

/** Where the quick exit leaves for when no `href` is given: a neutral, fast site. */
export const defaultExitHref = 'https://www.google.com/';
