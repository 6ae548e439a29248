//! Turns the files, directories and stdin given to `rasd analyze` into a lazy stream of raw
//! articles, so the analysis pipeline never deals with formats, encodings or web-page clutter.
//!
//! Inputs are JSON Lines (`.jsonl`, `.ndjson`, one article a line), plain text (`.txt`, one
//! article a file) and HTML pages (`.html`, `.htm`, the main article text extracted); other
//! files and stdin are sniffed. Encodings (UTF-8, UTF-16, Windows-1256) are detected.
//! Memory stays flat however many articles there are: JSONL is read line by line with a cap
//! on line length, and directories are walked one sorted listing at a time. A bad input
//! yields a [`ReadError`] item naming the file (and line) and reading goes on.
//!
//! ```no_run
//! for item in rasd_read::read_inputs(&["corpus/".to_string()]) {
//!     match item {
//!         Ok(article) => println!("{}: {} chars", article.id, article.text.chars().count()),
//!         Err(e) => eprintln!("{e}"),
//!     }
//! }
//! ```

#![warn(missing_docs)]

pub mod date;
pub mod decode;
mod error;
pub mod format;
pub mod html;
pub mod jsonl;
pub mod text;
pub mod walk;

use std::fs::File;
use std::io::{self, BufReader, Cursor, Read};
use std::path::Path;

pub use error::{Location, ReadError};
pub use format::Format;

/// One article as found in the input, before any analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawArticle {
    /// The input's `id`; else the file stem (`stem:line` for JSONL lines), `stdin` for stdin.
    pub id: String,
    /// The headline, when the input has one.
    pub title: Option<String>,
    /// Publication date, always a valid `YYYY-MM-DD` when present.
    pub published: Option<String>,
    /// The publishing outlet (JSONL `source`, HTML `og:site_name`).
    pub source: Option<String>,
    /// The article's address (JSONL `url`, HTML canonical link or `og:url`).
    pub url: Option<String>,
    /// The text to analyse. For JSONL exactly the input's `text`; for `.txt` the decoded file
    /// with LF line ends and no trailing whitespace; for HTML "title\n\nparagraph\n\n…".
    pub text: String,
    /// Where the article came from.
    pub origin: Origin,
}

/// Where an article came from, for messages and provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The path as given (or found under a given directory); `-` for stdin.
    pub path: String,
    /// 1-based line number for JSONL inputs; `None` for whole-file formats.
    pub line: Option<usize>,
}

impl Origin {
    /// This origin as an error location.
    pub fn location(&self) -> Location {
        Location {
            path: self.path.clone(),
            line: self.line,
        }
    }
}

/// Settings for reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    /// Largest raw input for one article, in bytes: a JSONL line, or a whole `.txt`/`.html`
    /// file. Larger ones are skipped with [`ReadError::TooLarge`]. Default 8 MiB.
    pub max_article_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_article_bytes: 8 * 1024 * 1024,
        }
    }
}

/// The item type of every article stream in this crate.
pub type ReadResult = Result<RawArticle, ReadError>;

/// Reads all `inputs` in order with default options. `-` (or an empty list) is stdin;
/// directories are read recursively in sorted order. Errors are items; iteration continues.
pub fn read_inputs(inputs: &[String]) -> Articles {
    read_inputs_with(inputs, ReadOptions::default())
}

/// Like [`read_inputs`], with explicit [`ReadOptions`].
pub fn read_inputs_with(inputs: &[String], options: ReadOptions) -> Articles {
    let inputs = if inputs.is_empty() {
        vec!["-".to_string()]
    } else {
        inputs.to_vec()
    };
    Articles {
        inputs: inputs.into_iter(),
        walker: None,
        current: None,
        options,
    }
}

/// The lazy article stream returned by [`read_inputs`]: one input is open at a time, and a
/// directory is walked as the stream advances. It is not `Send` (it may hold the stdin
/// lock); read it on one thread and hand the articles on.
pub struct Articles {
    inputs: std::vec::IntoIter<String>,
    walker: Option<walk::Walker>,
    current: Option<Box<dyn Iterator<Item = ReadResult>>>,
    options: ReadOptions,
}

