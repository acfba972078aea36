// Spanish (xliff/es.xlf), for a reader from Mexico or Central America: every message translated,
// formal "usted", "trata de personas" (never "tráfico"), the glossary's terms with the official
// English names, short sentences, and readability INFLESZ ≥ 65 ("bastante fácil").
//
// How syllables are counted (for INFLESZ, Szigriszt-Pazos / Barrio-Cantalejo 2008):
// - a syllable is a group of vowels (a e i o u, accented or with ü) between consonants;
// - inside a group, a/e/o next to a/e/o start a new syllable (hiatus: le-er, po-e-ta);
//   i/u next to any vowel join it (diphthong: ciu-dad, bue-no, hay), unless accented:
//   í/ú count as a/e/o (hiatus: pa-ís, dí-a, o-ír); "gu", "qu" need no rule (que = 1);
// - y is a vowel at the end of a word or before a consonant (hay, muy, y), a consonant
//   before a vowel (ayuda, Mayús); h separates vowels (a-hí, pro-hi-bir);
// - acronyms in capitals are read letter by letter (IRCC = i-e-rre-ce-ce = 5);
// - numbers and values from code (phone numbers, dates) are left out of INFLESZ: their
//   syllables depend on how they are read. They count as words for sentence length.
// The English names in parentheses are counted with the same rules, close enough for a score.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {assertSaysEach, placeholders, readXliff as read, readerText, sentences, units, words} from '../support/xliff.mjs';

const spanish = units(read('es'));
const targets = spanish.map((u) => u.target ?? '');

const texts = targets.map(readerText);
const allSentences = texts.flatMap(sentences);

/** How each letter is read in Spanish (a, be, ce, de, e, efe, ge, hache…), in syllables. */
const letterNames = {f: 2, h: 2, j: 2, l: 2, m: 2, n: 2, ñ: 2, r: 2, s: 2, v: 2, w: 3, x: 2, z: 2};

/** Spanish syllables in a word; the rules are at the top of this file. */
function syllables(word) {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) {
    return [...letters.toLowerCase()].reduce((n, letter) => n + (letterNames[letter] ?? 1), 0);
  }
  const w = letters.toLowerCase();
  const vowels = 'aeiouáéíóúü';
  const strong = 'aeoáéíóú';
  let count = 0;
  let previous = '';
  for (let i = 0; i < w.length; i++) {
    const letter = w[i];
    const vowel = vowels.includes(letter) || (letter === 'y' && !vowels.includes(w[i + 1] ?? ''));
    if (!vowel) {
      previous = '';
      continue;
    }
    const isStrong = strong.includes(letter);
    if (!previous || (isStrong && strong.includes(previous))) count++;
    previous = letter;
  }
  return Math.max(1, count);
}

/** INFLESZ over the sentences of three words or more, and the words in them that have letters. */
function inflesz(sentenceList) {
  const counted = sentenceList.filter((s) => words(s).length >= 3);
  const lettered = counted.flatMap(words).filter((w) => /\p{L}/u.test(w));
  const syllableCount = lettered.reduce((n, w) => n + syllables(w), 0);
  const wordCount = counted.reduce((n, s) => n + words(s).length, 0);
  return 206.835 - 62.3 * (syllableCount / lettered.length) - wordCount / counted.length;
}

const score = inflesz(allSentences);
const longestSentence = allSentences.reduce((a, b) => (words(b).length > words(a).length ? b : a), '');

test('Spanish has a translation for every message the code has (the same messages as French)', () => {
  const french = units(read('fr'));
  assert.ok(spanish.length > 100);
  assert.deepEqual(
    spanish.map((u) => `${u.id}: ${u.source}`).sort(),
    french.map((u) => `${u.id}: ${u.source}`).sort(),
    'xliff/es.xlf is stale: regenerate it with a config whose targetLocales include es, and translate what it adds'
  );
});

