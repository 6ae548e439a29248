//! Quote recogniser for rasd: finds direct quotations and reported speech in Arabic news and
//! says who said them.
//!
//! News text attributes most of its claims («وقالت الوزارة إن …», «وأضاف البيان "…"»,
//! «ووفقا لبيان لوزارة الخارجية …، فإن "…"»), and an analyst needs both the content and the
//! speaker, linked to the article's entities. This crate reads the cue words (speech verbs in
//! every inflection, attribution phrases), takes the content that follows (after أن/إن, a colon,
//! a governed preposition, or inside quotation marks), and resolves the speaker along the chain
//! of reference. All linguistic knowledge is in `data/*.tsv` (see [`lexicon`]).
//!
//! # What counts as a quote
//!
//! * Reported speech: a speech verb or attribution phrase with content. The content runs from
//!   after the complementiser (أن، إن، أنه، بأن، فإن …), the colon, or the preposition the verb
//!   governs (أشار إلى …، أعلن عن …، أشاد بـ"…"), to the end of the sentence, to a later cue
//!   that opens its own clause («…، مضيفا أن …», «… بينما قال …»), or to the closing mark
//!   when the content is a quotation. An object noun phrase counts for verbs flagged `np`
//!   (أكد أهمية …، نفى …) when the subject is explicit.
//! * Attribution phrases at the start («وبحسب شهود عيان، فإن …») or the end («…، بحسب
//!   المرصد.») of a sentence; one that frames a speech verb leaves the content to that verb.
//! * Direct quotations (" “ ” « » ‹ › all count; marks nested inside stay in the outer quote;
//!   a quotation may span sentences): the span is the content inside the marks.
//! * Not cues: negated verbs (لم يؤكد), the narrator's formulas (يذكر أن), first-person forms,
//!   and ambiguous verbs (`strict`: تابع، بين، أبلغ …) unless their content follows at once.
//!
//! # A name in quotation marks is not a quote
//!
//! A quotation is treated as a name when it is entirely an entity mention, when it is a single
//! word not introduced by a colon, or when it has at most three words and no cue governs it
//! (a quotation is governed right after the verb, a colon or a comma). A quotation that no cue
//! claimed becomes a quote only when it reads as speech: five words or more (six right after a
//! noun, as in «لقناة "بي إف ام تي في"»), or four after a colon that end a clause.
//!
//! # Speaker resolution
//!
//! 1. An explicit subject after the verb: a person named in it (after a title, «المتحدث …
//!    سعد الحديثي»), else the entity at its head, else the description as written («مصادر
//!    طبية»), linked to the person introduced with the same title («السفيرة الأميركية» →
//!    «سفيرة الولايات المتحدة … آلينا رومانسكي») or to the organisation it abbreviates
//!    («الخارجية» → وزارة الخارجية العراقية). A name the entity recogniser missed right after
//!    a title is taken from the text.
//! 2. A statement as subject («وأضاف البيان») speaks for its issuer: the entity of the latest
//!    «بيان لـX», «بيان صادر عن X», or «X … في بيان».
//! 3. A subject before the verb («غير أن المراقبين يؤكدون», «وكان المرصد قد ذكر»), the
//!    antecedent of a relative pronoun («… مدير عام مستشفى عفرين الذي أشار»), or the source of
//!    «نقل عن X».
//! 4. A participle or a clause-continuing imperfect (مضيفا، قائلة، تقول) shares the subject of its
//!    sentence.
//! 5. Otherwise the latest earlier speaker whose gender and number agree with the verb (وأكدت →
//!    the last feminine speaker), else the subject of a recent sentence, else the latest
//!    agreeing entity mention.
//!
//! `speaker` is the entity id, `speaker_text` the speaker as written at the cue (or the resolved
//! entity's mention when the cue has no explicit subject).

//! # Cost
//!
//! Time is linear in the article's length: each rule looks at a bounded window of tokens, and
//! the questions that reach across the article (the latest mention of an entity, the person a
//! title introduced earlier, whether a token lies inside a quote already found) go through
//! indexes built once per article (`index.rs`) instead of scans. `benches/quotes.rs` compares
//! the throughput on the reference article with that on the article repeated 60 times.

#![warn(missing_docs)]

mod index;
pub mod lexicon;
mod recognise;
mod scan;

pub use lexicon::{Gender, Lexicon, LexiconError};

/// Find the quotes of an article and resolve their speakers against `entities`.
///
/// `text` is the original article; `entities` are its entities with code-point mentions (as
/// the entity recogniser produces them; mentions out of range are ignored). Every span in the
/// result (`start`/`end`, `cue`) is in code points of `text`, end exclusive; `speaker` is an
/// entity id from `entities` or `None`, `speaker_text` the speaker as written at the cue (or the
/// resolved entity's mention). Quotes come in text order. Never panics.
pub fn quotes(text: &str, entities: &[rasd_doc::Entity]) -> Vec<rasd_doc::Quote> {
    recognise::Doc::new(text, entities).run()
}