impl Iterator for Articles {
    type Item = ReadResult;

    fn next(&mut self) -> Option<ReadResult> {
        loop {
            if let Some(current) = &mut self.current {
                if let Some(item) = current.next() {
                    return Some(item);
                }
                self.current = None;
            }
            if let Some(walker) = &mut self.walker {
                match walker.next() {
                    Some(Ok(found)) => {
                        self.current = Some(open_file(&found.path, &found.display, &self.options));
                        continue;
                    }
                    Some(Err(e)) => return Some(Err(e)),
                    None => self.walker = None,
                }
            }
            let input = self.inputs.next()?;
            if input == "-" {
                let stdin = io::stdin().lock();
                self.current = Some(read_reader(stdin, "-", None, &self.options));
                continue;
            }
            let path = Path::new(&input);
            match path.metadata() {
                Err(source) => {
                    return Some(Err(ReadError::Io {
                        at: Location::file(&input),
                        source,
                    }))
                }
                Ok(meta) if meta.is_dir() => {
                    let (walker, err) = walk::Walker::new(path);
                    self.walker = Some(walker);
                    if let Some(e) = err {
                        return Some(Err(e));
                    }
                }
                Ok(_) => self.current = Some(open_file(path, &input, &self.options)),
            }
        }
    }
}

/// Opens one file and streams its articles; its format comes from the extension, else is
/// sniffed.
fn open_file(
    path: &Path,
    display: &str,
    options: &ReadOptions,
) -> Box<dyn Iterator<Item = ReadResult>> {
    let io_error = |source| {
        Box::new(std::iter::once(Err(ReadError::Io {
            at: Location::file(display),
            source,
        })))
    };
    let file = match File::open(path) {
        Ok(f) => f,
        Err(source) => return io_error(source),
    };
    let format = Format::from_path(path);
    if format != Some(Format::Jsonl) {
        // Whole-file formats: refuse an oversized file before reading it.
        match file.metadata() {
            Ok(meta) if meta.is_dir() => {
                return io_error(io::Error::other("is a directory"));
            }
            Ok(meta) if meta.len() > options.max_article_bytes as u64 && format.is_some() => {
                return Box::new(std::iter::once(Err(ReadError::TooLarge {
                    at: Location::file(display),
                    what: "file",
                    size: meta.len(),
                    limit: options.max_article_bytes as u64,
                })));
            }
            _ => {}
        }
    }
    read_reader(file, display, format, options)
}

/// Streams the articles of one input read from `reader` — a file, stdin, or an in-memory
/// buffer in tests. `path` names it in origins and errors (`-` for stdin); `format` is the
/// known format, or `None` to sniff it from the content.
///
/// The first 64 KiB are read up front to refuse binary data, detect the encoding and sniff
/// the format; JSONL is then streamed line by line (transcoded to UTF-8 on the fly when it is
/// UTF-16 or Windows-1256), so a JSONL file whose first 64 KiB are plain ASCII and whose
/// later lines are Windows-1256 reports those lines as invalid UTF-8.
pub fn read_reader<'a, R: Read + 'a>(
    mut reader: R,
    path: &str,
    format: Option<Format>,
    options: &ReadOptions,
) -> Box<dyn Iterator<Item = ReadResult> + 'a> {
    let at = Location::file(path);
    let once = |item: ReadResult| -> Box<dyn Iterator<Item = ReadResult> + 'a> {
        Box::new(std::iter::once(item))
    };
    let mut head = Vec::new();
    if let Err(source) = (&mut reader)
        .take(decode::HEAD_BYTES as u64)
        .read_to_end(&mut head)
    {
        return once(Err(ReadError::Io { at, source }));
    }
    let complete = head.len() < decode::HEAD_BYTES;
    let detected = match decode::detect(&head, complete, None) {
        Ok(d) => d,
        Err(reason) => return once(Err(ReadError::Binary { at, reason })),
    };
    let format = format.unwrap_or_else(|| Format::sniff(&decode::decode_with(&head, detected)));
    let stem = id_stem(path);
    if format == Format::Jsonl {
        let body = head.get(detected.bom_len..).unwrap_or_default().to_vec();
        let stream = Cursor::new(body).chain(reader);
        let limit = options.max_article_bytes;
        return if detected.encoding == encoding_rs::UTF_8 {
            Box::new(jsonl::JsonlArticles::new(
                BufReader::new(stream),
                path,
                &stem,
                limit,
            ))
        } else {
            let utf8 = decode::TranscodeReader::new(stream, detected.encoding);
            Box::new(jsonl::JsonlArticles::new(
                BufReader::new(utf8),
                path,
                &stem,
                limit,
            ))
        };
    }
    once(read_whole(head, reader, path, stem, format, options))
}