test('Spanish: every message has a non-empty translation', () => {
  const missing = spanish.filter((u) => !u.target || !/\p{L}/u.test(readerText(u.target)));
  assert.deepEqual(missing.map((u) => `${u.id}: ${u.source}`), []);
});

test('Spanish: every translation keeps the placeholders of its source (numbers, phones, links come from code)', () => {
  const wrong = spanish.filter((u) => placeholders(u.target ?? '').join() !== placeholders(u.source).join());
  assert.deepEqual(wrong.map((u) => `${u.id}: ${u.target}`), []);
});

test('Spanish: no translation is a copy of the English', () => {
  const copied = spanish.filter((u) => readerText(u.target ?? '').toLowerCase() === readerText(u.source).toLowerCase());
  assert.deepEqual(copied.map((u) => `${u.id}: ${u.source}`), []);
});

test('Spanish: no sentence is longer than 25 words', (t) => {
  t.diagnostic(`longest sentence (${words(longestSentence).length} words): ${longestSentence}`);
  const long = allSentences.filter((s) => words(s).length > 25);
  assert.deepEqual(long, []);
});

test('the Spanish syllable count splits hiatus and keeps diphthongs', () => {
  const expected = {
    trata: 2, personas: 3, ciudadanía: 5, país: 2, día: 2, guía: 2, oír: 2, leer: 2, poeta: 3,
    que: 1, quien: 1, bueno: 2, hay: 1, muy: 1, y: 1, ayuda: 3, Mayús: 2, ahí: 2, prohibir: 3,
    huellas: 2, residencia: 4, Refugiados: 4, policía: 4, IRCC: 5, TRP: 4, 'H&C': 3,
  };
  assert.deepEqual(Object.fromEntries(Object.keys(expected).map((w) => [w, syllables(w)])), expected);
});

test(`Spanish reads "bastante fácil": INFLESZ ${score.toFixed(1)} (at least 65)`, (t) => {
  t.diagnostic(`INFLESZ ${score.toFixed(1)} over ${allSentences.filter((s) => words(s).length >= 3).length} sentences`);
  assert.ok(score >= 65, `INFLESZ ${score.toFixed(1)}`);
});

test('Spanish says "trata de personas", never "tráfico" (which readers take for smuggling)', () => {
  assert.deepEqual(texts.filter((text) => /tr[aá]fic|traficante/iu.test(text)), []);
});

test('Spanish speaks to the reader as "usted", never "tú" or "vos"', () => {
  // Forms that only "tú" or "vos" use, anywhere in a sentence.
  const informal = new RegExp(
    String.raw`(?<!\p{L})(tú|tu|tus|ti|te|contigo|puedes|tienes|debes|eres|estás|necesitas|quieres|sabes|vives|pides|llamas|hablas|` +
      String.raw`llámanos|escríbenos|comunícate|infórmate|protégete|cuídate|vos|sos|podés|tenés|querés|llamá|hablá)(?!\p{L})`,
    'iu'
  );
  // "Tú" commands that look like "usted" statements ("si llama desde Canadá"): caught where a
  // command stands, at the start of a sentence or after a comma ("En una emergencia, llama…").
  const command = /(?:^|[.:!?¡¿,]\s*)(llama|habla|pide|busca|marca|lleva|presiona|oprime|consulta|pregunta|ve|ven|haz|di|sal)(?!\p{L})/iu;
  assert.deepEqual(texts.filter((text) => informal.test(text) || command.test(text)), []);
});

test('Spanish uses the glossary terms', () => {
  assertSaysEach(texts, [
    'trata de personas',
    'tratante',
    'posibles víctimas',
    'es posible que usted sea víctima',
    'permiso de residente temporal',
    'Programa Federal de Salud Provisional',
    'razones humanitarias',
    'solicitud de asilo',
    'residencia permanente',
    'Línea Directa Canadiense contra la Trata de Personas',
    'Inmigración, Refugiados y Ciudadanía Canadá (IRCC)',
    'permiso de trabajo abierto',
    'permiso de estudios',
  ]);
});

