<?php
// Render a document spec (JSON written by gen_twenterand.py) with TCPDF (Debian package php-tcpdf).
// Usage: php render_tcpdf.php spec.json out.pdf
require_once('/usr/share/php/tcpdf/tcpdf.php');

$spec = json_decode(file_get_contents($argv[1]), true);
$out = $argv[2];

class JsPDF extends TCPDF {
    public $runhead = '';
    public $footl = '';
    public function Header() {
        if ($this->getPage() == 1) return;
        $this->SetFont('dejavusanscondensed', '', 7.5);
        $this->SetTextColor(0, 84, 122);
        $this->SetXY(18, 9);
        $this->Cell(0, 5, $this->runhead, 0, 0, 'R');
        $this->SetDrawColor(0, 84, 122);
        $this->SetLineWidth(0.3);
        $this->Line(18, 15, 192, 15);
    }
    public function Footer() {
        if ($this->getPage() == 1) return;
        $this->SetFont('dejavusanscondensed', '', 7.5);
        $this->SetTextColor(90, 90, 90);
        $this->SetXY(18, 284);
        $this->Cell(87, 5, $this->footl, 0, 0, 'L');
        $this->Cell(87, 5, '- ' . $this->getAliasNumPage() . ' -', 0, 0, 'R');
    }
}

$pdf = new JsPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->runhead = $spec['runhead'];
$pdf->footl = $spec['footer'];
$pdf->SetCreator('TCPDF');
$pdf->SetAuthor($spec['author']);
$pdf->SetTitle($spec['title']);
$pdf->SetMargins(18, 20, 18);
$pdf->SetAutoPageBreak(true, 18);
$pdf->setFontSubsetting(true);
$pdf->SetCompression(true);
$pdf->SetDocInfoUnicode(true);

$BODY = 'dejavusanscondensed';
$LW = 174; // text width
$BOTTOM = 279;

function ensure_space($pdf, $h) {
    global $BOTTOM;
    if ($pdf->GetY() + $h > $BOTTOM) $pdf->AddPage();
}

function draw_cell_text($pdf, $x, $y, $w, $h, $txt, $align, $style, $size) {
    global $BODY;
    // a footnote mark after a figure: '1.234^1' -> figure + raised small mark
    $mark = '';
    if (strpos($txt, '^') !== false) { list($txt, $mark) = explode('^', $txt, 2); }
    $pdf->SetFont($BODY, $style, $size);
    $markw = 0;
    if ($mark !== '') { $markw = 2.6; }
    $pdf->SetXY($x, $y);
    $pdf->Cell($w - $markw, $h, $txt, 0, 0, $align, false, '', 0, false, 'T', 'T');
    if ($mark !== '') {
        $pdf->SetFont($BODY, '', $size * 0.62);
        $pdf->SetXY($x + $w - $markw + 0.2, $y - 1.1);
        $pdf->Cell($markw, $h, $mark, 0, 0, 'L', false, '', 0, false, 'T', 'T');
        $pdf->SetFont($BODY, $style, $size);
    }
}

