//! Quote recogniser for rasd: finds direct quotations and reported speech in Arabic news and
//! says who said them.
//!
//! News text attributes most of its claims («وقالت الوزارة إن …», «وأضاف البيان "…"»,
//! «ووفقا لبيان لوزارة الخارجية …، فإن "…"»), and an analyst needs both the content and the
//! speaker, linked to the article's entities. This crate reads the cue words (speech verbs in
//! every inflection, attribution phrases), takes the content that follows (after أن/إن, a colon
//! or inside quotation marks), and resolves the speaker along the chain of reference: an
//! explicit subject, the issuer of «the statement», a title tied to the person introduced with
//! it, or the latest earlier speaker whose gender agrees with the verb.
//!
//! All linguistic knowledge is in `data/*.tsv` (see [`lexicon`]).
//!
//! # What counts as a quote
//!
//! * Reported speech: a speech verb or attribution phrase with content; the content runs from
//!   after the complementiser (أن، إن، أنه، بأن، فإن …), the colon, or the preposition the verb
//!   governs (أشار إلى …، أعلن عن …), to the end of the sentence, to the start of a later cue
//!   that opens its own clause («…، مضيفا أن …»), or to the closing mark when the content is a
//!   quotation.
//! * Direct quotations ( " “ ” « » ‹ › all count; nested marks stay inside the outer quote):
//!   the span is the content inside the marks.
//! * A name in quotation marks is not a quote. A quotation is treated as a name when it is
//!   entirely an entity mention, or when it has at most three words and is not governed by a
//!   cue (directly after the cue, its subject, a colon or a comma, or after a complementiser).
//!   A quotation no cue governs becomes a quote only when it reads as speech: five words or
//!   more, or four that end a clause.

pub mod lexicon;
mod recognise;
mod scan;

pub use lexicon::{Gender, Lexicon, LexiconError};

/// Find the quotes of an article and resolve their speakers against `entities`.
///
/// `text` is the original article; `entities` are its entities with code-point mentions (as
/// the entity recogniser produces them). Every span in the result (`start`/`end`, `cue`) is in
/// code points of `text`, end exclusive; `speaker` is an entity id from `entities` or `None`,
/// `speaker_text` the speaker as written at the cue (or the resolved entity's mention). Quotes
/// come in text order. Never panics.
pub fn quotes(text: &str, entities: &[rasd_doc::Entity]) -> Vec<rasd_doc::Quote> {
    recognise::Doc::new(text, entities).run()
}
