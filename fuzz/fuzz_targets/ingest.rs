//! Arbitrary bytes through `ingest::from_bytes`, then the whole pipeline on whatever decodes.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use starcheck::ingest::{self, Format, IngestOptions, Source};

fuzz_target!(|data: &[u8]| {
    // A small cap, to exercise the size check on both sides of it.
    let small = IngestOptions { max_file_size: 64 };
    if let Err(err) = ingest::from_bytes(Source::Stdin, Format::Text, data, &small) {
        let _ = err.to_string();
    }

    let options = IngestOptions::default();
    for format in [Format::Text, Format::Markdown, Format::Pdf, Format::Docx] {
        match ingest::from_bytes(Source::Stdin, format, data, &options) {
            Ok(doc) => common::check_and_render(doc, None),
            Err(err) => {
                let _ = err.to_string();
            }
        }
    }
});
