//! Throughput over a fixed corpus: the shipped examples and the labelled bullets.
//!
//! Three measurements run on the same bytes so that their ratio means something:
//! - `baseline/unicode-words`: splitting the text into Unicode words, the least any
//!   analyzer of prose must do;
//! - `segment`: starcheck's segmentation (blocks, sentences, words, stems);
//! - `check`: the whole pipeline (segment, metrics, every rule, score).
//!
//! Throughput is reported in bytes/s (criterion prints MiB/s) and, for `check/documents`,
//! documents/s.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use starcheck::ingest::{Document, Format, Source};
use starcheck::lexicon::Lexicons;
use starcheck::Engine;
use unicode_segmentation::UnicodeSegmentation;

fn corpus() -> Vec<Document> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut docs = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/examples"))
        .expect("examples/")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    for path in paths {
        let Some(format) = Format::from_path(&path) else {
            continue;
        };
        let text = std::fs::read_to_string(&path).expect("example is UTF-8");
        docs.push(Document::from_text(Source::Path(path), format, text));
    }
    // The labelled bullets as one long plain-text resume.
    let bullets =
        std::fs::read_to_string(format!("{root}/tests/data/bullets/tune.tsv")).expect("bullets");
    let mut resume = String::from("EXPERIENCE\n");
    for line in bullets.lines().filter(|l| !l.starts_with('#')) {
        if let Some(text) = line.split('\t').nth(2) {
            resume.push_str("• ");
            resume.push_str(text);
            resume.push('\n');
        }
    }
    docs.push(Document::from_text(Source::Stdin, Format::Text, resume));
    docs
}

fn throughput(c: &mut Criterion) {
    let engine = Engine::new(Lexicons::embedded().expect("lexicons"));
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();

    let mut group = c.benchmark_group("bytes");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("baseline/unicode-words", |b| {
        b.iter(|| {
            let words: usize = docs.iter().map(|d| d.text.unicode_words().count()).sum();
            black_box(words)
        })
    });
    group.bench_function("segment", |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(starcheck::segment::segment(doc, engine.lexicons()));
            }
        })
    });
    group.bench_function("check", |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(engine.check(doc.clone(), None));
            }
        })
    });
    group.finish();

    let mut group = c.benchmark_group("documents");
    group.throughput(Throughput::Elements(docs.len() as u64));
    group.bench_function("check", |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(engine.check(doc.clone(), None));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
