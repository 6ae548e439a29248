//! Plain-text articles: the whole file is the article, its first non-empty line the title.

use crate::{Origin, RawArticle, ReadError};

/// Normalises a decoded text file: drops a leading BOM, turns CRLF (and lone CR) into LF and
/// trims trailing whitespace. Nothing else changes, so offsets into the result stay
/// meaningful against the file as a reader sees it.
pub fn normalize_newlines(text: &str) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let text = text.trim_end();
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Builds an article from a decoded `.txt` file. `published` is left unset: the dateline in
/// the text is for the pipeline to find.
pub fn parse_text(decoded: &str, id: String, origin: Origin) -> Result<RawArticle, ReadError> {
    let text = normalize_newlines(decoded);
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_string);
    let Some(title) = title else {
        return Err(ReadError::NoText {
            at: origin.location(),
        });
    };
    Ok(RawArticle {
        id,
        title: Some(title),
        published: None,
        source: None,
        url: None,
        text,
        origin,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin() -> Origin {
        Origin {
            path: "a.txt".into(),
            line: None,
        }
    }

    #[test]
    fn title_and_text() {
        let a = parse_text(
            "\u{FEFF}\r\n  عنوان الخبر \r\nسطر\r\rآخر\r\n\r\n",
            "a".into(),
            origin(),
        )
        .unwrap();
        assert_eq!(a.title.as_deref(), Some("عنوان الخبر"));
        assert_eq!(a.text, "\n  عنوان الخبر \nسطر\n\nآخر");
        assert_eq!(a.published, None);
    }

    #[test]
    fn empty_file_is_an_error() {
        let e = parse_text(" \n\t\n", "a".into(), origin()).unwrap_err();
        assert_eq!(e.to_string(), "a.txt: no article text found");
    }
}
