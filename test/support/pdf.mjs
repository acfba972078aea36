// Reads, from a PDF that Chromium wrote (Skia's PDF backend), what the handout's tests check: the
// pages in order, each with its size, its text and the addresses of its links; the document's
// language and title. It needs nothing installed: Skia writes plain numbered objects (no object
// streams), content streams compressed with Flate (node:zlib), and fonts whose ToUnicode maps
// turn the shown glyph codes back into text. Not a reader for every PDF: one that meets anything
// else throws, so a change in Chromium's output shows as an error, never as a wrong answer.
import {inflateSync} from 'node:zlib';

/** A reference to an object: `12 0 R`. */
class Ref {
  constructor(number) {
    this.number = number;
  }
}

/** An operator of a content stream (`Tj`, `BT`…). */
class Operator {
  constructor(name) {
    this.name = name;
  }
}

const isSpace = (c) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelimiter = (c) => '()<>[]{}/%'.includes(String.fromCharCode(c));

/** Reads PDF objects (or content-stream operands and operators) from `bytes`, starting at `position`. */
class Parser {
  constructor(bytes, position = 0) {
    this.bytes = bytes;
    this.position = position;
  }

  skipSpace() {
    const {bytes} = this;
    while (this.position < bytes.length) {
      const c = bytes[this.position];
      if (isSpace(c)) this.position++;
      else if (c === 0x25) while (this.position < bytes.length && bytes[this.position] !== 0x0a && bytes[this.position] !== 0x0d) this.position++;
      else break;
    }
  }

  word() {
    const start = this.position;
    while (this.position < this.bytes.length && !isSpace(this.bytes[this.position]) && !isDelimiter(this.bytes[this.position])) this.position++;
    return this.bytes.toString('latin1', start, this.position);
  }

  /** The next value, or an {@link Operator}; `undefined` at the end. */
  next() {
    this.skipSpace();
    const {bytes} = this;
    if (this.position >= bytes.length) return undefined;
    const c = String.fromCharCode(bytes[this.position]);
    if (c === '/') {
      this.position++;
      return {name: this.word()};
    }
    if (c === '<' && bytes[this.position + 1] === 0x3c) {
      this.position += 2;
      const dict = {};
      for (;;) {
        this.skipSpace();
        if (bytes[this.position] === 0x3e && bytes[this.position + 1] === 0x3e) {
          this.position += 2;
          return dict;
        }
        const key = this.next();
        if (typeof key?.name !== 'string') throw new Error(`PDF: a dictionary key at ${this.position} is not a name`);
        dict[key.name] = this.next();
      }
    }
    if (c === '<') {
      const end = bytes.indexOf(0x3e, this.position);
      const hex = bytes.toString('latin1', this.position + 1, end).replace(/\s/g, '');
      this.position = end + 1;
      return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
    }
    if (c === '(') return this.literalString();
    if (c === '[') {
      this.position++;
      const array = [];
      for (;;) {
        this.skipSpace();
        if (bytes[this.position] === 0x5d) {
          this.position++;
          return array;
        }
        array.push(this.next());
      }
    }
    const word = this.word();
    if (word === '') throw new Error(`PDF: unexpected ${JSON.stringify(c)} at ${this.position}`);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      // `12 0 R` is a reference.
      const saved = this.position;
      this.skipSpace();
      const generation = this.word();
      this.skipSpace();
      if (Number.isInteger(Number(word)) && /^\d+$/.test(generation) && this.bytes[this.position] === 0x52 && this.isWordEnd(this.position + 1)) {
        this.position++;
        return new Ref(Number(word));
      }
      this.position = saved;
      return Number(word);
    }
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    return new Operator(word);
  }

  isWordEnd(position) {
    return position >= this.bytes.length || isSpace(this.bytes[position]) || isDelimiter(this.bytes[position]);
  }

  literalString() {
    const {bytes} = this;
    const out = [];
    let depth = 0;
    this.position++;
    for (;;) {
      const c = bytes[this.position++];
      if (c === 0x5c) {
        const e = bytes[this.position++];
        const escapes = {0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c};
        if (e in escapes) out.push(escapes[e]);
        else if (e >= 0x30 && e <= 0x37) {
          let octal = String.fromCharCode(e);
          while (octal.length < 3 && bytes[this.position] >= 0x30 && bytes[this.position] <= 0x37) octal += String.fromCharCode(bytes[this.position++]);
          out.push(Number.parseInt(octal, 8));
        } else if (e !== 0x0a) out.push(e);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (depth-- === 0) return Buffer.from(out);
        out.push(c);
      } else out.push(c);
    }
  }
}

