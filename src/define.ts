import {warnOnce} from './warn.js';

/** Every tag this library defines (or tried to, when the page had taken it first). */
const libraryTags = new Set<string>();

/** Whether `tag` is one of this library's element names. */
export function isLibraryTag(tag: string): boolean {
  return libraryTags.has(tag);
}

/**
 * Registers `tag` unless it is already taken, so that a second copy of the library (two script
 * tags, or another bundle that includes it) or a page that took the tag does no harm.
 * Warns once for all the tags that were already defined.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  libraryTags.add(tag);
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    warnOnce('loaded twice? Elements already defined keep their first definition.');
    return;
  }
  customElements.define(tag, element);
}
