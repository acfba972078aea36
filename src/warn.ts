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

/** Warns once that attribute `name` has a value it does not take (its first 40 characters shown), and what is done instead. */
export function warnValue(name: string, value: string, instead: string): void {
  warnOnce(`${name}="${value.slice(0, 40)}" is not supported; ${instead}.`);
}
