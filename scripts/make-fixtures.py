#!/usr/bin/env python3
"""Regenerate the PDF and DOCX fixtures under tests/fixtures/documents/.

The fixtures are made from the project's own example resumes (examples/*.md) with real
tools, so that the extractors are tested on what word processors actually write:

- the Markdown is turned into HTML in three layouts (one column, two columns, a two-column
  table with the section names on the left), which LibreOffice Writer (headless) saves as
  DOCX (bulleted lists become numbered paragraphs, `w:numPr`) and exports to PDF;
- the Markdown is also turned into LaTeX (one column, and two columns with `multicol`),
  typeset with pdflatex: Computer Modern fonts, TeX's hyphenation and ligatures;
- the scanned PDF is the one-column PDF rendered to an image (pdftoppm) and wrapped back
  into a PDF with no text layer (img2pdf);
- the corrupted files are real fixtures cut short and overwritten in the middle;
- the zip bomb is a DOCX whose document.xml inflates to far more than any resume.

Needs: python3, LibreOffice Writer (`soffice`), pdflatex, poppler-utils, img2pdf. On Debian:
    apt-get install -y libreoffice-writer-nogui texlive-latex-base poppler-utils img2pdf
The tests only read the committed files; they never need these tools.

Usage: python3 scripts/make-fixtures.py
"""

import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "documents")

# (source resume, layouts to make, formats to make)
RESUMES = [
    ("resume-improved", ["onecol", "twocol", "table"]),
    ("resume-weak", ["onecol", "twocol"]),
]


def inline(text):
    """Markdown emphasis to HTML, on escaped text."""
    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"\*(.+?)\*", r"<i>\1</i>", text)
    return text


def parse(markdown):
    """The resume as (name, contact lines, sections); a section is (title, blocks) and a
    block is ("h3", text), ("p", text) or ("ul", [items])."""
    name, contact, sections = "", [], []
    paragraph, items = [], []

    def flush():
        if paragraph:
            target = sections[-1][1] if sections else None
            text = " ".join(paragraph)
            if target is None:
                contact.append(text)
            else:
                target.append(("p", text))
            paragraph.clear()
        if items:
            sections[-1][1].append(("ul", list(items)))
            items.clear()

    for line in markdown.splitlines():
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped.startswith("# "):
            flush()
            name = stripped[2:]
        elif stripped.startswith("## "):
            flush()
            sections.append((stripped[3:], []))
        elif stripped.startswith("### "):
            flush()
            sections[-1][1].append(("h3", stripped[4:]))
        elif stripped.startswith("- "):
            if paragraph:
                flush()
            items.append(stripped[2:])
        elif items:
            items[-1] += " " + stripped
        else:
            paragraph.append(stripped)
    flush()
    return name, contact, sections


def blocks_html(blocks):
    out = []
    for kind, content in blocks:
        if kind == "h3":
            out.append(f"<h3>{inline(content)}</h3>")
        elif kind == "p":
            out.append(f"<p>{inline(content)}</p>")
        else:
            lis = "".join(f"<li>{inline(item)}</li>" for item in content)
            out.append(f"<ul>{lis}</ul>")
    return "\n".join(out)


def page(body):
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<style>body { font-family: 'DejaVu Sans'; font-size: 10pt; }</style>"
        f"</head><body>\n{body}\n</body></html>\n"
    )


def layout(markdown, kind):
    name, contact, sections = parse(markdown)
    head = f"<h1>{inline(name)}</h1>\n" + "".join(f"<p>{inline(c)}</p>" for c in contact)
    if kind == "onecol":
        body = "".join(f"<h2>{inline(t)}</h2>\n{blocks_html(b)}\n" for t, b in sections)
        return page(head + body)
    if kind == "twocol":
        # LibreOffice reads <multicol> as a section with newspaper columns.
        body = "".join(f"<h2>{inline(t)}</h2>\n{blocks_html(b)}\n" for t, b in sections)
        return page(head + f"<multicol cols='2' gutter='24'>\n{body}</multicol>")
    if kind == "table":
        rows = "".join(
            f"<tr><td width='22%' valign='top'><h2>{inline(t)}</h2></td>"
            f"<td valign='top'>{blocks_html(b)}</td></tr>\n"
            for t, b in sections
        )
        return page(head + f"<table width='100%' cellpadding='4'>\n{rows}</table>")
    raise ValueError(kind)


def tex_inline(text):
    """Markdown emphasis to LaTeX, on escaped text."""
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"),
                 ("#", r"\#"), ("_", r"\_"), ("~", r"\~{}"), ("^", r"\^{}")]:
        text = text.replace(a, b)
    text = re.sub(r"\*\*(.+?)\*\*", r"\\textbf{\1}", text)
    text = re.sub(r"\*(.+?)\*", r"\\emph{\1}", text)
    return text.replace("—", "---").replace("–", "--").replace("·", r"$\cdot$")