/** Every `N 0 obj … endobj` of the file: its value, and its stream's bytes (inflated) when it has one. */
function readObjects(bytes) {
  const objects = new Map();
  const header = /(\d+) 0 obj\b/g;
  const text = bytes.toString('latin1');
  let match;
  while ((match = header.exec(text))) {
    const parser = new Parser(bytes, match.index + match[0].length);
    const value = parser.next();
    parser.skipSpace();
    let stream;
    if (text.startsWith('stream', parser.position)) {
      let start = parser.position + 'stream'.length;
      if (bytes[start] === 0x0d) start++;
      if (bytes[start] === 0x0a) start++;
      const length = value.Length instanceof Ref ? undefined : value.Length;
      if (typeof length !== 'number') throw new Error(`PDF: object ${match[1]} has a stream without a direct Length`);
      const raw = bytes.subarray(start, start + length);
      const filter = value.Filter?.name;
      if (filter && filter !== 'FlateDecode') throw new Error(`PDF: object ${match[1]} has a ${filter} stream`);
      stream = filter ? inflateSync(raw) : raw;
      header.lastIndex = start + length;
    }
    objects.set(Number(match[1]), {value, stream});
  }
  return objects;
}

/** A font's ToUnicode map: glyph code (as a hex string) to text, and the length of a code in bytes. */
function toUnicodeMap(cmap) {
  const text = cmap.toString('latin1');
  const map = new Map();
  const utf16 = (hex) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  const width = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(text)?.[1].length / 2 || 2;
  for (const [, block] of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) map.set(code.toLowerCase(), utf16(unicode));
  }
  for (const [, block] of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, target] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])/g)) {
      const first = Number.parseInt(low, 16);
      const last = Number.parseInt(high, 16);
      const targets = target.startsWith('[') ? [...target.matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => m[1]) : undefined;
      for (let code = first; code <= last; code++) {
        const key = code.toString(16).padStart(low.length, '0');
        if (targets) map.set(key, utf16(targets[code - first]));
        else {
          const base = Buffer.from(target.slice(1, -1), 'hex');
          base.writeUInt16BE(base.readUInt16BE(base.length - 2) + code - first, base.length - 2);
          map.set(key, utf16(base.toString('hex')));
        }
      }
    }
  }
  return {map, width};
}

/**
 * The pages of the PDF in `bytes`, in order: `{width, height, lines, tops, text, links, fonts, sizes}`:
 * the size in points; the lines of text as Chromium drew them (a new line where the text moves up
 * or down), where each is drawn down the page (`tops`, in the units of Chromium's text matrix:
 * larger is lower, so a line lower in the same column has a larger value, and a line at the top
 * of the next column a smaller one), and all of them joined by line breaks; the address of each link; the names of the
 * fonts used; how many characters are set in each type size (points, to a tenth). Also the
 * document's `lang` and `title`.
 */
