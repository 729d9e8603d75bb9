# Renders build/dinkelland_blocks.json to a PDF with Prawn (Ruby) and prawn-table.
# Usage: ruby layout_dinkelland.rb blocks.json out.pdf
# Two passes: the first collects the page of every h1 for the table of contents.
require "json"
require "prawn"
require "prawn/table"

BLOCKS = JSON.parse(File.read(ARGV[0]))
OUT = ARGV[1]
FONT_DIR = "/usr/share/fonts/truetype/liberation2"
FOOTER = "FICTIEF DOCUMENT - gemeente Dinkelland, Programmabegroting 2026 - alle bedragen zijn verzonnen"
BLUE = "1F4E79"
GREEN = "4E7A27"

def render(toc_pages)
  h1_pages = []
  pdf = Prawn::Document.new(page_size: "A4", margin: [62, 50, 62, 50],
                            info: { Title: "Programmabegroting 2026 gemeente Dinkelland (FICTIEF DOCUMENT)",
                                    Author: "Gemeente Dinkelland (fictief)", Subject: "Fictief testdocument",
                                    Creator: "layout_dinkelland.rb", Producer: "Prawn #{Prawn::VERSION}" })
  pdf.font_families.update("Lib" => {
    normal: "#{FONT_DIR}/LiberationSans-Regular.ttf", bold: "#{FONT_DIR}/LiberationSans-Bold.ttf",
    italic: "#{FONT_DIR}/LiberationSans-Italic.ttf", bold_italic: "#{FONT_DIR}/LiberationSans-BoldItalic.ttf" })
  pdf.font "Lib", size: 9.5
  pdf.default_leading 1.5

  BLOCKS.each do |b|
    case b["t"]
    when "cover"
      pdf.move_down 120
      pdf.fill_color GREEN
      pdf.text b["org"], size: 16, style: :bold
      pdf.fill_color BLUE
      pdf.move_down 8
      pdf.text b["title"], size: 30, style: :bold
      pdf.text b["sub"], size: 16
      pdf.fill_color "000000"
      pdf.move_down 10
      pdf.text b["meta"], size: 9, style: :italic
      pdf.move_down 30
    when "box"
      pdf.stroke_color "C00000"
      pdf.line_width 2
      top = pdf.cursor
      pdf.bounding_box([0, top], width: pdf.bounds.width) do
        pdf.move_down 8
        pdf.indent(10, 10) do
          pdf.fill_color "C00000"
          pdf.text b["lines"][0], size: 18, style: :bold, align: :center
          pdf.fill_color "000000"
          pdf.move_down 4
          b["lines"][1..].each { |l| pdf.text l, size: 10, align: :center }
        end
        pdf.move_down 8
        pdf.stroke_bounds
      end
      pdf.line_width 0.5
      pdf.stroke_color "000000"
      pdf.move_down 30
    when "toc"
      pdf.text "Inhoud", size: 14, style: :bold, color: BLUE
      pdf.move_down 6
      b["items"].each_with_index do |(t, _), i|
        pg = toc_pages[i] ? toc_pages[i].to_s : ""
        pdf.text_box t, at: [0, pdf.cursor], width: 380, size: 10
        pdf.text_box pg, at: [400, pdf.cursor], width: 40, size: 10, align: :right
        pdf.move_down 15
      end
    when "page"
      pdf.start_new_page
    when "landscape"
      pdf.start_new_page(layout: :landscape)
    when "portrait"
      pdf.start_new_page(layout: :portrait)
    when "h1"
      pdf.start_new_page if pdf.cursor < 120
      h1_pages << pdf.page_number
      pdf.fill_color BLUE
      pdf.text b["text"], size: 16, style: :bold
      pdf.fill_color "000000"
      pdf.stroke_color BLUE
      pdf.stroke_horizontal_rule
      pdf.stroke_color "000000"
      pdf.move_down 8
    when "h2"
      pdf.start_new_page if pdf.cursor < 80
      pdf.move_down 4
      pdf.text b["text"], size: 11.5, style: :bold, color: GREEN
      pdf.move_down 3
    when "h3"
      pdf.text b["text"], size: 10, style: :bold
    when "p"
      pdf.text b["text"], inline_format: true, align: :left
      pdf.move_down 6
    when "note"
      pdf.text b["text"], size: 8, style: :italic
      pdf.move_down 4
    when "ul"
      b["items"].each do |it|
        y = pdf.cursor
        pdf.text_box "\u2022", at: [6, y], width: 10
        pdf.indent(18) { pdf.text it, inline_format: true }
        pdf.move_down 3
      end
      pdf.move_down 4
    when "table"
      draw_table(pdf, b)
    else
      raise "unknown block #{b['t']}"
    end
  end

  # running header and footer on every page
  n = pdf.page_count
  (1..n).each do |i|
    pdf.go_to_page(i)
    pdf.canvas do
      w = pdf.bounds.width
      h = pdf.bounds.height
      pdf.font "Lib", size: 7 do
        if i > 1
          pdf.fill_color "666666"
          pdf.text_box "Gemeente Dinkelland  |  Programmabegroting 2026", at: [50, h - 30], width: w - 100, align: :right
        end
        pdf.fill_color "C00000"
        pdf.text_box FOOTER, at: [50, 40], width: w - 160, style: :bold
        pdf.fill_color "000000"
        pdf.text_box "pagina #{i} van #{n}", at: [w - 150, 40], width: 100, align: :right
      end
    end
  end
  [pdf, h1_pages]
