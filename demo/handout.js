// The demo's "Print a handout" view: the form's choices make the handout (lib/handout-page.mjs,
// the same page `trp-widgets handout` prints to PDF), shown as a preview; the button prints it.
// DOM methods only, as in demo.js: it runs under the strict Content-Security-Policy.

import {buildHandout} from '/lib/handout-page.mjs';
// src/provinces.ts, as `npm run build` compiles it.
import {provinceCodes, provinceNames} from '/build/src/provinces.js';
// The languages, as the editors' forms and the snippet builder list them.
import {elementLanguages} from '/build/src/editors/form.js';
import {languageName} from '/build/src/language-tags.js';

const form = document.getElementById('handout-form');
const sheet = document.getElementById('handout');

for (const code of elementLanguages) {
  const option = document.createElement('option');
  option.value = code;
  option.lang = code;
  option.textContent = languageName(code);
  document.getElementById('h-lang').append(option);
}

for (const code of provinceCodes) {
  const option = document.createElement('option');
  option.value = code;
  option.textContent = `${provinceNames[code]} (${code})`;
  document.getElementById('h-province').append(option);
}

/** The form's choices, by the names the handout takes (`lang`, `province`, `paper`, `org-name`…). */
const choices = () => Object.fromEntries(new FormData(form));

function update() {
  sheet.replaceChildren(buildHandout(choices(), document));
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
update();

/**
 * Resolves once the handout has rendered in its language: a language that is a module of its own
 * (Spanish) arrives from beside the bundle, and until then its elements show nothing. After a few
 * seconds without it, it prints what is there (the elements then show English, with a warning).
 */
async function rendered() {
  const {lang} = choices();
  const elements = [...sheet.querySelectorAll('*')].filter((element) => element.localName.startsWith('trp-'));
  // English is inside the bundle; every other language is a module of its own.
  if (lang !== 'en') {
    await Promise.race([customElements.whenDefined(`trp-locale-${lang}`), new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
  await Promise.all(elements.map((element) => element.updateComplete));
}

document.getElementById('print-handout').addEventListener('click', async () => {
  await rendered();
  window.print();
});
