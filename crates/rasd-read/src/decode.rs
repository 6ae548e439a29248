//! Character-encoding detection and decoding.
//!
//! News files arrive as UTF-8 (with or without a BOM), UTF-16 from Windows tools, or legacy
//! Windows-1256 from older Arabic sites. The encoding is detected from the bytes, never trusted
//! from a file name: a byte-order mark wins; then UTF-16 without a BOM is recognised by its
//! zero/0x06 high bytes; then valid UTF-8 is UTF-8 and anything else is taken as
//! Windows-1256. HTML may declare its charset, which is honoured unless it claims UTF-8 for
//! bytes that are not. Binary data is refused before any of this.

use std::io::{self, Read};

use encoding_rs::{CoderResult, Decoder, Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1256};

/// How many leading bytes [`detect`] looks at when reading a stream.
pub const HEAD_BYTES: usize = 64 * 1024;

/// Share of control bytes above which content counts as binary.
const MAX_CONTROL_SHARE: f64 = 0.10;

/// The outcome of encoding detection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detected {
    /// The encoding the bytes are in.
    pub encoding: &'static Encoding,
    /// Length of the byte-order mark to skip (0 when there is none).
    pub bom_len: usize,
}

/// Detects the encoding of `bytes`, or says why they look binary.
///
/// `complete` is false when `bytes` is only the head of a longer stream, so a multi-byte
/// character cut at the end does not make the head invalid UTF-8. `declared` is an encoding
/// named by the document itself (an HTML `<meta charset>`); it decides only for bytes that
/// are not valid UTF-8, because sites that moved to UTF-8 often keep a stale declaration,
/// while legacy text is practically never valid UTF-8 by accident.
pub fn detect(
    bytes: &[u8],
    complete: bool,
    declared: Option<&'static Encoding>,
) -> Result<Detected, String> {
    let bom = Encoding::for_bom(bytes);
    let utf16 = match bom {
        Some((enc, bom_len)) if enc != UTF_8 => Some(Detected {
            encoding: enc,
            bom_len,
        }),
        Some(_) => None,
        None => guess_utf16(bytes).map(|encoding| Detected {
            encoding,
            bom_len: 0,
        }),
    };
    if let Some(detected) = utf16 {
        // UTF-16 bytes are full of zeros; judge the decoded text instead.
        check_decoded_text(&decode_with(bytes, detected))?;
        return Ok(detected);
    }
    let bom_len = bom.map_or(0, |(_, len)| len);
    let body = &bytes[bom_len..];
    check_bytes(body)?;
    let utf8_ok = looks_utf8(body, complete);
    let encoding = if utf8_ok || bom_len > 0 {
        UTF_8
    } else {
        declared.filter(|&enc| enc != UTF_8).unwrap_or(WINDOWS_1256)
    };
    Ok(Detected { encoding, bom_len })
}

/// Detects the encoding of a whole input and decodes it.
pub fn decode(bytes: &[u8], declared: Option<&'static Encoding>) -> Result<String, String> {
    let detected = detect(bytes, true, declared)?;
    Ok(decode_with(bytes, detected))
}

/// Decodes `bytes` with a detected encoding, replacing malformed sequences with U+FFFD.
pub fn decode_with(bytes: &[u8], detected: Detected) -> String {
    let body = bytes.get(detected.bom_len..).unwrap_or_default();
    detected
        .encoding
        .decode_without_bom_handling(body)
        .0
        .into_owned()
}

/// Whether bytes are UTF-8: valid, or with stray invalid bytes among many valid multi-byte
/// characters (a corrupted UTF-8 file, whose good lines should still read as UTF-8).
/// Windows-1256 Arabic almost never forms valid multi-byte sequences, so it fails this.
fn looks_utf8(bytes: &[u8], complete: bool) -> bool {
    let mut rest = bytes;
    let mut multibyte = 0usize;
    let mut invalid = 0usize;
    loop {
        let (valid, error) = match std::str::from_utf8(rest) {
            Ok(s) => (s, None),
            Err(e) => (
                std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default(),
                Some(e),
            ),
        };
        multibyte += valid.chars().filter(|c| !c.is_ascii()).count();
        let Some(e) = error else { break };
        match e.error_len() {
            Some(len) => {
                invalid += 1;
                rest = rest.get(e.valid_up_to() + len..).unwrap_or_default();
            }
            // Input ends inside a character: fine for a head cut from a longer stream.
            None => {
                invalid += usize::from(complete);
                break;
            }
        }
    }
    invalid == 0 || multibyte >= 20 * invalid
}

