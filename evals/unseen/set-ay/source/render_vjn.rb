# Lay out the FICTIONAL Wassenaar Voorjaarsnota 2025 with Prawn (Debian ruby-prawn + ruby-prawn-table).
# Usage: ruby render_vjn.rb build/vjn.json OUT.pdf
# Layout: A4 portrait, Liberation Sans, headings in dark blue, a running header from page 3 on ("Voorjaarsnota
# 2025" left, "Gemeente Wassenaar" right, a rule under it), the page number bottom right, chapters on a new page,
# tables drawn by prawn-table: a dark-blue header row with white bold text, thin grey rules under every row,
# no vertical rules, group rows in light blue, subtotal rows bold with a rule above, total rows bold between two
# rules, the 'Stand na voorjaarsnota' row shaded, italic rows; a table that does not fit continues on the next
# page under its repeated header row.  The table of contents (page 2) is filled in after the content is laid out.
require 'json'
require 'prawn'
require 'prawn/table'

src, out = ARGV
blocks = JSON.parse(File.read(src, encoding: 'UTF-8'))
FONT = '/usr/share/fonts/truetype/liberation2'
BLUE = '1F4E79'
LIGHT = 'DCE8F4'
SHADE = 'F2E6C9'
GREY = 'A6A6A6'

pdf = Prawn::Document.new(page_size: 'A4', margin: [72, 56, 64, 56],
                          info: { Title: 'Voorjaarsnota 2025 - Gemeente Wassenaar (fictief)',
                                  Author: 'Evaluatieset set-ay (fictief document)',
                                  Subject: 'Fictief document met verzonnen bedragen',
                                  Creator: 'Prawn', Producer: 'Prawn 2.4.0',
                                  CreationDate: Time.utc(2025, 6, 10, 9, 0, 0),
                                  ModDate: Time.utc(2025, 6, 10, 9, 0, 0) })
pdf.font_families.update('LS' => { normal: "#{FONT}/LiberationSans-Regular.ttf",
                                   bold: "#{FONT}/LiberationSans-Bold.ttf",
                                   italic: "#{FONT}/LiberationSans-Italic.ttf",
                                   bold_italic: "#{FONT}/LiberationSans-BoldItalic.ttf" })
pdf.font 'LS', size: 10
pdf.default_leading 2
toc = []

def para(pdf, text, opts = {})
  pdf.text text, { align: :left, size: 10 }.merge(opts)
  pdf.move_down 7
end

def table_block(pdf, b)
  ncols = b['align'].size
  total_w = pdf.bounds.width * (b['width'] || 1.0)
  wsum = b['widths'].sum.to_f
  widths = b['widths'].map { |w| total_w * w / wsum }
  header_rows = b['header'].map do |hr|
    hr.map do |c|
      c.is_a?(Hash) ? { content: c['text'], colspan: c['span'] } : { content: c }
    end
  end
  body = b['rows'].map do |r|
    if r['style'] == 'group'
      [{ content: r['cells'][0], colspan: ncols }]
    else
      r['cells'].map { |c| { content: c } }
    end
  end
  # keep the caption with at least the header and a few rows
  need = 16 + (b['scale'] ? 12 : 0) + 22 * header_rows.size + 16 * [body.size, 4].min
  pdf.start_new_page if pdf.cursor < need
  pdf.text b['caption'], style: :bold, size: 10, color: BLUE
  if b['scale']
    pdf.text b['scale'], style: :italic, size: 8, align: :right
  else
    pdf.move_down 3
  end
  pdf.table(header_rows + body, header: header_rows.size, column_widths: widths, width: total_w,
            cell_style: { size: 8.5, padding: [3, 4, 3, 4], borders: [:bottom], border_width: 0.4,
                          border_color: GREY, inline_format: false }) do |t|
    b['align'].each_with_index do |a, i|
      t.column(i).align = { 'l' => :left, 'c' => :center, 'r' => :right }[a]
    end
    header_rows.size.times do |h|
      t.row(h).background_color = BLUE
      t.row(h).text_color = 'FFFFFF'
      t.row(h).font_style = :bold
      t.row(h).valign = :bottom
      t.row(h).border_color = BLUE
    end
    b['rows'].each_with_index do |r, i|
      row = t.row(header_rows.size + i)
      case r['style']
      when 'group'
        row.background_color = LIGHT
        row.font_style = :bold
      when 'subtotal'
        row.font_style = :bold
        row.borders = [:top, :bottom]
        row.border_top_width = 0.8
        row.border_top_color = '000000'
      when 'total'
        row.font_style = :bold
        row.borders = [:top, :bottom]
        row.border_width = 1.0
        row.border_color = '000000'
      when 'stand'
        row.font_style = :bold
        row.background_color = SHADE
      when 'italic'
        row.font_style = :italic
      end
    end
  end
  (b['notes'] || []).each do |n|
    pdf.move_down 3
    pdf.text n, size: 7.5, style: :italic
  end
  pdf.move_down 12
