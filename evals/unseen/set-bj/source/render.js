// Layout engine for the two fictional documents of set-bj.
// Usage: node render.js spec.json out.pdf pdfkit|pdflib
// The spec (made by gen_docs.py) is a list of blocks; this file only places them on pages.
// Two real PDF producers are supported behind one small interface:
//   pdfkit  (npm "pdfkit")  -> Dinkelland Programmabegroting 2025
//   pdflib  (npm "pdf-lib") -> Veiligheidsregio Kust en Duin Jaarstukken 2024
'use strict';
const fs = require('fs');
const path = require('path');
const NODE_PATH = process.env.BJ_NODE_MODULES || '/tmp/bj-node/node_modules';
const req = (m) => require(path.join(NODE_PATH, m));

const [specFile, outFile, backendName, layoutFile] = process.argv.slice(2);
const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
const M = spec.meta;

// ---------------------------------------------------------------- backends
async function makePdfkit() {
  const PDFDocument = req('pdfkit');
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0,
    info: { Title: M.title, Author: M.author, Subject: M.subject, Creator: M.creator, Keywords: 'FICTIEF DOCUMENT', CreationDate: new Date(Date.UTC(2025, 0, 1)) } });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((res) => doc.on('end', res));
  let cur = null;
  return {
    measure: (t, f, s) => { doc.font(f).fontSize(s); return doc.widthOfString(t); },
    newPage: (w, h) => { doc.addPage({ size: [w, h], margin: 0 }); cur = { w, h }; },
    text: (t, x, y, f, s, color) => {
      doc.font(f).fontSize(s).fillColor(color || '#000000');
      doc.text(t, x, y, { lineBreak: false });
    },
    rect: (x, y, w, h, opt) => {
      doc.save();
      if (opt.fill) { doc.rect(x, y, w, h).fill(opt.fill); }
      if (opt.stroke) { doc.lineWidth(opt.lw || 0.5).rect(x, y, w, h).stroke(opt.stroke); }
      doc.restore();
    },
    line: (x1, y1, x2, y2, lw, color) => {
      doc.save(); doc.lineWidth(lw || 0.5).moveTo(x1, y1).lineTo(x2, y2).stroke(color || '#000000'); doc.restore();
    },
    finish: async () => { doc.end(); await done; fs.writeFileSync(outFile, Buffer.concat(chunks)); },
  };
}

async function makePdflib() {
  const { PDFDocument, StandardFonts, rgb } = req('pdf-lib');
  const doc = await PDFDocument.create();
  doc.setTitle(M.title); doc.setAuthor(M.author); doc.setSubject(M.subject);
  doc.setCreator(M.creator); doc.setKeywords(['FICTIEF DOCUMENT']);
  doc.setCreationDate(new Date(Date.UTC(2025, 0, 1))); doc.setModificationDate(new Date(Date.UTC(2025, 0, 1)));
  const fontNames = { 'Helvetica': StandardFonts.Helvetica, 'Helvetica-Bold': StandardFonts.HelveticaBold,
    'Helvetica-Oblique': StandardFonts.HelveticaOblique, 'Times-Roman': StandardFonts.TimesRoman,
    'Times-Bold': StandardFonts.TimesRomanBold, 'Times-Italic': StandardFonts.TimesRomanItalic };
  const fonts = {};
  for (const [k, v] of Object.entries(fontNames)) fonts[k] = await doc.embedFont(v);
  const col = (hex) => { const n = parseInt((hex || '#000000').slice(1), 16);
    return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255); };
  let page = null, H = 0;
  return {
    measure: (t, f, s) => fonts[f].widthOfTextAtSize(t, s),
    newPage: (w, h) => { page = doc.addPage([w, h]); H = h; },
    // y is the top of the text box; pdf-lib draws at the baseline
    text: (t, x, y, f, s, color) => page.drawText(t, { x, y: H - y - s * 0.78, size: s, font: fonts[f], color: col(color) }),
    rect: (x, y, w, h, opt) => page.drawRectangle({ x, y: H - y - h, width: w, height: h,
      color: opt.fill ? col(opt.fill) : undefined, borderColor: opt.stroke ? col(opt.stroke) : undefined,
      borderWidth: opt.stroke ? (opt.lw || 0.5) : 0 }),
    line: (x1, y1, x2, y2, lw, color) => page.drawLine({ start: { x: x1, y: H - y1 }, end: { x: x2, y: H - y2 },
      thickness: lw || 0.5, color: col(color) }),
    finish: async () => { fs.writeFileSync(outFile, await doc.save({ useObjectStreams: false })); },
  };
}

// ---------------------------------------------------------------- engine
function wrap(B, text, font, size, width) {
  const out = [];
  for (const para of String(text).split('\n')) {
    const words = para.split(' ');
    let line = '';
    for (const w of words) {
      const cand = line ? line + ' ' + w : w;
      if (B.measure(cand, font, size) <= width || !line) line = cand;
      else { out.push(line); line = w; }
    }
    out.push(line);
  }
  return out;
}