/// Refuses bytes (of an ASCII-compatible encoding) that contain NULs or many control bytes.
fn check_bytes(bytes: &[u8]) -> Result<(), String> {
    if memchr::memchr(0, bytes).is_some() {
        return Err("NUL bytes".to_string());
    }
    let controls = bytes.iter().filter(|&&b| is_control(u32::from(b))).count();
    control_share(controls, bytes.len())
}

/// Like [`check_bytes`], on decoded text (for UTF-16, whose raw bytes are full of zeros).
fn check_decoded_text(text: &str) -> Result<(), String> {
    if text.contains('\0') {
        return Err("NUL characters".to_string());
    }
    let mut total = 0;
    let mut controls = 0;
    for c in text.chars() {
        total += 1;
        controls += usize::from(is_control(u32::from(c)) || c == '\u{FFFD}');
    }
    control_share(controls, total)
}

fn control_share(controls: usize, total: usize) -> Result<(), String> {
    if total > 0 && controls as f64 / total as f64 > MAX_CONTROL_SHARE {
        return Err(format!("{controls} control characters in {total}"));
    }
    Ok(())
}

/// C0 controls other than tab, newline, form feed and carriage return, plus DEL.
fn is_control(c: u32) -> bool {
    (c < 0x20 && !matches!(c, 0x09 | 0x0A | 0x0C | 0x0D)) || c == 0x7F
}

/// Recognises UTF-16 without a BOM: one byte of each pair is almost always 0x00 (Latin) or
/// 0x06 (Arabic), the other almost never.
fn guess_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let pairs = bytes.len() / 2;
    if pairs < 2 {
        return None;
    }
    let sample = &bytes[..pairs.min(4096) * 2];
    let high_like = |b: &u8| *b == 0x00 || *b == 0x06;
    let even = sample.iter().step_by(2).filter(|b| high_like(b)).count();
    let odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|b| high_like(b))
        .count();
    let n = sample.len() / 2;
    let mostly = |k: usize| k * 10 >= n * 6;
    let rarely = |k: usize| k * 10 < n * 2;
    if mostly(odd) && rarely(even) {
        Some(UTF_16LE)
    } else if mostly(even) && rarely(odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Finds the charset an HTML document declares in a `<meta charset>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">` within its first 4 KiB.
pub fn html_declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let head = &head[..head.len().min(4096)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = memchr::memmem::find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = memchr::memchr(b'>', &lower[start..]).map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(label) = charset_in_tag(tag) {
            if let Some(enc) = Encoding::for_label(label) {
                // A document that can declare itself in ASCII is not UTF-16 (WHATWG rule).
                let enc = if enc == UTF_16LE || enc == UTF_16BE {
                    UTF_8
                } else {
                    enc
                };
                return Some(enc.output_encoding());
            }
        }
        from = end;
    }
    None
}

/// The label after `charset=` inside one lower-cased meta tag.
fn charset_in_tag(tag: &[u8]) -> Option<&[u8]> {
    let pos = memchr::memmem::find(tag, b"charset")?;
    let rest = &tag[pos + "charset".len()..];
    let rest = trim_start(rest);
    let rest = trim_start(rest.strip_prefix(b"=")?);
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let len = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    (len > 0).then(|| &rest[..len])
}

fn trim_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

/// A reader that transcodes another reader's bytes to UTF-8 as they stream by, so JSONL in
/// UTF-16 or Windows-1256 is read line by line without loading the file.
pub struct TranscodeReader<R> {
    inner: R,
    decoder: Decoder,
    input: Box<[u8]>,
    in_pos: usize,
    in_len: usize,
    output: Vec<u8>,
    out_pos: usize,
    input_done: bool,
    finished: bool,
}

impl<R: Read> TranscodeReader<R> {
    /// Wraps `inner`, whose bytes (after any BOM, which the caller has skipped) are in `encoding`.
    pub fn new(inner: R, encoding: &'static Encoding) -> Self {
        const CHUNK: usize = 16 * 1024;
        let decoder = encoding.new_decoder_without_bom_handling();
        let out_cap = decoder
            .max_utf8_buffer_length(CHUNK)
            .unwrap_or(CHUNK * 3 + 16);
        TranscodeReader {
            inner,
            decoder,
            input: vec![0; CHUNK].into_boxed_slice(),
            in_pos: 0,
            in_len: 0,
            output: Vec::with_capacity(out_cap),
            out_pos: 0,
            input_done: false,
            finished: false,
        }
    }
}