def latex(markdown, kind):
    name, contact, sections = parse(markdown)
    body = []
    for title, blocks in sections:
        body.append(f"\\section*{{{tex_inline(title)}}}")
        for block, content in blocks:
            if block == "h3":
                body.append(f"\\subsection*{{{tex_inline(content)}}}")
            elif block == "p":
                body.append(tex_inline(content) + "\n")
            else:
                items = "\n".join(f"  \\item {tex_inline(i)}" for i in content)
                body.append(f"\\begin{{itemize}}\n{items}\n\\end{{itemize}}")
    text = "\n".join(body)
    if kind == "twocol":
        text = "\\begin{multicols}{2}\n" + text + "\n\\end{multicols}"
    head = "\n\n".join(tex_inline(c) for c in contact)
    return (
        "\\documentclass[10pt]{article}\n"
        "\\usepackage[utf8]{inputenc}\n\\usepackage{multicol}\n"
        "\\usepackage[margin=0.8in]{geometry}\n"
        "\\pagestyle{plain}\n\\begin{document}\n"
        f"{{\\Large\\bfseries {tex_inline(name)}}}\n\n{head}\n\n{text}\n\\end{{document}}\n"
    )


def soffice(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main():
    for tool in ["soffice", "pdflatex", "pdftoppm", "img2pdf"]:
        if shutil.which(tool) is None:
            sys.exit(f"make-fixtures: {tool} not found (see the header of this script)")
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for resume, kinds in RESUMES:
            with open(os.path.join(ROOT, "examples", resume + ".md"), encoding="utf-8") as f:
                markdown = f.read()
            for kind in kinds:
                stem = f"{resume}-{kind}"
                src = os.path.join(tmp, stem + ".html")
                with open(src, "w", encoding="utf-8") as f:
                    f.write(layout(markdown, kind))
                # HTML → DOCX (Word's format, as a user would save it) → PDF.
                soffice(src, "docx:MS Word 2007 XML", tmp)
                docx = os.path.join(tmp, stem + ".docx")
                soffice(docx, "pdf:writer_pdf_Export", tmp)
                shutil.copy(docx, os.path.join(OUT, stem + ".docx"))
                shutil.copy(os.path.join(tmp, stem + ".pdf"), os.path.join(OUT, stem + ".pdf"))

        # LaTeX: pdflatex, one column and two.
        for resume, _ in RESUMES:
            with open(os.path.join(ROOT, "examples", resume + ".md"), encoding="utf-8") as f:
                markdown = f.read()
            for kind in ["onecol", "twocol"]:
                stem = f"{resume}-latex-{kind}"
                with open(os.path.join(tmp, stem + ".tex"), "w", encoding="utf-8") as f:
                    f.write(latex(markdown, kind))
                for _ in range(2):
                    subprocess.run(
                        ["pdflatex", "-interaction=nonstopmode", stem + ".tex"],
                        cwd=tmp, check=True, stdout=subprocess.DEVNULL,
                    )
                shutil.copy(os.path.join(tmp, stem + ".pdf"), os.path.join(OUT, stem + ".pdf"))

        # A scan: the one-column PDF as a picture, with no text layer.
        subprocess.run(
            ["pdftoppm", "-r", "60", "-gray", "-png", "-f", "1", "-l", "1",
             os.path.join(OUT, "resume-improved-onecol.pdf"), os.path.join(tmp, "scan")],
            check=True,
        )
        pngs = sorted(p for p in os.listdir(tmp) if p.startswith("scan") and p.endswith(".png"))
        subprocess.run(
            ["img2pdf", "-o", os.path.join(OUT, "scanned.pdf")]
            + [os.path.join(tmp, p) for p in pngs],
            check=True,
        )

    # Corrupted files: a real file cut in half, with garbage over part of what is left.
    for name in ["resume-improved-onecol.pdf", "resume-improved-onecol.docx"]:
        with open(os.path.join(OUT, name), "rb") as f:
            data = bytearray(f.read())
        data = data[: len(data) // 2]
        for i in range(len(data) // 4, len(data) // 4 + 512):
            data[i] = (i * 37) & 0xFF
        ext = name.rsplit(".", 1)[1]
        with open(os.path.join(OUT, "corrupted." + ext), "wb") as f:
            f.write(bytes(data))

    # A zip bomb: a DOCX whose document.xml inflates to 200 MiB of nothing.
    bomb = os.path.join(OUT, "zip-bomb.docx")
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        header = b'<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>'
        with z.open("word/document.xml", "w", force_zip64=True) as entry:
            entry.write(header)
            chunk = b" " * (1 << 20)
            for _ in range(200):
                entry.write(chunk)
            entry.write(b"</w:t></w:r></w:p></w:body></w:document>")


if __name__ == "__main__":
    main()
