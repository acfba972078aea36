import {css} from 'lit';

/**
 * Styles every element shares: the theme's custom properties, a reset of what a host page's
 * inherited styles could break (the font family is deliberately inherited), links, focus,
 * dark scheme, forced colours and print.
 */
export const baseStyles = css`
  :host {
    --_text: var(--trp-color-text, #1b1b1b);
    --_background: var(--trp-color-background, #fff);
    --_muted: var(--trp-color-muted, #4d4d4d);
    --_link: var(--trp-color-link, #0b4fa8);
    --_accent: var(--trp-color-accent, #7a2362);
    --_surface: var(--trp-color-surface, #f4f1f6);
    --_border: var(--trp-color-border, #8c8c99);
    --_focus: var(--trp-color-focus, #0b4fa8);
    --_radius: var(--trp-radius, 0.5rem);
    --_space: var(--trp-space, 1rem);

    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--trp-font-family, inherit);
    font-size: var(--trp-font-size, max(1rem, 16px));
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    direction: ltr;
    overflow-wrap: break-word;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--trp-color-text, #f2f2f2);
      --_background: var(--trp-color-background, #17171c);
      --_muted: var(--trp-color-muted, #c8c8d0);
      --_link: var(--trp-color-link, #9cc3ff);
      --_accent: var(--trp-color-accent, #f0a3d8);
      --_surface: var(--trp-color-surface, #26242d);
      --_border: var(--trp-color-border, #8e8e9c);
      --_focus: var(--trp-color-focus, #9cc3ff);
    }
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
  .source {
    margin: var(--_space) 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    a {
      color: #000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