impl<R: Read> Read for TranscodeReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if self.out_pos < self.output.len() {
                let n = buf.len().min(self.output.len() - self.out_pos);
                buf[..n].copy_from_slice(&self.output[self.out_pos..self.out_pos + n]);
                self.out_pos += n;
                return Ok(n);
            }
            if self.finished || buf.is_empty() {
                return Ok(0);
            }
            if self.in_pos == self.in_len && !self.input_done {
                let n = loop {
                    match self.inner.read(&mut self.input) {
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                        other => break other?,
                    }
                };
                self.in_pos = 0;
                self.in_len = n;
                self.input_done = n == 0;
            }
            let cap = self.output.capacity();
            self.output.resize(cap, 0);
            let (result, read, written, _) = self.decoder.decode_to_utf8(
                &self.input[self.in_pos..self.in_len],
                &mut self.output,
                self.input_done,
            );
            self.in_pos += read;
            self.output.truncate(written);
            self.out_pos = 0;
            if self.input_done && result == CoderResult::InputEmpty {
                self.finished = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_encodings() {
        let text = "بغداد - يعتزم العراق";
        let (cp, _, unmappable) = WINDOWS_1256.encode(text);
        assert!(!unmappable);
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in text.encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        let le_nobom = le[2..].to_vec();
        let mut bom8 = vec![0xEF, 0xBB, 0xBF];
        bom8.extend(text.as_bytes());
        for bytes in [text.as_bytes(), &bom8, &cp, &le, &be, &le_nobom] {
            assert_eq!(decode(bytes, None).as_deref(), Ok(text), "{bytes:?}");
        }
    }

    #[test]
    fn refuses_binary() {
        assert_eq!(
            decode(b"PK\x03\x04\0\0abc", None),
            Err("NUL bytes".to_string())
        );
        assert!(decode(b"\x01\x02\x03\x04hello", None).is_err());
        assert!(decode(b"line one\r\n\tline two\x0c", None).is_ok());
        assert!(decode(b"", None).is_ok());
    }

    #[test]
    fn head_cut_mid_character_is_still_utf8() {
        let bytes = "سلام".as_bytes();
        let cut = &bytes[..3];
        assert_eq!(detect(cut, false, None).map(|d| d.encoding), Ok(UTF_8));
        assert_eq!(
            detect(cut, true, None).map(|d| d.encoding),
            Ok(WINDOWS_1256)
        );
    }

    #[test]
    fn corrupted_utf8_stays_utf8() {
        let mut bytes = "بغداد - يعتزم العراق المشاركة في مؤتمر التحالف"
            .as_bytes()
            .to_vec();
        bytes.insert(10, 0xFF);
        assert_eq!(detect(&bytes, true, None).map(|d| d.encoding), Ok(UTF_8));
        let (cp, _, _) = WINDOWS_1256.encode("بغداد - يعتزم العراق المشاركة في مؤتمر التحالف");
        assert_eq!(
            detect(&cp, true, None).map(|d| d.encoding),
            Ok(WINDOWS_1256)
        );
    }

    #[test]
    fn meta_charsets() {
        let table: [(&[u8], Option<&'static Encoding>); 6] = [
            (
                b"<html><head><meta charset=\"windows-1256\">",
                Some(WINDOWS_1256),
            ),
            (b"<META CHARSET=UTF-8>", Some(UTF_8)),
            (
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\">",
                Some(encoding_rs::ISO_8859_6),
            ),
            (b"<meta charset='utf-16'>", Some(UTF_8)),
            (b"<meta name=viewport content=width>", None),
            (b"<meta charset=bogus>", None),
        ];
        for (html, want) in table {
            assert_eq!(html_declared_charset(html), want);
        }
    }

    #[test]
    fn declared_charset_decides_only_for_non_utf8_bytes() {
        let (cp, _, _) = WINDOWS_1256.encode("العراق");
        assert_eq!(decode(&cp, Some(UTF_8)).as_deref(), Ok("العراق"));
        let latin = b"caf\xe9";
        assert_eq!(
            decode(latin, Some(encoding_rs::WINDOWS_1252)).as_deref(),
            Ok("café")
        );
        let utf8 = "العراق".as_bytes();
        assert_eq!(decode(utf8, Some(WINDOWS_1256)).as_deref(), Ok("العراق"));
    }

    #[test]
    fn transcoding_reader_streams_utf16() {
        let text = "سطر أول\nسطر ثان\n".repeat(5000);
        let mut le = Vec::new();
        for u in text.encode_utf16() {
            le.extend(u.to_le_bytes());
        }
        let mut out = String::new();
        TranscodeReader::new(&le[..], UTF_16LE)
            .read_to_string(&mut out)
            .unwrap();
        assert!(out == text, "transcoded text differs");
    }
}
