import {css} from './css.js';

/**
 * Styles every element shares: the theme's custom properties, a reset of what a host page's
 * inherited styles could break (the font family is deliberately inherited), links, focus,
 * colour schemes, forced colours, reduced motion and print; and, for the content elements (their
 * wrapper has the class `content`), inner spacing and a readable line length.
 *
 * The reset sits on the shadow root's top-level elements, not on `:host`: a page's own rules
 * for the element (even `body * {…}`) beat `:host` rules, but they cannot reach inside. Pages
 * theme the elements through the `--trp-…` custom properties and `::part()`.
 *
 * Colours come in two families: `--trp-color-…` for the light scheme and `--trp-dark-color-…`
 * for the dark one, each falling back to its own defaults. A page that sets only light colours
 * gets the whole default dark palette in dark mode, never its light background under our light
 * text. The scheme is the page's: `light-dark()` follows the element's used colour scheme, which
 * it inherits from the page (its CSS `color-scheme`, or `<meta name="color-scheme">`). So a page
 * that declares no dark support gets the light scheme even when the reader prefers dark, and a
 * page that declares `light dark` follows the reader. `--trp-color-scheme` (`light`, `dark`,
 * `light dark`) overrides the page. Browsers without `light-dark()` (before 2024) always get the
 * light scheme: the one every page can show.
 */
export const baseStyles = css`
  :host {
    --_radius: var(--trp-radius, 0.5rem);
    --_space: var(--trp-space, 1rem);
    --_inset: var(--trp-padding, var(--_space));
    /* The light scheme: all that browsers without light-dark() show. */
    --_text: var(--trp-color-text, #1b1b1b);
    --_background: var(--trp-color-background, #fff);
    --_muted: var(--trp-color-muted, #4d4d4d);
    --_link: var(--trp-color-link, #0b4fa8);
    --_accent: var(--trp-color-accent, #7a2362);
    --_surface: var(--trp-color-surface, #f4f1f6);
    --_border: var(--trp-color-border, #8c8c99);
    --_focus: var(--trp-color-focus, #0b4fa8);

    /* Its own block formatting context: a page's floats sit beside it, never under its content. */
    display: flow-root;
    box-sizing: border-box;
    max-inline-size: 100%;
    color-scheme: light;
    color: var(--_text);
    background: var(--_background);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      /* Unset, --trp-color-scheme makes this invalid at computed-value time, so the element
         inherits the page's color-scheme ('normal' on the root: the page's meta tag, else light). */
      color-scheme: var(--trp-color-scheme);
      --_text: light-dark(var(--trp-color-text, #1b1b1b), var(--trp-dark-color-text, #f2f2f2));
      --_background: light-dark(var(--trp-color-background, #fff), var(--trp-dark-color-background, #17171c));
      --_muted: light-dark(var(--trp-color-muted, #4d4d4d), var(--trp-dark-color-muted, #c8c8d0));
      --_link: light-dark(var(--trp-color-link, #0b4fa8), var(--trp-dark-color-link, #9cc3ff));
      --_accent: light-dark(var(--trp-color-accent, #7a2362), var(--trp-dark-color-accent, #f0a3d8));
      --_surface: light-dark(var(--trp-color-surface, #f4f1f6), var(--trp-dark-color-surface, #26242d));
      --_border: light-dark(var(--trp-color-border, #8c8c99), var(--trp-dark-color-border, #8e8e9c));
      --_focus: light-dark(var(--trp-color-focus, #0b4fa8), var(--trp-dark-color-focus, #9cc3ff));
    }
  }
  :host > * {
    color: var(--_text);
    background: var(--_background);
    /* The shorthand resets every font property a page could pass down (style, weight, variant,
       stretch, size-adjust…); the family it names is replaced at once by the host's. */
    font: 400 var(--trp-font-size, max(1rem, 16px)) / 1.5 serif;
    font-family: var(--trp-font-family, inherit);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke: 0;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
    unicode-bidi: isolate;
    writing-mode: horizontal-tb;
    /* A word wider than the line breaks rather than spill out, and boxes that fit their content
       (the table of contents' links, a phone number, whose hyphens between digits Firefox never
       breaks at) shrink to the line: 200% text on a 320 px phone, in every engine's fonts. */
    overflow-wrap: anywhere;
  }
  /* A content element paints its own background: keep its text off the edges. */
  .content {
    padding: var(--_inset);
  }
  /* Lines of about 70 characters, however wide the element; headings and blocks still fill it. */
  .content :is(p, ul, ol, dl) {
    max-inline-size: 60ch;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 calc(var(--_space) * 0.5);
    line-height: 1.25;
    font-weight: 700;
  }
  h1,
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.2em;
  }
  h4,
  h5,
  h6 {
    font-size: 1em;
  }
  p,
  ul,
  ol,
  dl {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* A phone number to tap: large enough to hit, bold enough to find. */
  .phone {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    font-weight: 700;
  }
  .source,
  .notice {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .source {
    margin: var(--_space) 0 0;
  }
  section {
    margin-block-end: var(--_space);
  }
  /* Blocks that must stand out: what you do not have to do or prove (highlight); whom to call, a
     refusal, the caution before choosing (box). */
  .highlight,
  .box {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .highlight {
    border-inline-start: 0.375rem solid var(--_accent);
  }
  .box {
    border: 2px solid var(--_accent);
  }
  section > :last-child,
  .highlight > :last-child {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
    .highlight {
      border: 2px solid CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    /* Black on white whatever the scheme or theme: a clean printout for a caseworker. No inner
       spacing on white paper, so the text lines up with the page's. */
    :host {
      color-scheme: light;
      --_inset: 0;
      --_text: #000;
      --_background: #fff;
      --_muted: #000;
      --_link: #000;
      --_accent: #000;
      --_surface: #fff;
      --_border: #000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    /* A boxed block reads as one: never split across columns or pages. */
    .highlight,
    .box {
      break-inside: avoid;
    }
  }
`;