function header_block($pdf, $t) {
    // returns the height drawn
    global $BODY;
    $x0 = 18;
    $size = $t['size'] ?? 7.6;
    $y = $pdf->GetY();
    $widths = $t['widths'];
    if (!empty($t['rot_header'])) {
        $hh = $t['rot_h'] ?? 24;
        $pdf->SetFillColor(222, 234, 242);
        $pdf->Rect($x0, $y, array_sum($widths), $hh, 'F');
        $x = $x0;
        foreach ($t['header'][0] as $i => $c) {
            $w = $widths[$i];
            if ($i == 0) {
                $pdf->SetFont($BODY, 'B', $size);
                $pdf->SetXY($x + 1, $y + $hh - 6);
                $pdf->Cell($w - 2, 5, $c, 0, 0, 'L');
            } else {
                $pdf->SetFont($BODY, 'B', $size);
                $cx = $x + $w / 2 + 1.2;
                $cy = $y + $hh - 1.5;
                $pdf->StartTransform();
                $pdf->Rotate(90, $cx, $cy);
                $pdf->Text($cx, $cy - 2.5, $c);
                $pdf->StopTransform();
            }
            $x += $w;
        }
        $pdf->SetDrawColor(0, 84, 122); $pdf->SetLineWidth(0.35);
        $pdf->Line($x0, $y + $hh, $x0 + array_sum($widths), $y + $hh);
        $pdf->SetY($y + $hh + 0.6);
        return;
    }
    foreach ($t['header'] as $hr) {
        // each header cell may hold line breaks; spanning cells: ["text", span]
        $lines = 1;
        foreach ($hr as $c) { $txt = is_array($c) ? $c[0] : $c; $lines = max($lines, substr_count($txt, "\n") + 1); }
        $hh = 3.6 * $lines + 1.6;
        $pdf->SetFillColor(222, 234, 242);
        $pdf->Rect($x0, $y, array_sum($widths), $hh, 'F');
        $x = $x0; $ci = 0;
        foreach ($hr as $c) {
            $span = 1; $txt = $c;
            if (is_array($c)) { $txt = $c[0]; $span = $c[1]; }
            $w = array_sum(array_slice($widths, $ci, $span));
            $al = ($ci == 0) ? 'L' : ($t['align'][$ci] == 'L' ? 'L' : ($span > 1 ? 'C' : 'R'));
            $pdf->SetFont($BODY, 'B', $size);
            $parts = explode("\n", $txt);
            $k = count($parts);
            foreach ($parts as $j => $pt) {
                $pdf->SetXY($x + ($al == 'L' ? 1 : 0), $y + 0.8 + ($lines - $k + $j) * 3.6);
                $pdf->Cell($w - 1, 3.6, $pt, 0, 0, $al);
            }
            $x += $w; $ci += $span;
        }
        $y += $hh;
    }
    $pdf->SetDrawColor(0, 84, 122); $pdf->SetLineWidth(0.35);
    $pdf->Line($x0, $y, $x0 + array_sum($widths), $y);
    $pdf->SetY($y + 0.6);
}

function render_table($pdf, $t) {
    global $BODY, $BOTTOM;
    $x0 = 18;
    $size = $t['size'] ?? 7.6;
    $widths = $t['widths'];
    $lh = 3.7;
    ensure_space($pdf, 30);
    if (!empty($t['caption'])) {
        $pdf->SetFont($BODY, 'B', 8.6);
        $pdf->SetTextColor(0, 84, 122);
        $pdf->SetX($x0);
        $pdf->Cell(0, 5, $t['caption'], 0, 1, 'L');
        $pdf->SetTextColor(0, 0, 0);
    }
    if (!empty($t['scale'])) {
        $pdf->SetFont($BODY, 'I', 7.4);
        $pdf->SetX($x0);
        $pdf->Cell(0, 4, $t['scale'], 0, 1, 'L');
    }
    header_block($pdf, $t);
    foreach ($t['rows'] as $r) {
        $cells = $r['cells'];
        $st = $r['style'] ?? '';
        $fs = ($st == 'total' || $st == 'sub' || $st == 'group') ? 'B' : '';
        if ($st == 'italic') $fs = 'I';
        // label wrap
        $pdf->SetFont($BODY, $fs, $size);
        $nl = 1;
        for ($i = 0; $i < count($cells); $i++) {
            if ($i == 0 || $t['align'][$i] == 'L') $nl = max($nl, $pdf->getNumLines($cells[$i], $widths[$i] - 2));
        }
        $rh = $lh * $nl + 1.0;
        if ($pdf->GetY() + $rh > $BOTTOM) {
            $pdf->AddPage();
            $pdf->SetY(22);
            header_block($pdf, $t);
        }
        $y = $pdf->GetY();
        if ($st == 'total' || $st == 'sub') {
            $pdf->SetDrawColor(120, 120, 120); $pdf->SetLineWidth(0.2);
            $pdf->Line($x0, $y, $x0 + array_sum($widths), $y);
        }
        if ($st == 'group') {
            $pdf->SetFont($BODY, 'B', $size);
            $pdf->SetTextColor(0, 84, 122);
            $pdf->SetXY($x0 + 1, $y + 0.5);
            $pdf->Cell(array_sum($widths), $lh, $cells[0], 0, 0, 'L');
            $pdf->SetTextColor(0, 0, 0);
            $pdf->SetY($y + $rh);
            continue;
        }
        $pdf->SetFont($BODY, $fs, $size);
        $pdf->MultiCell($widths[0] - 2, $lh, $cells[0], 0, 'L', false, 0, $x0 + 1 + ($r['indent'] ?? 0), $y + 0.5, true, 0, false, true, 0, 'T');
        $x = $x0 + $widths[0];
        for ($i = 1; $i < count($cells); $i++) {
            $w = $widths[$i];
            $al = $t['align'][$i];
            if ($al == 'L') {
                $pdf->SetFont($BODY, $fs, $size);
                $pdf->MultiCell($w - 2, $lh, $cells[$i], 0, 'L', false, 0, $x + 1, $y + 0.5, true, 0, false, true, 0, 'T');
                $x += $w;
                continue;
            }
            draw_cell_text($pdf, $x, $y + 0.5 + ($nl - 1) * ($size * 1.25 * 25.4 / 72), $w - 1.2, $lh, $cells[$i], $al, $fs, $size);
            $x += $w;
        }
        $pdf->SetY($y + $rh);
        if ($st == 'total') {
            $yy = $pdf->GetY();
            $pdf->SetDrawColor(0, 84, 122); $pdf->SetLineWidth(0.35);
            $pdf->Line($x0, $yy, $x0 + array_sum($widths), $yy);
        }
    }
    $pdf->SetY($pdf->GetY() + 1.5);
    if (!empty($t['notes'])) {
        foreach ($t['notes'] as $n) {
            $pdf->SetFont($BODY, '', 6.8);
            $pdf->SetX($x0);
            $pdf->MultiCell(174, 3.2, $n, 0, 'L', false, 1);
        }
    }
    $pdf->SetY($pdf->GetY() + 3);
}