end

blocks.each do |b|
  case b['t']
  when 'cover'
    pdf.fill_color BLUE
    pdf.fill_rectangle [-56, pdf.bounds.top + 72], pdf.bounds.width + 112, 300
    pdf.fill_color 'FFFFFF'
    pdf.bounding_box([0, pdf.bounds.top - 40], width: pdf.bounds.width) do
      pdf.text b['body'].upcase, size: 14, style: :bold, character_spacing: 2
      pdf.move_down 16
      pdf.text b['title'], size: 34, style: :bold
      pdf.move_down 10
      pdf.text b['subtitle'], size: 12
    end
    pdf.fill_color '000000'
    pdf.move_cursor_to pdf.bounds.top - 300
    pdf.text b['date'], size: 12
    pdf.move_down 40
    pdf.stroke_color 'C00000'
    pdf.line_width 1.5
    pdf.bounding_box([0, pdf.cursor], width: pdf.bounds.width) do
      pdf.pad(10) { pdf.indent(10, 10) { pdf.text b['fiction'], size: 11, style: :bold, color: 'C00000' } }
      pdf.stroke_bounds
    end
    pdf.line_width 0.5
    pdf.stroke_color '000000'
  when 'toc'
    pdf.start_new_page
    toc_page = pdf.page_number
    pdf.text b['title'], size: 20, style: :bold, color: BLUE
    $toc_page = toc_page
  when 'h1'
    pdf.start_new_page unless b['same']
    pdf.text b['text'], size: 18, style: :bold, color: BLUE
    pdf.move_down 10
    toc << [1, b['text'], pdf.page_number]
  when 'h2'
    pdf.start_new_page if pdf.cursor < 110
    pdf.move_down 4
    pdf.text b['text'], size: 13, style: :bold, color: BLUE
    pdf.move_down 5
    toc << [2, b['text'], pdf.page_number]
  when 'h3'
    pdf.start_new_page if pdf.cursor < 80
    pdf.text b['text'], size: 10.5, style: :bold
    pdf.move_down 3
  when 'p'
    para(pdf, b['text'])
  when 'signature'
    pdf.move_down 10
    b['lines'].each { |l| pdf.text l }
  when 'bullets'
    b['items'].each do |it|
      pdf.float { pdf.text "\u2022" }
      pdf.indent(14) { pdf.text it }
      pdf.move_down 4
    end
    pdf.move_down 6
  when 'table'
    table_block(pdf, b)
  when 'pagebreak'
    pdf.start_new_page
  else
    raise "unknown block #{b['t']}"
  end
end

# running header and page numbers (not on the cover)
(2..pdf.page_count).each do |pg|
  pdf.go_to_page(pg)
  pdf.canvas do
    if pg > 2
      pdf.fill_color '404040'
      pdf.draw_text 'Voorjaarsnota 2025', at: [56, 842 - 40], size: 8
      w = pdf.width_of('Gemeente Wassenaar', size: 8)
      pdf.draw_text 'Gemeente Wassenaar', at: [595 - 56 - w, 842 - 40], size: 8
      pdf.stroke_color BLUE
      pdf.line_width 0.6
      pdf.stroke_horizontal_line 56, 595 - 56, at: 842 - 46
    end
    pdf.fill_color '000000'
    s = pg.to_s
    pdf.draw_text s, at: [595 - 56 - pdf.width_of(s, size: 9), 36], size: 9
  end
end

# table of contents
pdf.go_to_page($toc_page)
y = pdf.bounds.top - 50
toc.each do |lvl, text, pg|
  x = lvl == 1 ? 0 : 18
  size = lvl == 1 ? 10.5 : 9.5
  style = lvl == 1 ? :bold : :normal
  pdf.font('LS', style: style, size: size) do
    pdf.draw_text text, at: [x, y]
    tw = pdf.width_of(text)
    pw = pdf.width_of(pg.to_s)
    right = pdf.bounds.width
    dots_x = x + tw + 6
    pdf.draw_text pg.to_s, at: [right - pw, y]
    dw = pdf.width_of('.')
    n = ((right - pw - 6 - dots_x) / dw).floor
    pdf.draw_text('.' * n, at: [dots_x, y]) if n > 0
  end
  y -= lvl == 1 ? 20 : 16
end

pdf.render_file out
puts "wrote #{out} (#{pdf.page_count} pages)"
