//! starcheck: a local, offline analyzer for resumes, cover letters and STAR interview
//! stories.
//!
//! The pipeline is `ingest → segment → analyze → rules → score → report`, and every step is
//! a plain function of its inputs so one [`Engine`] can serve many threads. The library does
//! all the work and never prints; the `starcheck` binary parses arguments, walks paths and
//! renders reports through [`render`].
//!
//! ```
//! use starcheck::{Engine, ingest::{Document, Format, Source}};
//!
//! let engine = Engine::new(starcheck::lexicon::Lexicons::embedded().unwrap());
//! let doc = Document::from_text(Source::Stdin, Format::Markdown,
//!     "## Experience\n\n- Reduced build time by 40% for 12 engineers\n- Worked on the website\n");
//! let report = engine.check(doc, None);
//! assert_eq!(report.items.len(), 2);
//! assert!(report.items[0].quantified());
//! assert!(!report.items[1].quantified());
//! ```

pub mod analyze;
pub mod bank;
pub mod baseline;
pub mod batch;
pub mod ingest;
pub mod lexicon;
pub mod policy;
pub mod privacy;
pub mod render;
pub mod report;
pub mod rules;
pub mod score;
pub mod segment;
pub mod summary;

mod suppress;

mod engine;

pub use engine::{Engine, MatchReport};
