import {unsafeCSS, type CSSResult} from 'lit';

/**
 * Lit's `css` tag for styles with nothing interpolated, which is all of ours: the text as a
 * `CSSResult`, without the checks Lit's tag makes of interpolated values (and their messages).
 * Named `css`, so that the template minifier still minifies what it tags.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
