//! The analysis pipeline: runs every recogniser over an article and hands the result to sinks.
//!
//! Recognisers live in their own crates and know nothing of each other's output format or of
//! where results go. This crate fixes the order of the stages (anchor date → text layer →
//! times → quantities → entities → quotes → events), runs articles in parallel while keeping
//! input order, and delivers each [`rasd_doc::Article`] through one [`Sink`] trait — the same
//! trait the JSONL writer, the store and the HTTP API implement (as ripgrep's `Sink` does for
//! search results).

mod analyze;
mod run;
mod sink;

pub use analyze::{analyze, AnalyzeOptions, Input};
pub use run::{run, RunStats};
pub use sink::{JsonlSink, Sink, SinkError, VecSink};
