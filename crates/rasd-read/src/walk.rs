//! Lazy, sorted, recursive directory walking.
//!
//! Only one sorted listing of paths per directory level is held at a time, so a corpus of a
//! million files costs a few path lists, never the articles themselves.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::vec::IntoIter;

use crate::error::Location;
use crate::format::Format;
use crate::ReadError;

/// A file found under a directory: the path to open and the path to show in messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The path to open.
    pub path: PathBuf,
    /// The path as shown in origins and errors (the directory argument joined with the
    /// relative path).
    pub display: String,
}

/// Walks a directory depth-first. Entries of each directory are visited in byte order of
/// their names, a subdirectory's files at the subdirectory's place in that order. Hidden
/// entries (leading `.`) and files whose extension is not a known format are skipped;
/// symbolic links to directories are not followed (so loops are impossible).
pub struct Walker {
    stack: Vec<IntoIter<PathBuf>>,
}

impl Walker {
    /// Starts a walk at `root`; listing errors show up as items.
    pub fn new(root: &Path) -> (Self, Option<ReadError>) {
        let mut walker = Walker { stack: Vec::new() };
        let err = walker.push_dir(root).err();
        (walker, err)
    }

    fn push_dir(&mut self, dir: &Path) -> Result<(), ReadError> {
        let io_err = |source: io::Error| ReadError::Io {
            at: Location::file(&dir.to_string_lossy()),
            source,
        };
        let mut entries = Vec::new();
        for entry in fs::read_dir(dir).map_err(io_err)? {
            entries.push(entry.map_err(io_err)?.path());
        }
        entries.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
        self.stack.push(entries.into_iter());
        Ok(())
    }
}

impl Iterator for Walker {
    type Item = Result<Found, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let top = self.stack.last_mut()?;
            let Some(path) = top.next() else {
                self.stack.pop();
                continue;
            };
            let hidden = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if hidden {
                continue;
            }
            let display = path.to_string_lossy().into_owned();
            let meta = match fs::symlink_metadata(&path) {
                Ok(m) => m,
                Err(source) => {
                    return Some(Err(ReadError::Io {
                        at: Location::file(&display),
                        source,
                    }))
                }
            };
            if meta.is_dir() {
                if let Err(e) = self.push_dir(&path) {
                    return Some(Err(e));
                }
                continue;
            }
            if Format::from_path(&path).is_some() {
                return Some(Ok(Found { path, display }));
            }
        }
    }
}
