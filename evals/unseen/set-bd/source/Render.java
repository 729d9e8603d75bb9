// Draws a page-operation file (one operation per line, tab-separated, written by render_itext.py)
// with iText 5: text in embedded TrueType fonts, lines and filled rectangles.
import com.itextpdf.text.*;
import com.itextpdf.text.pdf.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class Render {
    static BaseColor rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new BaseColor((v >> 16) & 255, (v >> 8) & 255, v & 255);
    }
    public static void main(String[] a) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(a[0]), StandardCharsets.UTF_8));
        String[] head = r.readLine().split("\t");   // W H title regular bold italic
        float W = Float.parseFloat(head[0]), H = Float.parseFloat(head[1]);
        Document d = new Document(new Rectangle(W, H), 0, 0, 0, 0);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[1]));
        d.addTitle(head[2]);
        d.addCreator("set-bd render_itext");
        Map<String, BaseFont> fonts = new HashMap<>();
        fonts.put("R", BaseFont.createFont(head[3], BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
        fonts.put("B", BaseFont.createFont(head[4], BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
        fonts.put("I", BaseFont.createFont(head[5], BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
        d.open();
        PdfContentByte cb = w.getDirectContent();
        boolean first = true;
        String line;
        while ((line = r.readLine()) != null) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "page":
                    if (!first) d.newPage();
                    first = false;
                    cb.setLiteral("");   // make sure the page is not empty
                    break;
                case "rect": {
                    float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]);
                    float rw = Float.parseFloat(f[3]), rh = Float.parseFloat(f[4]);
                    cb.saveState();
                    cb.setColorFill(rgb(f[5]));
                    cb.rectangle(x, H - y - rh, rw, rh);
                    cb.fill();
                    cb.restoreState();
                    break;
                }
                case "line": {
                    cb.saveState();
                    cb.setLineWidth(Float.parseFloat(f[5]));
                    cb.setColorStroke(rgb(f[6]));
                    cb.moveTo(Float.parseFloat(f[1]), H - Float.parseFloat(f[2]));
                    cb.lineTo(Float.parseFloat(f[3]), H - Float.parseFloat(f[4]));
                    cb.stroke();
                    cb.restoreState();
                    break;
                }
                case "text": {
                    float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]);
                    String s = f[3];
                    float size = Float.parseFloat(f[4]);
                    BaseFont bf = fonts.get(f[5]);
                    float tw = bf.getWidthPoint(s, size);
                    if (f[6].equals("r")) x -= tw; else if (f[6].equals("c")) x -= tw / 2;
                    cb.beginText();
                    cb.setFontAndSize(bf, size);
                    cb.setColorFill(rgb(f[7]));
                    cb.setTextMatrix(x, H - y);
                    cb.showText(s);
                    cb.endText();
                    break;
                }
            }
        }
        d.close();
    }
}
