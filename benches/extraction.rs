//! Extraction throughput: PDF pages per second and DOCX documents per second, on the
//! fixtures under `tests/fixtures/documents/` (LibreOffice exports of the example
//! resumes), one thread, ingest only (the analysis is measured by `throughput`).
//!
//! Run briefly with `cargo bench --bench extraction -- --warm-up-time 1 --measurement-time 3`.

use std::path::Path;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use starcheck::ingest::{from_bytes, Format, IngestOptions, Source};

const PDFS: [&str; 5] = [
    "resume-improved-onecol.pdf",
    "resume-improved-twocol.pdf",
    "resume-improved-table.pdf",
    "resume-weak-onecol.pdf",
    "resume-weak-twocol.pdf",
];

const DOCXS: [&str; 5] = [
    "resume-improved-onecol.docx",
    "resume-improved-twocol.docx",
    "resume-improved-table.docx",
    "resume-weak-onecol.docx",
    "resume-weak-twocol.docx",
];

fn load(names: &[&str]) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/documents");
    names
        .iter()
        .map(|name| std::fs::read(dir.join(name)).expect("fixture reads"))
        .collect()
}

fn extraction(c: &mut Criterion) {
    let options = IngestOptions::default();
    let pdfs = load(&PDFS);
    let pages: usize = pdfs
        .iter()
        .map(|bytes| {
            from_bytes(Source::Stdin, Format::Pdf, bytes, &options)
                .expect("fixture extracts")
                .pages
                .len()
        })
        .sum();
    let mut group = c.benchmark_group("pdf");
    group.throughput(Throughput::Elements(pages as u64));
    group.bench_function("pages", |b| {
        b.iter(|| {
            for bytes in &pdfs {
                black_box(from_bytes(Source::Stdin, Format::Pdf, bytes, &options).ok());
            }
        })
    });
    group.finish();

    let docxs = load(&DOCXS);
    let mut group = c.benchmark_group("docx");
    group.throughput(Throughput::Elements(docxs.len() as u64));
    group.bench_function("documents", |b| {
        b.iter(|| {
            for bytes in &docxs {
                black_box(from_bytes(Source::Stdin, Format::Docx, bytes, &options).ok());
            }
        })
    });
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
