//! Where analysed articles go.

use std::io::Write;

use rasd_doc::Article;

/// A failure to deliver an article to its consumer.
#[derive(Debug, thiserror::Error)]
pub enum SinkError {
    /// Writing to the output failed (a closed pipe, a full disk …).
    #[error("cannot write output: {0}")]
    Io(#[from] std::io::Error),
    /// The article could not be serialised.
    #[error("cannot serialise article {id}: {source}")]
    Serialise {
        /// Article id.
        id: String,
        /// Cause.
        source: serde_json::Error,
    },
    /// A consumer-specific failure (a store rejecting a write, say).
    #[error("{0}")]
    Other(String),
}

/// A consumer of analysed articles, called once per article in input order.
pub trait Sink {
    /// Take one analysed article.
    fn article(&mut self, article: &Article) -> Result<(), SinkError>;
    /// Called once after the last article; flush buffers here.
    fn finish(&mut self) -> Result<(), SinkError> {
        Ok(())
    }
}

/// Writes one JSON object per line, per the output contract.
pub struct JsonlSink<W: Write> {
    out: W,
}

impl<W: Write> JsonlSink<W> {
    /// Wrap a writer (buffer it yourself if it is unbuffered).
    pub fn new(out: W) -> Self {
        JsonlSink { out }
    }

    /// Give the writer back.
    pub fn into_inner(self) -> W {
        self.out
    }
}

impl<W: Write> Sink for JsonlSink<W> {
    fn article(&mut self, article: &Article) -> Result<(), SinkError> {
        serde_json::to_writer(&mut self.out, article).map_err(|source| SinkError::Serialise {
            id: article.id.clone(),
            source,
        })?;
        self.out.write_all(b"\n")?;
        Ok(())
    }

    fn finish(&mut self) -> Result<(), SinkError> {
        self.out.flush()?;
        Ok(())
    }
}

/// Collects articles in memory (tests, small batches).
#[derive(Debug, Default)]
pub struct VecSink {
    /// The articles received, in order.
    pub articles: Vec<Article>,
}

impl Sink for VecSink {
    fn article(&mut self, article: &Article) -> Result<(), SinkError> {
        self.articles.push(article.clone());
        Ok(())
    }
}
