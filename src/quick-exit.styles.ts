import {css} from './css.js';

/** The styles of `<trp-quick-exit>`, on top of the shared `baseStyles`. */
export const quickExitStyles = css`
  :host {
    --_exit-background: var(--trp-quick-exit-background, #b3261e);
    --_exit-text: var(--trp-quick-exit-color, #fff);

    position: sticky;
    inset-block-start: var(--trp-quick-exit-top, 0);
    z-index: var(--trp-quick-exit-z-index, 1000);
  }
  :host([position='static']) {
    position: static;
  }
  /* The dark button where the page's scheme (or --trp-color-scheme) is dark, as for every colour. */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_exit-background: var(--trp-quick-exit-background, light-dark(#b3261e, #ff8a80));
      --_exit-text: var(--trp-quick-exit-color, light-dark(#fff, #1b1b1b));
    }
  }

  /* Positioned, so that the live region's box stays inside it where the host is not (a phone). */
  .bar {
    position: relative;
    display: flex;
    flex-flow: row-reverse wrap;
    align-items: center;
    gap: 0.25rem var(--_space);
    padding: 0.5rem;
  }
  /* Where its container would scroll it away, the bar is fixed to the top of the viewport, as it
     looks when sticky in <body>; the host keeps its place in the page. */
  .stuck {
    position: fixed;
    inset-block-start: var(--trp-quick-exit-top, 0);
    inset-inline: 0;
  }

  /* The note takes the free space beside the button; once they wrap (a narrow bar), the button
     is alone on its line and grows to the full width. No container query: size containment would
     collapse the element wherever it is sized to its content (fixed, floated, in a flex row). */
  .button {
    position: relative;
    flex: 1 0 auto;
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: 44px;
    min-inline-size: 44px;
    max-inline-size: 100%;
    margin: 0;
    padding: 0.5em 1.25em 0.7em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_exit-background);
    color: var(--_exit-text);
    box-shadow: 0 2px 0 rgb(0 0 0 / 0.4);
    font: inherit;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover .label {
    text-decoration: underline;
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.15em;
  }
  .button:active {
    box-shadow: none;
  }
  .button:focus-visible {
    outline: 4px solid var(--_focus);
    outline-offset: 3px;
    box-shadow: inset 0 0 0 2px var(--_exit-text);
  }

  /* Three lights for the Shift presses: decorative, in the button's bottom padding. */
  .indicator {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0.2em;
    display: flex;
    justify-content: center;
    gap: 0.3em;
    visibility: hidden;
  }
  .indicator.counting {
    visibility: visible;
  }
  .light {
    inline-size: 0.5em;
    block-size: 0.5em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .light.on {
    border-width: 0.25em;
  }

  .note {
    flex: 999 1 14rem;
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .note a {
    display: inline-block;
    min-block-size: 24px;
  }

  /* On a phone (up to 440 px wide, where the note is always below the button) only the button
     stays on screen: the note, taller there than the button, stays in its place in the page. The
     host is not sticky; once the page scrolls it away, the button alone is fixed to the top of
     the viewport, and the note keeps its place below the button's room (--_note, set with the
     host's height while the button is fixed). */
  @media (max-width: 27.5em) {
    :host {
      position: static;
    }
    .stuck {
      position: static;
      padding-block-start: var(--_note);
    }
    .stuck .button {
      position: fixed;
      inset-block-start: var(--trp-quick-exit-top, 0);
      inset-inline: 0;
      z-index: var(--trp-quick-exit-z-index, 1000);
      margin: 0.5rem;
    }
  }

  /* In the element's start corner, with no negative margin: right to left, that would stick out
     of its right side and scroll a phone's page sideways. */
  .visually-hidden {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* The overlay: a modal dialog in the top layer, so no container, transform or z-index can keep
     any of the page above it, and the rest of the page is inert while it is open. */
  dialog {
    position: fixed;
    inset: 0;
    inline-size: auto;
    block-size: auto;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: var(--_space);
    border: 0;
    background: var(--_background);
    color: var(--_muted);
    font-size: 1.25em;
  }
  dialog[open] {
    display: grid;
    place-items: center;
  }
  dialog:focus {
    outline: none;
  }
  dialog::backdrop {
    background: var(--_background, #fff);
  }
  dialog p {
    margin: 0;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
