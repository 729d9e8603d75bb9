// Draws the page operations written by layout.write_jspdf_ops with jsPDF.
// usage: node render_jspdf.js ops.json out.pdf   (jspdf resolved via NODE_PATH)
const fs = require("fs");
const { jsPDF } = require("jspdf");

const [opsPath, outPath] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(opsPath, "utf8"));
const doc = new jsPDF({ unit: "pt", format: "a4", compress: true });
doc.setProperties(data.meta);
doc.setCreationDate(new Date(Date.UTC(2024, 10, 8, 9, 30, 0)));
doc.setFileId("5b0c2a9e7d3f41a08c6e2b1d9f4a7c30");

const rgb = (c) => c.map((v) => Math.round(v * 255));

data.pages.forEach((ops, i) => {
  if (i > 0) doc.addPage("a4", "portrait");
  for (const op of ops) {
    if (op[0] === "r") {
      const [, x, y, w, h, fill, stroke, lw] = op;
      if (fill) { doc.setFillColor(...rgb(fill)); doc.rect(x, y, w, h, "F"); }
      if (stroke) { doc.setDrawColor(...rgb(stroke)); doc.setLineWidth(lw); doc.rect(x, y, w, h, "S"); }
    } else if (op[0] === "l") {
      const [, x1, y1, x2, y2, w, col] = op;
      doc.setDrawColor(...rgb(col)); doc.setLineWidth(w); doc.line(x1, y1, x2, y2);
    } else if (op[0] === "t") {
      const [, x, y, fam, st, sz, s, col] = op;
      doc.setFont(fam, st); doc.setFontSize(sz); doc.setTextColor(...rgb(col));
      doc.text(s, x, y);
    }
  }
});
fs.writeFileSync(outPath, Buffer.from(doc.output("arraybuffer")));
