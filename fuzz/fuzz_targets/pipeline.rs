//! Arbitrary UTF-8 through `Document::from_text` and `Engine::check`, in both formats and
//! with every document kind forced as well as detected.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use starcheck::ingest::{Document, Format, Source};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for format in [Format::Text, Format::Markdown] {
        for kind in common::KINDS {
            let doc = Document::from_text(Source::Stdin, format, text);
            common::check_and_render(doc, kind);
        }
    }
});
