//! Property tests: for any input at all, nothing panics, and every span the pipeline
//! produces is in bounds, on char boundaries, and in order. Korean, emoji, right-to-left
//! scripts, combining marks, Markdown syntax and odd whitespace are all in the mix.

use proptest::prelude::*;
use starcheck::analyze::Analysis;
use starcheck::ingest::{from_bytes, Document, Format, IngestOptions, Source};
use starcheck::lexicon::Lexicons;
use starcheck::segment::Span;
use starcheck::Engine;

fn engine() -> &'static Engine {
    static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(Lexicons::embedded().expect("lexicons load")))
}

/// Text that looks like resumes and stories, in many scripts, with Markdown and numbers.
fn resume_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "- ",
        "• ",
        "* ",
        "1. ",
        "## ",
        "# ",
        "EXPERIENCE\n",
        "Work Experience:\n",
        "\n",
        "\n\n",
        "  ",
        "\t",
        "\r\n",
        "Led ",
        "Reduced costs by 40% ",
        "$1.2M ",
        "3x ",
        "Python 3.11 ",
        "Jun 2019 – Aug 2020 ",
        "CS 3110 ",
        "twenty-five ",
        "thousands of ",
        "doubled ",
        "1st of 120 teams ",
        "I ",
        "was built ",
        "team player ",
        "many ",
        "e.g. ",
        "U.S. ",
        "Inc. ",
        "경력\n",
        "처리 시간 40% 단축 ",
        "120개를 ",
        "😀 ",
        "👩‍💻 ",
        "שלום ",
        "مرحبا ",
        "e\u{301} ",
        "\u{200B}",
        "**",
        "_",
        "`",
        "[x](http://a.b/1) ",
        "<!-- c -->",
        "---\n",
        "> ",
        "|a|b|\n",
        "#1 ",
        "4K ",
        "3M ",
        "24/7 ",
        "1-on-1 ",
        "K-12 ",
        ".",
        "?",
        "\u{FFFD}",
        "(555) 123-4567 ",
        "20XX ",
        "2,000 ",
        "10-week ",
        "a dozen ",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![resume_like(), any::<String>()]
}

fn assert_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of bounds"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries"
    );
}

fn assert_ordered(spans: &[Span], what: &str) {
    for pair in spans.windows(2) {
        assert!(
            pair[0].end <= pair[1].start,
            "{what}s overlap or are out of order: {pair:?}"
        );
    }
}

fn check_invariants(text: &str, format: Format) {
    let lex = engine().lexicons();
    let doc = Document::from_text(Source::Stdin, format, text);
    let a = Analysis::new(&doc, lex, None);
    let s = &a.segments;
    let blocks: Vec<Span> = s.blocks.iter().map(|b| b.span).collect();
    let sentences: Vec<Span> = s.sentences.iter().map(|x| x.span).collect();
    let words: Vec<Span> = s.words.iter().map(|w| w.span).collect();
    for (spans, what) in [
        (&blocks, "block"),
        (&sentences, "sentence"),
        (&words, "word"),
    ] {
        for span in spans.iter() {
            assert_span(text, *span, what);
        }
        assert_ordered(spans, what);
    }
    for block in &s.blocks {
        for sentence in &s.sentences[block.sentences.clone()] {
            assert!(
                block.span.contains(sentence.span),
                "sentence outside its block"
            );
        }
        for word in s.words_in(&block.words) {
            assert!(block.span.contains(word.span), "word outside its block");
        }
    }
    for (block, metrics) in s.blocks.iter().zip(&a.block_metrics) {
        let spans: Vec<Span> = metrics.iter().map(|m| m.span).collect();
        for span in &spans {
            assert_span(text, *span, "metric");
            assert!(block.span.contains(*span), "metric outside its block");
        }
        assert_ordered(&spans, "metric");
    }

    let report = engine().check(doc.clone(), None);
    for finding in &report.findings {
        assert_span(&report.text, finding.span, "finding");
    }
    let mut out = Vec::new();
    starcheck::render::human::write_report(&mut out, &report).expect("renders");
    starcheck::render::json::write_json(&mut out, std::slice::from_ref(&report)).expect("renders");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn markdown_spans_hold(text in any_text()) {
        check_invariants(&text, Format::Markdown);
    }

    #[test]
    fn plain_text_spans_hold(text in any_text()) {
        check_invariants(&text, Format::Text);
    }

    #[test]
    fn any_bytes_decode_or_are_refused_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let options = IngestOptions::default();
        if let Ok(doc) = from_bytes(Source::Stdin, Format::Text, &bytes, &options) {
            check_invariants(&doc.text, Format::Text);
        }
        let mut with_bom = vec![0xFF, 0xFE];
        with_bom.extend_from_slice(&bytes);
        let doc = from_bytes(Source::Stdin, Format::Markdown, &with_bom, &options).expect("UTF-16 always decodes");
        check_invariants(&doc.text, Format::Markdown);
    }
}

/// A fixture with `damage` applied: each (position, byte) overwrites one byte, and the file
/// may be cut short.
fn damaged(name: &str, damage: &[(usize, u8)], cut: usize) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/documents/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    for &(at, byte) in damage {
        let at = at % bytes.len();
        bytes[at] = byte;
    }
    let keep = bytes.len() - cut % (bytes.len() / 4).max(1);
    bytes.truncate(keep);
    bytes
}

fn check_extracted(bytes: &[u8], format: Format) {
    // Any outcome but a panic or a hang is fine; what is read must be sound.
    if let Ok(doc) = from_bytes(Source::Stdin, format, bytes, &IngestOptions::default()) {
        for &start in &doc.pages {
            assert!(start <= doc.text.len() && doc.text.is_char_boundary(start));
        }
        assert!(doc.pages.windows(2).all(|w| w[0] <= w[1]));
        check_invariants(&doc.text, format);
    }
}

proptest! {
    // Each case extracts a whole document: fewer cases, still every kind of damage.
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn damaged_pdfs_extract_or_fail_cleanly(
        damage in prop::collection::vec((any::<usize>(), any::<u8>()), 0..24),
        cut in any::<usize>(),
    ) {
        check_extracted(&damaged("resume-improved-twocol.pdf", &damage, cut), Format::Pdf);
    }

    #[test]
    fn damaged_docx_files_extract_or_fail_cleanly(
        damage in prop::collection::vec((any::<usize>(), any::<u8>()), 0..24),
        cut in any::<usize>(),
    ) {
        check_extracted(&damaged("resume-improved-table.docx", &damage, cut), Format::Docx);
    }

    #[test]
    fn any_bytes_as_pdf_or_docx_are_refused_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_extracted(&bytes, Format::Pdf);
        check_extracted(&bytes, Format::Docx);
    }
}
