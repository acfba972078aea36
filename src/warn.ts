const warned = new Set<string>();

/**
 * Writes a console warning the first time a given message is seen, so that bad input on a
 * page full of elements produces one warning, not one per element or per render.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`trp-widgets: ${message}`);
}