test('Spanish gives the official English name of each program, so the reader can match documents', () => {
  assertSaysEach(texts, [
    'permiso de residente temporal (en inglés, Temporary Resident Permit, TRP)',
    'Programa Federal de Salud Provisional (en inglés, Interim Federal Health Program, IFHP)',
    'razones humanitarias (en inglés, humanitarian and compassionate, H&C)',
    'Línea Directa Canadiense contra la Trata de Personas (Canadian Human Trafficking Hotline)',
  ]);
});

test('Spanish says "posible víctima" or "es posible que usted sea víctima" wherever the English says someone may be a victim', () => {
  const wrong = spanish.filter((u) => /may be (a )?victims?/.test(u.source) && !/posibles? víctimas?|es posible que usted sea víctima/.test(u.target ?? ''));
  assert.deepEqual(wrong.map((u) => `${u.id}: ${u.target}`), []);
});

test('Spanish says how to ask the hotline for an interpreter: say the English name of the language, or «español»', () => {
  const request = spanish.find((u) => u.id === 'interpreter-request');
  const [name] = placeholders(request.source);
  assert.ok(request.target.includes(`diga «${name}» o «español»`), request.target);
  const languages = spanish.filter((u) => /languages|interpreter/.test(u.source));
  assert.ok(languages.length >= 1);
  assert.deepEqual(languages.filter((u) => !u.target?.includes('intérprete')).map((u) => u.source), []);
});

test('Spanish names the provinces and territories as a reader from Mexico would', () => {
  const names = {
    'British Columbia': 'Columbia Británica',
    'New Brunswick': 'Nuevo Brunswick',
    'Newfoundland and Labrador': 'Terranova y Labrador',
    'Nova Scotia': 'Nueva Escocia',
    'Northwest Territories': 'Territorios del Noroeste',
    'Prince Edward Island': 'Isla del Príncipe Eduardo',
    Yukon: 'Yukón',
    Alberta: 'Alberta',
    Manitoba: 'Manitoba',
    Nunavut: 'Nunavut',
    Ontario: 'Ontario',
    Quebec: 'Quebec',
    Saskatchewan: 'Saskatchewan',
  };
  const count = (text, name) => text.split(name).length - 1;
  const wrong = [];
  for (const u of spanish) {
    for (const [english, spanishName] of Object.entries(names)) {
      if (count(u.source, english) !== count(u.target ?? '', spanishName)) wrong.push(`${spanishName}: ${u.target}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('Spanish opens every question and exclamation with ¿ and ¡, and puts no space before a colon', () => {
  const wrong = texts.filter(
    (text) => text.split('?').length !== text.split('¿').length || text.split('!').length !== text.split('¡').length || /\s:/.test(text)
  );
  assert.deepEqual(wrong, []);
});

test('Spanish names the Shift key «la tecla Shift (⇧)» in every message about it, never «Mayús» (Caps Lock on Latin American keyboards)', () => {
  const shift = spanish.filter((u) => /\bShift\b/.test(u.source));
  assert.ok(shift.length >= 3);
  assert.deepEqual(shift.filter((u) => !u.target?.includes('la tecla Shift (⇧)')).map((u) => u.target), []);
  assert.deepEqual(texts.filter((text) => /may[uú]s/i.test(text)), []);
});

test('Spanish says «asesoría legal» for legal advice, and «Gobierno» with a capital G for a province’s government', () => {
  const advice = spanish.filter((u) => /legal advice/.test(u.source));
  assert.ok(advice.length >= 1);
  assert.deepEqual(advice.filter((u) => !u.target?.includes('asesoría legal')).map((u) => u.target), []);
  const governments = spanish.filter((u) => /the Government of/.test(u.source));
  assert.ok(governments.length >= 11);
  assert.deepEqual(governments.filter((u) => !/Gobierno de/.test(u.target ?? '')).map((u) => u.target), []);
});
