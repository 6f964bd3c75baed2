//! Throughput on a generated corpus (`benches/corpus/generate.rs`, fixed seed), per stage
//! and end to end, beside a reference loop measured in the same run so the ratio between
//! them means something whatever the machine.
//!
//! - `reference`: the least a parallel word-level analyzer does: split words with
//!   unicode-segmentation, stem them (memoised per thread), look each stem up in a
//!   200-word set, run one metric regex; rayon over documents.
//! - `ingest`, `segment`, `analyze`, `check`, `render`: each stage on one thread.
//! - `end-to-end`: what `starcheck score --format jsonl` does, analysis and rendering,
//!   over all cores with the batch machinery.
//! - `stories`: whole-pipeline stories per second on one thread (a story bank file counts
//!   as the stories it holds).
//!
//! Criterion prints bytes/s (MiB/s) for the `bytes` group and documents/s for the others.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;
use starcheck::analyze::Analysis;
use starcheck::ingest::{from_bytes, Document, Format, IngestOptions, Source};
use starcheck::lexicon::Lexicons;
use starcheck::segment::DocKind;
use starcheck::Engine;
use unicode_segmentation::UnicodeSegmentation;

#[path = "corpus/generate.rs"]
#[allow(dead_code, unreachable_pub)]
mod generate;

/// Documents in the benchmark corpus (about 2 MB).
const DOCUMENTS: usize = 400;
/// The corpus seed.
const SEED: u64 = 2026;

fn corpus() -> Vec<Document> {
    (0..DOCUMENTS)
        .map(|i| {
            let g = generate::document(SEED, i);
            let format = if g.name.ends_with(".md") {
                Format::Markdown
            } else {
                Format::Text
            };
            Document::from_text(Source::Path(g.name.into()), format, g.text)
        })
        .collect()
}

/// The reference loop for one document.
fn reference(
    text: &str,
    stemmer: &rust_stemmers::Stemmer,
    set: &HashSet<String>,
    metric: &regex::Regex,
) -> usize {
    thread_local! {
        static MEMO: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    }
    let mut hits = 0;
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        for word in text.unicode_words() {
            let lower = word.to_lowercase();
            let stem = match memo.get(&lower) {
                Some(stem) => stem.clone(),
                None => {
                    let stem = stemmer.stem(&lower).into_owned();
                    memo.insert(lower, stem.clone());
                    stem
                }
            };
            hits += usize::from(set.contains(&stem));
        }
    });
    hits + metric.find_iter(text).count()
}

fn throughput(c: &mut Criterion) {
    let engine = Engine::new(Lexicons::embedded().expect("lexicons"));
    let lex = engine.lexicons();
    let docs = corpus();
    let bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();
    let raw: Vec<Vec<u8>> = docs.iter().map(|d| d.text.as_bytes().to_vec()).collect();

    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    let set: HashSet<String> = lex.action_verbs.keys().take(200).cloned().collect();
    let metric = regex::Regex::new(r"\d+(?:\.\d+)?\s?%|\$\d[\d,]*").expect("pattern");

    let mut group = c.benchmark_group("bytes");
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("reference", |b| {
        b.iter(|| {
            docs.par_iter()
                .map(|d| reference(&d.text, &stemmer, &set, &metric))
                .sum::<usize>()
        })
    });
    group.bench_function("ingest", |b| {
        b.iter(|| {
            for bytes in &raw {
                black_box(
                    from_bytes(
                        Source::Stdin,
                        Format::Text,
                        bytes,
                        &IngestOptions::default(),
                    )
                    .ok(),
                );
            }
        })
    });
    group.bench_function("segment", |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(starcheck::segment::segment(doc, lex));
            }
        })
    });
    group.bench_function("analyze", |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(Analysis::new(doc, lex, None).block_metrics.len());
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
    let reports: Vec<_> = docs.iter().map(|d| engine.check(d.clone(), None)).collect();
    group.bench_function("render", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(8 << 20);
            for report in &reports {
                starcheck::render::json::jsonl_document_bytes(&mut out, report).expect("renders");
            }
            black_box(out.len())
        })
    });
    group.bench_function("end-to-end", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(8 << 20);
            starcheck::batch::for_each_ordered(
                docs.iter().cloned(),
                0,
                |doc| {
                    let report = engine.check(doc, None);
                    // Sized as `run.rs` sizes it, so the bench measures what the binary does.
                    let mut line = Vec::with_capacity(4 * report.text.len() + 1024);
                    let _ = starcheck::render::json::jsonl_document_bytes(&mut line, &report);
                    line
                },
                |line| {
                    out.extend_from_slice(&line);
                    Ok(())
                },
            )
            .expect("batch");
            black_box(out.len())
        })
    });
    group.finish();

    let mut group = c.benchmark_group("documents");
    group.throughput(Throughput::Elements(docs.len() as u64));
    group.bench_function("end-to-end", |b| {
        b.iter(|| {
            starcheck::batch::for_each_ordered(
                docs.iter().cloned(),
                0,
                |doc| engine.check(doc, None).findings.len(),
                |n| {
                    black_box(n);
                    Ok(())
                },
            )
            .expect("batch")
        })
    });
    group.finish();

    // Story files, and the stories in them: a story bank holds several, each analysed and
    // scored on its own, so the rate is counted in stories, not files.
    let stories: Vec<Document> = docs
        .iter()
        .filter(|d| engine.check((*d).clone(), None).kind == Some(DocKind::Story))
        .cloned()
        .collect();
    let story_count: usize = stories
        .iter()
        .map(|d| engine.check(d.clone(), Some(DocKind::Story)).stories.len())
        .sum();
    let mut group = c.benchmark_group("stories");
    group.throughput(Throughput::Elements(story_count as u64));
    group.bench_function("check-one-core", |b| {
        b.iter(|| {
            for doc in &stories {
                black_box(engine.check(doc.clone(), Some(DocKind::Story)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