async function layout(B, dry, tocPages) {
  const S = M.style;
  const [PW, PH] = M.pageSize;
  const ml = S.marginLeft, mr = S.marginRight, mt = S.marginTop, mb = S.marginBottom;
  const CW = PW - ml - mr;
  const F = S.font, FB = S.fontBold, FI = S.fontItalic, TF = S.tableFont || F, TFB = S.tableFontBold || FB;
  let pageNo = 0, y = 0;
  const h1Pages = {};
  const X = dry ? { text() {}, rect() {}, line() {} } : B;

  function newPage() {
    pageNo += 1;
    if (!dry) B.newPage(PW, PH);
    y = mt;
    // running header (not on the cover)
    if (pageNo > 1 && M.header) {
      X.text(M.header, ml, mt - 28, FI, 8, '#444444');
      X.line(ml, mt - 16, PW - mr, mt - 16, 0.4, '#888888');
    }
    // footer on every page
    X.line(ml, PH - mb + 12, PW - mr, PH - mb + 12, 0.4, '#888888');
    const ft = M.footer;
    X.text(ft, ml, PH - mb + 18, F, 7.5, '#000000');
    if (pageNo > 1) {
      const pn = `${M.pageLabel || 'pagina'} ${pageNo}`;
      X.text(pn, PW - mr - B.measure(pn, F, 8), mt - 28, F, 8, '#000000');
    }
  }
  function ensure(h) { if (y + h > PH - mb) newPage(); }

  function para(text, opt = {}) {
    const f = opt.font || F, s = opt.size || S.size, lh = s * 1.35;
    const ind = opt.indent || 0;
    const lines = wrap(B, text, f, s, CW - ind);
    for (const ln of lines) { ensure(lh); X.text(ln, ml + ind, y, f, s, opt.color); y += lh; }
    y += opt.after !== undefined ? opt.after : s * 0.6;
  }

  function table(t) {
    const s = t.size || S.tableSize, lh = s * 1.3, pad = 2.5;
    const tot = t.widths.reduce((a, b) => a + b, 0);
    const W = t.widths.map((w) => (w / tot) * CW);
    const xs = []; let acc = ml; for (const w of W) { xs.push(acc); acc += w; }
    const aligns = t.align;
    function cellLines(txt, ci, span, font, indent) {
      let w = 0; for (let k = ci; k < ci + span; k++) w += W[k];
      return wrap(B, txt == null ? '' : String(txt), font, s, w - 2 * pad - (indent || 0));
    }
    function drawRow(cells, opt) {
      const font = opt.bold ? TFB : (opt.italic ? FI : TF);
      let ci = 0; const prepared = [];
      for (const c of cells) {
        const cell = (c !== null && typeof c === 'object') ? c : { t: c };
        const span = cell.span || 1;
        const indent = (ci === 0 ? (opt.indent || 0) * 8 : 0);
        const lines = cellLines(cell.t, ci, span, cell.bold ? TFB : font, indent);
        prepared.push({ ci, span, lines, align: cell.align || (span > 1 ? 'c' : aligns[ci]), indent, font: cell.bold ? TFB : font });
        ci += span;
      }
      const nl = Math.max(1, ...prepared.map((p) => p.lines.length));
      const h = nl * lh + 2 * pad;
      return { h, draw: () => {
        if (opt.fill) X.rect(ml, y, CW, h, { fill: opt.fill });
        if (opt.ruleAbove) X.line(ml, y, PW - mr, y, 0.6, '#000000');
        for (const p of prepared) {
          let w = 0; for (let k = p.ci; k < p.ci + p.span; k++) w += W[k];
          p.lines.forEach((ln, i) => {
            const tw = B.measure(ln, p.font, s);
            let x = xs[p.ci] + pad + p.indent;
            if (p.align === 'r') x = xs[p.ci] + w - pad - tw;
            else if (p.align === 'c') x = xs[p.ci] + (w - tw) / 2;
            // numbers sit on the last line of a wrapped row, as in most budget PDFs
            const off = (p.lines.length < nl && opt.valign !== 'top') ? (nl - p.lines.length) * lh : 0;
            X.text(ln, x, y + pad + off + i * lh, p.font, s);
          });
        }
        if (opt.ruleBelow) X.line(ml, y + h, PW - mr, y + h, opt.ruleBelow, '#000000');
        y += h;
      } };
    }
    const captionF = S.captionFont || FB;
    function caption(cont) {
      const cap = t.caption + (cont ? ` ${t.contLabel || '(vervolg)'}` : '');
      const capLines = wrap(B, cap, captionF, S.captionSize || s + 1.5, CW * 0.72);
      for (const ln of capLines) { X.text(ln, ml, y, captionF, S.captionSize || s + 1.5); y += (S.captionSize || s + 1.5) * 1.35; }
      if (t.scale && t.scalePos === 'caption') {
        const tw = B.measure(t.scale, FI, s);
        X.text(t.scale, PW - mr - tw, y - (S.captionSize || s + 1.5) * 1.35, FI, s);
      }
      y += 2;
    }
    function header() {
      X.line(ml, y, PW - mr, y, 0.8, '#000000');
      for (const hr of t.header) { const r = drawRow(hr, { bold: true, fill: t.headFill || '#E6E6E6', valign: 'top' }); r.draw(); }
      X.line(ml, y, PW - mr, y, 0.6, '#000000');
    }
    const rows = t.rows.map((r) => (Array.isArray(r) ? { c: r } : r));
    const built = rows.map((r) => drawRow(r.c, { bold: r.b, italic: r.i, indent: r.ind, fill: r.fill,
      ruleAbove: r.top, ruleBelow: r.bottom }));
    const headH = t.header.reduce((a, hr) => a + drawRow(hr, { bold: true }).h, 0);
    const capH = (S.captionSize || s + 1.5) * 1.35 * 2 + 4;
    ensure(capH + headH + (built[0] ? built[0].h * Math.min(3, built.length) : 0));
    caption(false); header();
    built.forEach((r, i) => {
      if (y + r.h > PH - mb - 4) {
        X.text(t.contNote || 'vervolg op volgende pagina', PW - mr - B.measure(t.contNote || 'vervolg op volgende pagina', FI, s - 1), y + 2, FI, s - 1);
        newPage(); caption(true); header();
      }
      r.draw();
    });
    X.line(ml, y, PW - mr, y, 0.8, '#000000');
    y += 3;
    if (t.scale && t.scalePos === 'below') { para(t.scale, { font: FI, size: s, after: 2 }); }
    for (const fn of t.footnotes || []) para(fn, { size: s - 0.8, after: 1 });
    y += S.size * 0.8;
  }

  newPage();
  for (const b of spec.blocks) {
    switch (b.type) {
      case 'pagebreak': newPage(); break;
      case 'space': y += b.h || 10; break;
      case 'title': para(b.text, { font: FB, size: b.size || 26, after: b.after || 8, color: b.color }); break;
      case 'h1': {
        if (b.newPage !== false && y > mt + 1) newPage();
        h1Pages[b.text] = pageNo;
        ensure(40); para(b.text, { font: S.h1Font || FB, size: S.h1Size || 16, after: 6, color: S.h1Color }); break;
      }
      case 'h2': ensure(60); y += 4; para(b.text, { font: FB, size: S.h2Size || 12.5, after: 3, color: S.h2Color }); break;
      case 'h3': ensure(50); y += 2; para(b.text, { font: S.h3Font || FI, size: S.h3Size || 10.5, after: 2 }); break;
      case 'p': para(b.text, { size: b.size, font: b.italic ? FI : (b.bold ? FB : F) }); break;
      case 'bullets':
        for (const it of b.items) {
          const lines = wrap(B, it, F, S.size, CW - 14); const lh = S.size * 1.35;
          lines.forEach((ln, i) => { ensure(lh); if (i === 0) X.text('-', ml + 3, y, F, S.size); X.text(ln, ml + 14, y, F, S.size); y += lh; });
        }
        y += S.size * 0.5; break;
      case 'box': {
        const s = b.size || 11, lh = s * 1.4;
        const lines = wrap(B, b.text, F, s, CW - 30);
        const h = (lines.length + 1) * lh + 22;
        ensure(h + 6);
        X.rect(ml, y, CW, h, { stroke: '#000000', lw: 2, fill: b.fill || '#FFF2CC' });
        X.rect(ml, y, CW, h, { stroke: '#000000', lw: 2 });
        X.text(b.title, ml + 15, y + 10, FB, s + 3);
        lines.forEach((ln, i) => X.text(ln, ml + 15, y + 12 + (i + 1) * lh, F, s));
        y += h + 12; break;
      }
      case 'toc': {
        for (const e of b.entries) {
          const pg = tocPages ? String(tocPages[e] || '') : '';
          ensure(14); X.text(e, ml, y, F, S.size); X.text(pg, PW - mr - B.measure(pg, F, S.size), y, F, S.size); y += S.size * 1.6;
        }
        y += 6; break;
      }
      case 'table': table(b); break;
      default: throw new Error('unknown block ' + b.type);
    }
  }
  return { h1Pages, pages: pageNo };
}

(async () => {
  const B = backendName === 'pdflib' ? await makePdflib() : await makePdfkit();
  const first = await layout(B, true, null);
  const second = await layout(B, false, first.h1Pages);
  await B.finish();
  if (layoutFile) fs.writeFileSync(layoutFile, JSON.stringify(second, null, 1));
  console.log(`${outFile}: ${second.pages} pages`);
})().catch((e) => { console.error(e); process.exit(1); });