$pdf->SetTextColor(0, 0, 0);
foreach ($spec['pages'] as $page) {
    $pdf->AddPage();
    if (!empty($page['title'])) {
        $tp = $page['title'];
        $pdf->SetFillColor(0, 84, 122);
        $pdf->Rect(0, 0, 210, 110, 'F');
        $pdf->SetTextColor(255, 255, 255);
        $pdf->SetFont($BODY, 'B', 30);
        $pdf->SetXY(18, 50);
        $pdf->Cell(0, 14, $tp['h1'], 0, 1, 'L');
        $pdf->SetFont($BODY, '', 16);
        $pdf->SetX(18);
        $pdf->Cell(0, 9, $tp['h2'], 0, 1, 'L');
        $pdf->SetTextColor(0, 0, 0);
        $pdf->SetY(125);
        foreach ($tp['lines'] as $ln) {
            $pdf->SetFont($BODY, $ln[1], $ln[2]);
            $pdf->SetX(18);
            $pdf->MultiCell(174, $ln[2] * 0.5, $ln[0], 0, 'L', false, 1);
            $pdf->Ln(2);
        }
        continue;
    }
    $pdf->SetY(22);
    foreach ($page['blocks'] as $b) {
        $t = $b['t'];
        if ($t == 'h1') {
            ensure_space($pdf, 20);
            $pdf->SetFont($BODY, 'B', 15);
            $pdf->SetTextColor(0, 84, 122);
            $pdf->SetX(18);
            $pdf->MultiCell(174, 7, $b['text'], 0, 'L', false, 1);
            $pdf->SetTextColor(0, 0, 0);
            $pdf->Ln(2);
        } elseif ($t == 'h2') {
            ensure_space($pdf, 18);
            $pdf->Ln(1.5);
            $pdf->SetFont($BODY, 'B', 11.5);
            $pdf->SetTextColor(0, 84, 122);
            $pdf->SetX(18);
            $pdf->MultiCell(174, 5.6, $b['text'], 0, 'L', false, 1);
            $pdf->SetTextColor(0, 0, 0);
            $pdf->Ln(1);
        } elseif ($t == 'h3') {
            ensure_space($pdf, 14);
            $pdf->Ln(1);
            $pdf->SetFont($BODY, 'B', 9.4);
            $pdf->SetX(18);
            $pdf->MultiCell(174, 4.6, $b['text'], 0, 'L', false, 1);
        } elseif ($t == 'p') {
            $pdf->SetFont($BODY, '', 9);
            $pdf->SetX(18);
            $pdf->MultiCell(174, 4.4, $b['text'], 0, 'L', false, 1);
            $pdf->Ln(2);
        } elseif ($t == 'bullets') {
            $pdf->SetFont($BODY, '', 9);
            foreach ($b['items'] as $it) {
                $pdf->SetX(20);
                $pdf->Cell(4, 4.4, '•', 0, 0, 'L');
                $pdf->MultiCell(166, 4.4, $it, 0, 'L', false, 1, 24);
            }
            $pdf->Ln(2);
        } elseif ($t == 'table') {
            render_table($pdf, $b);
        } elseif ($t == 'break') {
            $pdf->AddPage();
            $pdf->SetY(22);
        }
    }
}
$pdf->Output($out, 'F');
