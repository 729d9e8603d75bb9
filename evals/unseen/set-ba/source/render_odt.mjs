// Draws the pages laid out by gen_odt.py with pdf-lib: every text run, rule and box is placed by hand.
// Usage: node render_odt.mjs PAGES.json OUT.pdf FONTDIR
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(process.env.BA_NODE_MODULES ? path.join(process.env.BA_NODE_MODULES, 'x.js') : import.meta.url);
const { PDFDocument, rgb } = require('pdf-lib');
const fontkit = require('@pdf-lib/fontkit');

const [, , inJson, outPdf, fontDir] = process.argv;
const spec = JSON.parse(fs.readFileSync(inJson, 'utf8'));

const pdf = await PDFDocument.create();
pdf.registerFontkit(fontkit);
const fonts = {};
for (const [key, file] of Object.entries(spec.fonts)) {
  const bytes = fs.readFileSync(path.join(fontDir, file));
  fonts[key] = await pdf.embedFont(bytes, {
    subset: false, customName: path.basename(file, '.ttf'),
    features: { liga: false, kern: false, calt: false, clig: false },
  });
}
const col = (c) => rgb(c[0], c[1], c[2]);

for (const pg of spec.pages) {
  const page = pdf.addPage([pg.width, pg.height]);
  for (const p of pg.prims) {
    if (p.t === 'rect') {
      const o = { x: p.x, y: p.y, width: p.w, height: p.h };
      if (p.fill) o.color = col(p.fill);
      if (p.stroke) { o.borderColor = col(p.stroke); o.borderWidth = p.lw; }
      page.drawRectangle(o);
    } else if (p.t === 'line') {
      page.drawLine({ start: { x: p.x1, y: p.y1 }, end: { x: p.x2, y: p.y2 }, thickness: p.w, color: col(p.color) });
    } else {
      page.drawText(p.s, { x: p.x, y: p.y, size: p.size, font: fonts[p.font], color: col(p.color) });
    }
  }
}
const m = spec.meta;
const when = new Date(m.date);
pdf.setTitle(m.title);
pdf.setAuthor(m.author);
pdf.setSubject(m.subject);
pdf.setKeywords(m.keywords);
pdf.setCreator(m.creator);
pdf.setCreationDate(when);
pdf.setModificationDate(when);
pdf.setLanguage('nl-NL');
fs.writeFileSync(outPdf, await pdf.save({ useObjectStreams: false }));
console.log(`${outPdf}: ${spec.pages.length} pages`);
