// The printable handout, as one page for both ways to make it, so that both print the same:
// - the demo's "Print a handout" view (demo/handout.html) builds it in the browser with the bundle
//   ({@link buildHandout}) and links lib/handout.css, its print stylesheet;
// - the command `trp-widgets handout` (lib/handout.mjs) writes it as HTML in Node, each
//   element server-rendered ({@link handoutHtml}), with the same stylesheet, and prints it to PDF.
//
// It is made of the library's elements as they are, in this order: the guide's title (a
// <trp-guide> whose help block, table of contents and sections lib/handout.css hides), whom to
// call (<trp-contact-card>: the hotline, 911, IRCC and the organisation's contact), then the content
// elements, and one source line at the end. No quick exit, no table of contents, no navigation.
// This file only defines things: the browser loads it too.

/** The papers the handout is laid out for, each a named page of lib/handout.css. */
export const papers = ['letter', 'a4'];

/** The organisation's details a handout takes: `<trp-contact-card>`'s attributes. */
export const organisationFields = ['org-name', 'phone', 'email', 'url', 'hours', 'address'];

/**
 * The handout as a tree: `{tag, attributes, children}`, where an attribute that is `true` is
 * written bare. `choices`: `lang`, `province`, `paper` (`letter` or `a4`) and the organisation's
 * details ({@link organisationFields}); empty ones are left out. Values are taken as they are:
 * the elements read them as text (and the command checks them first).
 */
export function handoutTree(choices = {}) {
  const lang = String(choices.lang ?? '').trim() || 'en';
  const paper = papers.includes(choices.paper) ? choices.paper : papers[0];
  const organisation = {};
  for (const name of organisationFields) {
    const value = String(choices[name] ?? '').trim();
    if (value) organisation[name] = value;
  }
  const province = String(choices.province ?? '').trim();
  // Every section leaves out its source line but the last, which shows it once, for all.
  const section = (tag, attributes = {}) => ({tag, attributes: {lang, 'hide-source': true, ...attributes}});
  return {
    tag: 'article',
    attributes: {class: 'trp-handout', lang, 'data-paper': paper},
    children: [
      section('trp-guide', {'heading-level': 1}),
      section('trp-contact-card', organisation),
      {
        tag: 'div',
        attributes: {class: 'trp-handout-columns'},
        children: [
          section('trp-permit-explainer'),
          section('trp-benefits-list', province ? {province} : {}),
          section('trp-interview-guide'),
          section('trp-outcomes'),
          {tag: 'trp-pathways', attributes: {lang}},
        ],
      },
    ],
  };
}

/** Text for an attribute's value, inside double quotes. */
const escapeAttribute = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The handout's HTML, for a server: each element written by `renderElement(tag, attributes)`
 * (`render()` from trp-widgets/server), the containers around them here.
 */
export function handoutHtml(choices, renderElement) {
  const write = ({tag, attributes, children}) => {
    if (tag.startsWith('trp-')) return renderElement(tag, attributes);
    const written = Object.entries(attributes)
      .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
      .join('');
    return `<${tag}${written}>${(children ?? []).map(write).join('')}</${tag}>`;
  };
  return write(handoutTree(choices));
}

/**
 * The handout as DOM nodes of `document`, for a browser page with the bundle loaded: made with
 * DOM methods (no HTML parsing), so it needs nothing a strict Content-Security-Policy or Trusted
 * Types would refuse.
 */
export function buildHandout(choices, document) {
  const build = ({tag, attributes, children}) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value === true ? '' : value);
    node.append(...(children ?? []).map(build));
    return node;
  };
  return build(handoutTree(choices));
}
