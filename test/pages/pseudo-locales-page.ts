/**
 * The script of test/pages/pseudo-locales.html: every element, or the one named by `tag`, in the
 * language named by `lang` (`qab` by default), on a page whose direction is `dir`; the guide and
 * the contact card with an organisation, the guide and the benefits with a province.
 */
import '../../src/index.js';
import '../../src/generated/languages/all.js';
import {organization, publicTags} from '../support/helpers.js';
import {registerPseudoLocales} from '../support/pseudo-locales.js';

const query = new URLSearchParams(location.search);
const tag = query.get('tag');
const dir = query.get('dir');
if (dir) document.documentElement.dir = dir;

await registerPseudoLocales();
for (const name of tag ? [tag] : publicTags) {
  const element = document.createElement(name);
  element.lang = query.get('lang') ?? 'qab';
  if (name === 'trp-guide' || name === 'trp-contact-card') {
    for (const [attribute, value] of Object.entries(organization)) element.setAttribute(attribute, value);
  }
  if (name === 'trp-guide' || name === 'trp-benefits-list') element.setAttribute('province', 'ON');
  document.body.append(element);
}