/// Reads the rest of a one-article input (up to the size limit) and parses it.
fn read_whole<R: Read>(
    mut bytes: Vec<u8>,
    mut reader: R,
    path: &str,
    id: String,
    format: Format,
    options: &ReadOptions,
) -> ReadResult {
    let at = Location::file(path);
    let limit = options.max_article_bytes as u64;
    let room = (limit + 1).saturating_sub(bytes.len() as u64);
    if let Err(source) = (&mut reader).take(room).read_to_end(&mut bytes) {
        return Err(ReadError::Io { at, source });
    }
    if bytes.len() as u64 > limit {
        // Count the rest without keeping it, to report the real size.
        let rest = io::copy(&mut reader, &mut io::sink()).unwrap_or(0);
        return Err(ReadError::TooLarge {
            at,
            what: "file",
            size: bytes.len() as u64 + rest,
            limit,
        });
    }
    let origin = Origin {
        path: path.to_string(),
        line: None,
    };
    match format {
        Format::Html => html::parse_html_bytes(&bytes, id, origin),
        Format::Text | Format::Jsonl => {
            let decoded =
                decode::decode(&bytes, None).map_err(|reason| ReadError::Binary { at, reason })?;
            text::parse_text(&decoded, id, origin)
        }
    }
}

/// The id base for an input: its file stem, or `stdin`.
fn id_stem(path: &str) -> String {
    if path == "-" {
        return "stdin".to_string();
    }
    Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that serves `data`, then fails.
    struct Failing {
        data: Cursor<Vec<u8>>,
    }

    impl Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            match self.data.read(buf)? {
                0 => Err(io::Error::other("device went away")),
                n => Ok(n),
            }
        }
    }

    fn failing(data: &str) -> Failing {
        Failing {
            data: Cursor::new(data.as_bytes().to_vec()),
        }
    }

    #[test]
    fn io_error_in_the_head_is_one_error() {
        let items: Vec<_> = read_reader(
            failing("{\"text\""),
            "in.jsonl",
            None,
            &ReadOptions::default(),
        )
        .collect();
        assert_eq!(items.len(), 1);
        assert_eq!(
            items[0].as_ref().unwrap_err().to_string(),
            "in.jsonl: cannot read: device went away"
        );
    }

    #[test]
    fn io_error_mid_jsonl_names_the_line_and_stops() {
        // Past the sniffed head, so the error surfaces while reading lines.
        let mut data = String::new();
        for i in 0..5000 {
            data.push_str(&format!("{{\"text\": \"سطر رقم {i} من الملف\"}}\n"));
        }
        let items: Vec<_> = read_reader(
            failing(&data),
            "in.jsonl",
            Some(Format::Jsonl),
            &ReadOptions::default(),
        )
        .collect();
        assert_eq!(items.len(), 5001);
        assert!(items[..5000].iter().all(Result::is_ok));
        assert_eq!(
            items[5000].as_ref().unwrap_err().to_string(),
            "in.jsonl:5001: cannot read: device went away"
        );
    }

    #[test]
    fn ids_come_from_file_stems() {
        assert_eq!(id_stem("-"), "stdin");
        assert_eq!(id_stem("dir/a.b.jsonl"), "a.b");
        assert_eq!(id_stem("plain"), "plain");
    }
}