export function readPdf(bytes) {
  bytes = Buffer.from(bytes);
  const objects = readObjects(bytes);
  const resolve = (value) => (value instanceof Ref ? objects.get(value.number)?.value : value);
  const trailerRoot = /\/Root\s+(\d+)\s+0\s+R/.exec(bytes.toString('latin1'))?.[1];
  const catalog = objects.get(Number(trailerRoot))?.value;
  if (catalog?.Type?.name !== 'Catalog') throw new Error('PDF: no catalog');
  const info = /\/Info\s+(\d+)\s+0\s+R/.exec(bytes.toString('latin1'))?.[1];
  const title = objects.get(Number(info))?.value?.Title;
  const fonts = new Map();
  const fontOf = (ref) => {
    const key = ref instanceof Ref ? ref.number : undefined;
    if (key !== undefined && fonts.has(key)) return fonts.get(key);
    const font = resolve(ref);
    const cmap = font?.ToUnicode instanceof Ref ? objects.get(font.ToUnicode.number).stream : undefined;
    if (!cmap) throw new Error(`PDF: a font without a ToUnicode map (${font?.BaseFont?.name})`);
    const decoded = {...toUnicodeMap(cmap), name: font.BaseFont?.name};
    if (key !== undefined) fonts.set(key, decoded);
    return decoded;
  };
  const pageRefs = [];
  const collect = (node) => {
    const value = resolve(node);
    if (value.Type?.name === 'Pages') value.Kids.forEach(collect);
    else pageRefs.push(value);
  };
  collect(catalog.Pages);
  const pages = pageRefs.map((page) => {
    const [, , width, height] = page.MediaBox.map(Number);
    const fontNames = resolve(resolve(page.Resources).Font) ?? {};
    const contents = [page.Contents].flat().map((ref) => objects.get(ref.number).stream);
    const lines = [];
    const tops = [];
    let line = '';
    let font;
    let fontSize = 0;
    let y;
    const usedFonts = new Set();
    // The type's size in points: the font's size, scaled by the text matrix and the transformation
    // matrix (Chromium draws in CSS pixels, scaled to points). Skia's matrices neither rotate nor skew.
    let scale = 1;
    let textScale = 1;
    const scales = [];
    const sizes = new Map();
    const show = (strings) => {
      const size = Math.round(fontSize * Math.abs(textScale * scale) * 10) / 10;
      for (const item of strings) {
        if (!Buffer.isBuffer(item)) continue;
        const hex = item.toString('hex');
        for (let i = 0; i < hex.length; i += font.width * 2) line += font.map.get(hex.slice(i, i + font.width * 2)) ?? '\ufffd';
        sizes.set(size, (sizes.get(size) ?? 0) + hex.length / 2 / font.width);
      }
    };
    const moveTo = (newY) => {
      if (y !== undefined && Math.abs(newY - y) > 0.5 && line) {
        lines.push(line);
        tops.push(y);
        line = '';
      }
      y = newY;
    };
    for (const content of contents) {
      const parser = new Parser(content);
      let operands = [];
      for (let token = parser.next(); token !== undefined; token = parser.next()) {
        if (!(token instanceof Operator)) {
          operands.push(token);
          continue;
        }
        switch (token.name) {
          case 'q':
            scales.push(scale);
            break;
          case 'Q':
            scale = scales.pop();
            break;
          case 'cm':
            scale *= operands[0];
            break;
          case 'Tf':
            font = fontOf(fontNames[operands[0].name]);
            fontSize = operands[1];
            usedFonts.add(font.name);
            break;
          case 'Tm':
            textScale = operands[0];
            moveTo(operands[5]);
            break;
          case 'Td':
          case 'TD':
            moveTo((y ?? 0) + operands[1]);
            break;
          case 'Tj':
            show([operands[0]]);
            break;
          case 'TJ':
            show(operands[0]);
            break;
          case "'":
          case '"':
            moveTo(Number.NaN);
            show([operands.at(-1)]);
            break;
          case 'BI':
            throw new Error('PDF: inline images are not read');
        }
        operands = [];
      }
    }
    if (line) {
      lines.push(line);
      tops.push(y);
    }
    const links = (resolve(page.Annots) ?? []).map(resolve).filter((a) => a.Subtype?.name === 'Link' && a.A?.URI).map((a) => a.A.URI.toString('latin1'));
    return {width, height, lines, tops, text: lines.join('\n'), links, fonts: [...usedFonts], sizes};
  });
  return {pages, lang: catalog.Lang?.toString('latin1'), title: title ? decodeTextString(title) : undefined};
}

/** A PDF text string: UTF-16 with its byte-order mark, or PDFDocEncoding (Latin-1 for our purposes). */
function decodeTextString(buffer) {
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return Buffer.from(buffer.subarray(2)).swap16().toString('utf16le');
  return buffer.toString('latin1');
}