end

def cellify(c, size, align)
  if c.is_a?(Hash)
    h = { content: c["c"].to_s, size: size }
    h[:colspan] = c["colspan"] if c["colspan"]
    h[:rowspan] = c["rowspan"] if c["rowspan"]
    h[:align] = c["align"].to_sym if c["align"]
    h[:font_style] = :bold if c["bold"]
    h
  else
    { content: c.to_s, size: size }
  end
end

def draw_table(pdf, b)
  size = b["size"] || 8
  align = b["align"]
  head = b["head"].map { |r| r.map { |c| cellify(c, size, nil) } }
  body = b["body"].map { |r| r.map { |c| cellify(c, size, nil) } }
  nh = head.length
  data = head + body
  widths = b["widths"]
  build = lambda do
    pdf.make_table(data, header: (b["repeat"] ? nh : false), column_widths: widths,
                   cell_style: { size: size, padding: [2.2, 4, 2.2, 4], borders: [:bottom],
                                 border_width: 0.25, border_color: "BBBBBB", inline_format: false }) do |t|
      if align
        align.each_with_index do |a, j|
          t.column(j).rows(nh..-1).align = a.to_sym
        end
      end
      t.rows(0..(nh - 1)).font_style = :bold
      t.rows(0..(nh - 1)).background_color = "DCE6F0"
      t.rows(0..(nh - 1)).border_color = BLUE
      b["head"][0..0].each_with_index do |r, i|
        col = 0
        r.each do |c|
          a = (c.is_a?(Hash) && c["align"]) ? c["align"] : (align ? align[col] : (col == 0 ? "left" : "right"))
          cell = t.cells[i, col]
          cell.align = a.to_sym if cell && cell.respond_to?(:align=)
          col += (c.is_a?(Hash) && c["colspan"]) ? c["colspan"] : 1
        end
      end
      # second header row of a multi-row header: cells under a rowspan shift the column index
      if nh > 1
        spans = b["head"][0].each_with_index.select { |c, _| c.is_a?(Hash) && c["rowspan"] }.length
        b["head"][1].each_with_index do |c, j|
          col = j + spans
          a = (c.is_a?(Hash) && c["align"]) ? c["align"] : (align ? align[col] : "right")
          cell = t.cells[1, col]
          cell.align = a.to_sym if cell && cell.respond_to?(:align=)
        end
      end
      b["bold"].each { |i| t.row(nh + i).font_style = :bold }
      b["italic"].each { |i| t.row(nh + i).font_style = :bold_italic }
      b["shade"].each { |i| t.row(nh + i).background_color = "EEF3E8" }
    end
  end
  t = build.call
  need = t.height + 30 + (b["foot"].length * 10)
  if !b["repeat"] && need < pdf.bounds.height && pdf.cursor < need
    pdf.start_new_page
  end
  if b["caption"]
    pdf.start_new_page if pdf.cursor < 80
    pdf.text b["caption"], size: 8.5, style: :bold, color: BLUE
    pdf.move_down 2
  end
  t = build.call
  t.draw
  pdf.move_down 3 unless b["foot"].empty?
  b["foot"].each { |f| pdf.text f, size: 7, style: :italic }
  pdf.move_down 10
end

_, pages = render([])
pdf, pages2 = render(pages)
raise "toc moved" unless pages == pages2
pdf.render_file(OUT)
puts "#{OUT}: #{pdf.page_count} pages"
