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
        // Suppression comments, whole and broken.
        "<!-- starcheck-disable-next-line B001 -->",
        "<!-- starcheck-disable ",
        "<!-- starcheck-enable -->",
        "starcheck: ignore Q001",
        "Q999, ",
        "-->",
        "Worked on ",
        "팀과 ",
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
    starcheck::render::github::write_report(&mut out, &report).expect("renders");
    starcheck::render::concise::write_report(&mut out, &report).expect("renders");
    let mut sarif = Vec::new();
    starcheck::render::sarif::SarifStream::document_bytes(&mut sarif, &report).expect("renders");
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
    fn any_baseline_text_parses_or_is_refused_cleanly(text in prop_oneof![
        any::<String>(),
        prop::collection::vec(prop::sample::select(vec![
            "{", "}", "[", "]", ",", ":", "\"version\"", "1", "\"findings\"",
            "\"path\"", "\"code\"", "\"fingerprint\"", "\"count\"", "\"text\"",
            "\"a.md\"", "-1", "18446744073709551616",
        ]), 0..40).prop_map(|v| v.concat()),
    ]) {
        let _ = starcheck::baseline::Baseline::parse(&text, "b.json");
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

/// Text that looks like job postings and cover letters.
fn posting_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "BASIC QUALIFICATIONS\n",
        "Preferred Qualifications:\n",
        "## Nice to have\n",
        "What you'll do\n",
        "About the team\n",
        "· ",
        "- ",
        "• ",
        "\n",
        "\n\n",
        "Experience with ",
        "Java, Python, C++ or Go ",
        "such as S3 or EC2 ",
        "C# ",
        ".NET ",
        "Node.js ",
        "CI/CD ",
        "Bachelor's ",
        "Amazon’s ",
        "'s ",
        "+ ",
        "#",
        "... ",
        "'",
        "Dear Hiring Manager,\n",
        // Words the match reads in another sense.
        "R. ",
        "R&D ",
        "Go-",
        "2024 – present ",
        "CS 1300 ",
        "Coursework: ",
        "led by ",
        "BS ",
        "certified ",
        "AWS IAM ",
        "Windows 11 ",
        "I would love to join ",
        "Contoso's team ",
        "Harborlight Systems ",
        "is an equal opportunity employer. ",
        "team player ",
        "Sincerely,\nSam\n",
        "경력 ",
        "😀 ",
        "e\u{301} ",
        "İstanbul ",
        "ẞ ",
        "(",
        ")",
        ":",
        ".",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn check_match(posting_text: &str, resume_text: &str) {
    let engine = engine();
    let posting = starcheck::analyze::Posting::from_text(posting_text, engine.lexicons());
    for req in &posting.requirements {
        assert_span(&posting.text, req.span, "requirement");
    }
    let doc = Document::from_text(Source::Stdin, Format::Markdown, resume_text);
    let report = engine.match_resume(doc.clone(), &posting);
    assert!(report.result.score <= 100);
    for m in &report.result.requirements {
        assert!((0.0..=1.0).contains(&m.credit), "credit {}", m.credit);
        for e in &m.evidence {
            assert_span(&report.text, e.span, "evidence");
        }
    }
    for f in &report.findings {
        assert_span(&posting.text, f.span, "match finding");
    }
    let mut out = Vec::new();
    starcheck::render::matching::write_human(&mut out, &report, &posting).expect("renders");
    starcheck::render::matching::write_json(&mut out, &report, &posting).expect("renders");
    let letter = engine.check_with_job(doc, None, Some(&posting));
    for f in &letter.findings {
        assert_span(&letter.text, f.span, "letter finding");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn postings_and_matches_never_panic(posting in prop_oneof![posting_like(), any::<String>()],
                                        resume in prop_oneof![posting_like(), resume_like(), any::<String>()]) {
        check_match(&posting, &resume);
    }

    #[test]
    fn tech_tokens_stay_in_bounds(text in prop_oneof![posting_like(), any::<String>()]) {
        let tokens = starcheck::lexicon::tech_tokens(&text, &|w| w.to_owned());
        let spans: Vec<Span> = tokens.iter().map(|t| t.span).collect();
        for span in &spans {
            assert_span(&text, *span, "token");
            assert!(!span.is_empty(), "empty token");
        }
        assert_ordered(&spans, "token");
    }
}

/// A bank built from any two texts, one read as stories and one as a resume, never panics,
/// every place it points at is in bounds, and every renderer writes it.
fn check_bank(stories: &str, resume: &str) {
    use starcheck::bank::{Bank, Loop};
    use starcheck::segment::DocKind;
    let read = |text: &str, kind| {
        let doc = Document::from_text(Source::Stdin, Format::Markdown, text);
        engine().check(doc, Some(kind))
    };
    let reports = [read(stories, DocKind::Story), read(stories, DocKind::Story)];
    let resume = read(resume, DocKind::Resume);
    let lex = engine().lexicons();
    let bank = Bank::new(
        &reports,
        lex,
        Loop::default_loop(lex.principles()),
        Some(&resume),
    );
    for finding in &bank.findings {
        for (i, place) in finding.places.iter().enumerate() {
            // A K004 points at the resume first, then at a story; the rest at stories.
            let text = if finding.rule.code == "K004" && i == 0 {
                &resume.text
            } else {
                &reports[0].text
            };
            assert_span(text, place.span, finding.rule.code);
        }
    }
    let mut used: Vec<usize> = bank.plan.iter().filter_map(|s| s.story).collect();
    let before = used.len();
    used.sort_unstable();
    used.dedup();
    assert_eq!(before, used.len(), "a story is told twice");
    let pack = lex.principles();
    let mut out = Vec::new();
    starcheck::render::bank::write_human(&mut out, &bank, &[], pack).expect("renders");
    starcheck::render::bank::write_json(&mut out, &bank, &[]).expect("renders");
    starcheck::render::bank::write_csv(&mut out, &bank).expect("renders");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_bank_is_analysed_and_rendered(stories in any_text(), resume in any_text()) {
        check_bank(&stories, &resume);
    }

    #[test]
    fn any_loop_file_parses_or_is_refused_cleanly(text in "(\\[\\[round\\]\\]\n|name = \"[a-z ]{0,8}\"\n|principles = \\[(\"[a-z-]{0,20}\",? ?){0,3}\\]\n|[ -~\n]{0,12}){0,6}") {
        let lex = engine().lexicons();
        match starcheck::bank::Loop::parse("loop.toml", &text, lex.principles()) {
            Ok(l) => prop_assert!(l.rounds.iter().all(|r| !r.principles.is_empty())),
            Err(err) => {
                prop_assert!(err.to_string().starts_with("loop.toml"));
                if let Some(line) = err.line {
                    prop_assert!(line >= 1 && line <= text.lines().count().max(1) + 1);
                }
            }
        }
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
