// Reads the PDFs the handout prints, with pdf.js (its legacy build, which runs in every Node the package supports).
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The pages of the PDF in `bytes`, in order: `{width, height, lines, tops, text, links, fonts, sizes}`:
 * the size in points; the lines of text as they were drawn (a new line where the text moves up or
 * down) and how far down the page each one is (`tops`, in points from the top), all of them joined by
 * line breaks; the address of each link; the names of the fonts used; how many characters are set in
 * each type size (points, to a tenth). Also the document's `lang` and `title`.
 */
export async function readPdf(bytes) {
  const pdf = await getDocument({data: new Uint8Array(bytes), verbosity: 0}).promise;
  const {info} = await pdf.getMetadata();
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const [, , width, height] = page.view;
    // Loading the operators loads the fonts, whose names (`ABCDEF+LiberationSans`) the text items lack.
    await page.getOperatorList();
    const lines = [];
    const tops = [];
    const fonts = new Set();
    const sizes = new Map();
    let line = '';
    let y;
    for (const item of (await page.getTextContent()).items) {
      const [a, b, , , , itemY] = item.transform;
      if (y !== undefined && Math.abs(itemY - y) > 0.5 && line) {
        lines.push(line);
        tops.push(height - y);
        line = '';
      }
      y = itemY;
      if (!item.str) continue;
      line += item.str;
      fonts.add(page.commonObjs.get(item.fontName).name);
      const size = Math.round(Math.hypot(a, b) * 10) / 10;
      sizes.set(size, (sizes.get(size) ?? 0) + [...item.str].length);
    }
    if (line) {
      lines.push(line);
      tops.push(height - y);
    }
    const links = (await page.getAnnotations()).filter((a) => a.subtype === 'Link' && a.url).map((a) => a.url);
    pages.push({width, height, lines, tops, text: lines.join('\n'), links, fonts: [...fonts], sizes});
  }
  await pdf.destroy();
  return {pages, lang: info.Language, title: info.Title};
}
