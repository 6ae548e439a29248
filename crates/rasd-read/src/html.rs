//! Main-text extraction from news web pages.
//!
//! A page is mostly furniture: menus, tickers, share bars, ads, related-story lists, comments,
//! footers. Those are recognised by tag, ARIA role, class/id words, and Arabic labels
//! ("أخبار ذات صلة", "اقرأ أيضا") for sites whose class names say nothing (all listed in
//! `data/html.tsv`), and skipped. The article root is then the semantic container that holds
//! the text (`<article>`, `itemprop=articleBody`, `<main>`), checked against a
//! readability-style score: every paragraph adds its letter count (Arabic letters weigh most)
//! to its parent and half to its grandparent, and the best-scoring container wins when no
//! semantic one holds a fair share of the text. Output is the title, a blank line, and the
//! root's blocks joined by blank lines.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::node::Element;
use scraper::{Html, Node};
use serde_json::Value;

use crate::date::normalize_date;
use crate::decode;
use crate::{Origin, RawArticle, ReadError};

/// Clutter-recognition rules, loaded from `data/html.tsv`.
#[derive(Debug, Default, Clone)]
pub struct Rules {
    drop_tags: Vec<String>,
    drop_outside_article: Vec<String>,
    roles: Vec<String>,
    strong: Vec<String>,
    weak: Vec<String>,
    tokens: Vec<String>,
    positive: Vec<String>,
    /// Meta keys for the publication date, best first (lower-case).
    pub date_meta: Vec<String>,
    /// Normalised openings of promo lines ("اقرأ أيضا…").
    lead_phrases: Vec<String>,
    /// Normalised labels of clutter blocks ("أخبار ذات صلة").
    section_headings: Vec<String>,
}

/// Parses the rule table (`kind<TAB>value` lines, `#` comments).
pub fn parse_rules(src: &str) -> Result<Rules, String> {
    let mut rules = Rules::default();
    for (n, line) in src.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((kind, value)) = line.split_once('\t') else {
            return Err(format!("html.tsv:{}: expected kind<TAB>value", n + 1));
        };
        let value = value.trim().to_ascii_lowercase();
        let (value, list) = match kind {
            "lead_phrase" => (match_form(&value), &mut rules.lead_phrases),
            "section_heading" => (match_form(&value), &mut rules.section_headings),
            _ => (value, rules_list(&mut rules, kind, n)?),
        };
        if value.is_empty() {
            return Err(format!("html.tsv:{}: empty value", n + 1));
        }
        list.push(value);
    }
    Ok(rules)
}

/// The list a plain (non-phrase) rule kind goes to.
fn rules_list<'r>(
    rules: &'r mut Rules,
    kind: &str,
    n: usize,
) -> Result<&'r mut Vec<String>, String> {
    Ok(match kind {
        "drop_tag" => &mut rules.drop_tags,
        "drop_outside" => &mut rules.drop_outside_article,
        "role" => &mut rules.roles,
        "strong" => &mut rules.strong,
        "weak" => &mut rules.weak,
        "token" => &mut rules.tokens,
        "positive" => &mut rules.positive,
        "date_meta" => &mut rules.date_meta,
        other => return Err(format!("html.tsv:{}: unknown kind {other:?}", n + 1)),
    })
}

/// The form phrases are compared in: rasd-text normalisation (hamza, alef, ya, ta marbuta,
/// diacritics), then only letters and digits, single-spaced.
fn match_form(s: &str) -> String {
    let norm = rasd_text::normalize(s).text;
    let spaced: String = norm
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `text` (in match form) begins with one of `phrases` as whole words.
fn starts_with_phrase(text: &str, phrases: &[String]) -> bool {
    phrases.iter().any(|p| {
        text.strip_prefix(p.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// The first `max` characters of text under `node`, visiting at most a few hundred nodes.
fn leading_text(node: NodeRef<'_, Node>, max: usize) -> String {
    let mut out = String::new();
    for n in node.descendants().take(400) {
        if let Some(t) = n.value().as_text() {
            out.push_str(t);
            if out.chars().count() > max {
                break;
            }
        }
    }
    out.chars().take(max + 1).collect()
}

/// The built-in rules.
pub fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    // The table is embedded and a unit test checks that it parses.
    RULES.get_or_init(|| parse_rules(include_str!("../data/html.tsv")).unwrap_or_default())
}

/// Block-level elements: each starts a new paragraph in the output.
#[rustfmt::skip]
const BLOCK_TAGS: &[&str] = &[
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div",
    "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
];

/// Decodes an HTML page (honouring its declared charset) and extracts its article.
pub fn parse_html_bytes(bytes: &[u8], id: String, origin: Origin) -> Result<RawArticle, ReadError> {
    let declared = decode::html_declared_charset(bytes);
    let text = decode::decode(bytes, declared).map_err(|reason| ReadError::Binary {
        at: origin.location(),
        reason,
    })?;
    parse_html(&text, id, origin)
}

/// Extracts the article (title, main text, date, URL, site name) from decoded HTML.
pub fn parse_html(html: &str, id: String, origin: Origin) -> Result<RawArticle, ReadError> {
    let doc = Html::parse_document(html);
    let page = Page::new(&doc, rules());
    let meta = page.metadata();
    // Class/id rules can misfire on a site that names its whole layout "content-with-sidebar";
    // if they leave nothing, fall back to tag and role rules only.
    let extracted = page.extract(true).or_else(|| page.extract(false));
    let Some(extracted) = extracted else {
        return Err(ReadError::NoText {
            at: origin.location(),
        });
    };
    let title = extracted
        .title
        .or(meta.og_title)
        .or_else(|| page.title_tag())
        .filter(|t| !t.is_empty());
    let mut text = String::new();
    let mut body: Vec<&String> = extracted.paragraphs.iter().collect();
    if let Some(t) = &title {
        text.push_str(t);
        // The headline is usually one of the root's blocks; do not repeat it.
        if let Some(i) = body.iter().position(|p| *p == t) {
            body.remove(i);
        }
    }
    for p in body {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(p);
    }
    let published = meta.published.or_else(|| page.time_in(extracted.root));
    Ok(RawArticle {
        id,
        title,
        published,
        source: meta.site_name,
        url: meta.url,
        text,
        origin,
    })
}

/// What the `<head>` (and JSON-LD) says about the article.
#[derive(Debug, Default)]
struct Metadata {
    og_title: Option<String>,
    published: Option<String>,
    url: Option<String>,
    site_name: Option<String>,
}

/// The article root's content.
struct Extracted {
    root: NodeId,
    title: Option<String>,
    paragraphs: Vec<String>,
}

/// A parsed page with the rules applied.
struct Page<'a> {
    doc: &'a Html,
    rules: &'a Rules,
}

impl<'a> Page<'a> {
    fn new(doc: &'a Html, rules: &'a Rules) -> Self {
        Page { doc, rules }
    }

    fn elements(&self) -> impl Iterator<Item = (NodeRef<'a, Node>, &'a Element)> + 'a {
        self.doc
            .tree
            .nodes()
            .filter_map(|n| n.value().as_element().map(|e| (n, e)))
    }

    fn metadata(&self) -> Metadata {
        let mut by_key: HashMap<String, String> = HashMap::new();
        let mut canonical = None;
        let mut json_ld_date = None;
        let mut itemprop_date = None;
        for (node, el) in self.elements() {
            match el.name() {
                "meta" => {
                    let key = el
                        .attr("property")
                        .or(el.attr("name"))
                        .or(el.attr("itemprop"));
                    if let (Some(key), Some(content)) = (key, el.attr("content")) {
                        by_key
                            .entry(key.trim().to_ascii_lowercase())
                            .or_insert_with(|| content.trim().to_string());
                    }
                }
                "link" if canonical.is_none() => {
                    let rel = el.attr("rel").unwrap_or_default();
                    if rel
                        .split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                    {
                        canonical = el
                            .attr("href")
                            .map(|h| h.trim().to_string())
                            .filter(|h| !h.is_empty());
                    }
                }
                "script" if json_ld_date.is_none() => {
                    let ty = el.attr("type").unwrap_or_default();
                    if ty.trim().eq_ignore_ascii_case("application/ld+json") {
                        json_ld_date = json_ld_published(&text_of(node));
                    }
                }
                _ => {}
            }
            // Microdata `itemprop=datePublished`, or the HTML5-draft `<time pubdate>`.
            let marks_date = el
                .attr("itemprop")
                .is_some_and(|p| p.eq_ignore_ascii_case("datepublished"))
                || (el.name() == "time" && el.attr("pubdate").is_some());
            if itemprop_date.is_none() && marks_date {
                let raw = el
                    .attr("content")
                    .or(el.attr("datetime"))
                    .map(str::to_string)
                    .unwrap_or_else(|| text_of(node));
                itemprop_date = normalize_date(&raw);
            }
        }
        let meta_date = self
            .rules
            .date_meta
            .iter()
            .find_map(|k| by_key.get(k).and_then(|v| normalize_date(v)));
        let clean = |s: Option<&String>| s.map(|v| collapse_ws(v)).filter(|v| !v.is_empty());
        Metadata {
            og_title: clean(by_key.get("og:title")).or_else(|| clean(by_key.get("twitter:title"))),
            published: meta_date.or(json_ld_date).or(itemprop_date),
            url: canonical.or_else(|| clean(by_key.get("og:url"))),
            site_name: clean(by_key.get("og:site_name")),
        }
    }

    /// The `<title>` element's text.
    fn title_tag(&self) -> Option<String> {
        self.elements()
            .find(|(_, e)| e.name() == "title")
            .map(|(n, _)| collapse_ws(&text_of(n)))
            .filter(|t| !t.is_empty())
    }

    /// The date of the first `<time datetime>` inside `root`.
    fn time_in(&self, root: NodeId) -> Option<String> {
        let root = self.doc.tree.get(root)?;
        root.descendants()
            .filter_map(|n| n.value().as_element())
            .filter(|e| e.name() == "time")
            .find_map(|e| e.attr("datetime").and_then(normalize_date))
    }

    /// Whether an element is page furniture. `use_classes` enables the class/id rules.
    fn is_clutter(
        &self,
        node: NodeRef<'a, Node>,
        el: &Element,
        in_article: bool,
        use_classes: bool,
    ) -> bool {
        let name = el.name();
        let r = self.rules;
        if r.drop_tags.iter().any(|t| t == name) {
            return true;
        }
        if !in_article && r.drop_outside_article.iter().any(|t| t == name) {
            return true;
        }
        if el.attr("hidden").is_some() || el.attr("aria-hidden").is_some_and(|v| v.trim() == "true")
        {
            return true;
        }
        if let Some(role) = el.attr("role") {
            if r.roles.iter().any(|x| role.trim().eq_ignore_ascii_case(x)) {
                return true;
            }
        }
        if let Some(style) = el.attr("style") {
            let style = style
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_lowercase();
            if style.contains("display:none") || style.contains("visibility:hidden") {
                return true;
            }
        }
        // Containers that are the article by definition are never clutter.
        if !use_classes || is_article_container(el) {
            return false;
        }
        let names = ["class", "id", "aria-labelledby", "data-component"];
        names
            .iter()
            .filter_map(|a| el.attr(a))
            .any(|v| self.names_clutter(v))
            || self.phrase_clutter(node, name)
    }

    /// The Arabic-phrase rules: a promo line ("اقرأ أيضا: …") or a block labelled as
    /// related stories, most read, comments, tags…
    fn phrase_clutter(&self, node: NodeRef<'a, Node>, name: &str) -> bool {
        let r = self.rules;
        let leaf = matches!(
            name,
            "p" | "li" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "dd" | "dt"
        ) || (name == "div" && !has_block_child(node));
        if leaf && starts_with_phrase(&match_form(&leading_text(node, 80)), &r.lead_phrases) {
            return true;
        }
        let container = matches!(
            name,
            "section" | "div" | "aside" | "ul" | "ol" | "dl" | "table"
        );
        container && first_child_element(node).is_some_and(|child| self.is_section_label(child))
    }

    /// Whether an element is a short label naming a clutter block ("أخبار ذات صلة").
    fn is_section_label(&self, node: NodeRef<'a, Node>) -> bool {
        let text = leading_text(node, 60);
        if text.chars().count() > 60 {
            return false;
        }
        let label = match_form(&text);
        self.rules.section_headings.iter().any(|h| {
            // One-word labels ("عاجل", "شارك") must be the whole label; longer ones may
            // continue ("المزيد من الأخبار").
            label == *h || (h.contains(' ') && starts_with_phrase(&label, std::slice::from_ref(h)))
        })
    }

    /// A heading that labels a clutter block standing right after it, as in
    /// `<h3>أخبار ذات صلة</h3><ul>…</ul>`: returns that next element.
    fn labelled_sibling(&self, node: NodeRef<'a, Node>, name: &str) -> Option<NodeId> {
        if !matches!(name, "h2" | "h3" | "h4" | "h5" | "h6") || !self.is_section_label(node) {
            return None;
        }
        node.next_siblings()
            .find(|n| n.value().is_element())
            .map(|n| n.id())
    }

    /// Applies the class/id word rules to one `class` or `id` value.
    fn names_clutter(&self, value: &str) -> bool {
        let r = self.rules;
        let lower = value.to_ascii_lowercase();
        let mut positive = false;
        let mut weak = false;
        for class in lower.split_ascii_whitespace() {
            let compact: String = class.chars().filter(|c| *c != '-' && *c != '_').collect();
            if r.strong.iter().any(|s| compact.contains(s.as_str())) {
                return true;
            }
            if class
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| r.tokens.iter().any(|t| t == w))
            {
                return true;
            }
            weak |= r.weak.iter().any(|s| compact.contains(s.as_str()));
            positive |= r.positive.iter().any(|s| compact.contains(s.as_str()));
        }
        weak && !positive
    }

    /// One pass over the tree: which elements are clutter, and how many letters of
    /// non-clutter text each other element holds. Linear in the page size, however deeply
    /// the page nests.
    fn analyse(&self, use_classes: bool) -> Analysis {
        let mut a = Analysis::default();
        let mut stack: Vec<Open> = Vec::new();
        let mut skipping: Option<NodeId> = None;
        // Blocks labelled as clutter by the heading before them.
        let mut forced: HashSet<NodeId> = HashSet::new();
        for edge in self.doc.tree.root().traverse() {
            match edge {
                Edge::Open(node) => {
                    let id = node.id();
                    match node.value() {
                        Node::Element(_) if skipping.is_some() => {
                            a.in_clutter.insert(id);
                        }
                        Node::Text(t) if skipping.is_none() => {
                            let weight = letter_weight(t);
                            if let Some(top) = stack.last_mut() {
                                top.weight += weight;
                            }
                            // Text counts as a paragraph of its nearest block element
                            // (bounded search: inline markup is shallow in real pages).
                            if let Some(block) = stack.iter_mut().rev().take(32).find(|o| o.block) {
                                block.inline += weight;
                            }
                        }
                        Node::Element(el) => {
                            let in_article = stack.last().is_some_and(|s| s.in_article);
                            let labelled = use_classes
                                .then(|| self.labelled_sibling(node, el.name()))
                                .flatten();
                            let forced_out = forced.contains(&id) && !is_article_container(el);
                            if labelled.is_some()
                                || forced_out
                                || self.is_clutter(node, el, in_article, use_classes)
                            {
                                forced.extend(labelled);
                                a.clutter_roots.insert(id);
                                a.in_clutter.insert(id);
                                skipping = Some(id);
                            } else {
                                stack.push(Open {
                                    id,
                                    weight: 0.0,
                                    inline: 0.0,
                                    in_article: in_article || el.name() == "article",
                                    block: BLOCK_TAGS.contains(&el.name()),
                                });
                            }
                        }
                        _ => {}
                    }
                }
                Edge::Close(node) => {
                    if skipping.is_some() {
                        if skipping == Some(node.id()) {
                            skipping = None;
                        }
                        continue;
                    }
                    if node.value().is_element() {
                        if let Some(open) = stack.pop() {
                            a.weight.insert(open.id, open.weight);
                            if open.inline > 0.0 {
                                a.inline.insert(open.id, open.inline);
                            }
                            if let Some(top) = stack.last_mut() {
                                top.weight += open.weight;
                            }
                        }
                    }
                }
            }
        }
        a
    }

    /// Finds the article root and extracts its blocks; `None` when no text is found.
    fn extract(&self, use_classes: bool) -> Option<Extracted> {
        let a = self.analyse(use_classes);
        let best_scored = self.best_scored(&a);
        let floor = best_scored.map_or(0.0, |(_, letters)| letters * 0.4);
        let mut root = None;
        for kind in [Semantic::Article, Semantic::ArticleBody, Semantic::Main] {
            let best = self
                .elements()
                .filter(|(n, e)| kind.matches(e) && !a.in_clutter.contains(&n.id()))
                .map(|(n, _)| (n, a.weight_of(n.id())))
                .filter(|(_, letters)| *letters > 0.0 && *letters >= floor)
                .reduce(|best, next| if next.1 > best.1 { next } else { best });
            if let Some((n, _)) = best {
                root = Some(n);
                break;
            }
        }
        let root = root.or_else(|| best_scored.and_then(|(id, _)| self.doc.tree.get(id)))?;
        let (paragraphs, title) = self.blocks(root, &a);
        if paragraphs.iter().all(|p| letter_weight(p) == 0.0) {
            return None;
        }
        let title = title.or_else(|| self.first_h1(&a));
        Some(Extracted {
            root: root.id(),
            title,
            paragraphs,
        })
    }

    /// The readability winner: the element whose paragraphs (fully) and grandchild
    /// paragraphs (half) carry the most letters, with its own letter total.
    fn best_scored(&self, a: &Analysis) -> Option<(NodeId, f64)> {
        let mut scores: HashMap<NodeId, f64> = HashMap::new();
        for (node, _) in self.elements() {
            // Each block's own running text (a <p>, or a <div> of <br>-separated lines)
            // is one paragraph.
            let Some(&weight) = a.inline.get(&node.id()) else {
                continue;
            };
            let mut ancestors = node.ancestors().filter(|n| n.value().is_element());
            if let Some(parent) = ancestors.next() {
                *scores.entry(parent.id()).or_default() += weight;
                if let Some(grand) = ancestors.next() {
                    *scores.entry(grand.id()).or_default() += weight / 2.0;
                }
            }
        }
        // Ties go to the earliest element in document order, for a deterministic choice.
        let (id, _) = self
            .elements()
            .filter_map(|(n, _)| scores.get(&n.id()).map(|s| (n.id(), *s)))
            .reduce(|best, next| if next.1 > best.1 { next } else { best })?;
        Some((id, a.weight_of(id)))
    }

    /// The first `<h1>` outside clutter.
    fn first_h1(&self, a: &Analysis) -> Option<String> {
        self.elements()
            .filter(|(n, e)| e.name() == "h1" && !a.in_clutter.contains(&n.id()))
            .map(|(n, _)| collapse_ws(&text_of(n)))
            .find(|t| !t.is_empty())
    }

    /// The text blocks under `root` with clutter skipped, and the first `<h1>` text among them.
    fn blocks(&self, root: NodeRef<'a, Node>, a: &Analysis) -> (Vec<String>, Option<String>) {
        let mut out = BlockBuilder::default();
        let mut skipping: Option<NodeId> = None;
        let mut h1: Option<(NodeId, usize)> = None;
        let mut title = None;
        for edge in root.traverse() {
            match edge {
                Edge::Open(node) => {
                    if skipping.is_some() {
                        continue;
                    }
                    match node.value() {
                        Node::Text(t) => out.text(t),
                        Node::Element(el) => {
                            // The root itself was vetted by the caller.
                            if node.id() != root.id() && a.clutter_roots.contains(&node.id()) {
                                skipping = Some(node.id());
                                continue;
                            }
                            let name = el.name();
                            if name == "br" {
                                out.line_break();
                            } else if BLOCK_TAGS.contains(&name) {
                                out.block_break();
                            }
                            if name == "h1" && h1.is_none() && title.is_none() {
                                h1 = Some((node.id(), out.paragraphs.len()));
                            }
                        }
                        _ => {}
                    }
                }
                Edge::Close(node) => {
                    if skipping.is_some() {
                        if skipping == Some(node.id()) {
                            skipping = None;
                        }
                        continue;
                    }
                    if let Node::Element(el) = node.value() {
                        if BLOCK_TAGS.contains(&el.name()) {
                            out.block_break();
                        }
                        if let Some((id, start)) = h1 {
                            if id == node.id() {
                                let joined = out
                                    .paragraphs
                                    .get(start..)
                                    .map(|ps| ps.join(" "))
                                    .unwrap_or_default();
                                title = Some(joined).filter(|t| !t.is_empty());
                                h1 = None;
                            }
                        }
                    }
                }
            }
        }
        out.block_break();
        (out.paragraphs, title)
    }
}

/// Facts about every element, from [`Page::analyse`].
#[derive(Default)]
struct Analysis {
    /// Clutter elements whose subtrees are skipped.
    clutter_roots: HashSet<NodeId>,
    /// Clutter elements and everything inside them.
    in_clutter: HashSet<NodeId>,
    /// Letter weight of the non-clutter text under each element outside clutter.
    weight: HashMap<NodeId, f64>,
    /// Letter weight of each block element's own running text (not inside a child block).
    inline: HashMap<NodeId, f64>,
}

/// An element still open during [`Page::analyse`]'s walk.
struct Open {
    id: NodeId,
    weight: f64,
    inline: f64,
    in_article: bool,
    block: bool,
}

impl Analysis {
    fn weight_of(&self, id: NodeId) -> f64 {
        self.weight.get(&id).copied().unwrap_or(0.0)
    }
}

/// The semantic containers that mark an article, in order of preference.
#[derive(Clone, Copy)]
enum Semantic {
    Article,
    ArticleBody,
    Main,
}

impl Semantic {
    fn matches(self, el: &Element) -> bool {
        match self {
            Semantic::Article => el.name() == "article",
            Semantic::ArticleBody => el
                .attr("itemprop")
                .is_some_and(|p| p.eq_ignore_ascii_case("articlebody")),
            Semantic::Main => {
                el.name() == "main"
                    || el
                        .attr("role")
                        .is_some_and(|r| r.trim().eq_ignore_ascii_case("main"))
            }
        }
    }
}

/// Accumulates text into paragraphs, collapsing HTML whitespace.
#[derive(Default)]
struct BlockBuilder {
    paragraphs: Vec<String>,
    current: String,
}

impl BlockBuilder {
    fn text(&mut self, t: &str) {
        for (i, word) in t.split(is_html_space).enumerate() {
            if word.is_empty() {
                if i > 0 || t.is_empty() {
                    self.space();
                }
                continue;
            }
            if i > 0 {
                self.space();
            }
            self.current.push_str(word);
        }
    }

    fn space(&mut self) {
        if !self.current.is_empty() && !self.current.ends_with([' ', '\n']) {
            self.current.push(' ');
        }
    }

    fn line_break(&mut self) {
        let trimmed = self.current.trim_end_matches(' ').len();
        self.current.truncate(trimmed);
        if !self.current.is_empty() {
            self.current.push('\n');
        }
    }

    fn block_break(&mut self) {
        let para = self
            .current
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        self.current.clear();
        if !para.is_empty() {
            self.paragraphs.push(para);
        }
    }
}

/// HTML whitespace plus the no-break space, which pages use as padding.
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C' | '\u{A0}')
}

/// Collapses runs of whitespace to one space and trims.
fn collapse_ws(s: &str) -> String {
    s.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// All text under a node, concatenated.
fn text_of(node: NodeRef<'_, Node>) -> String {
    node.descendants()
        .filter_map(|n| n.value().as_text())
        .map(|t| &**t)
        .collect()
}

/// Containers that are the article (or the page) by definition, never clutter.
fn is_article_container(el: &Element) -> bool {
    matches!(el.name(), "html" | "body" | "article" | "main")
        || el
            .attr("itemprop")
            .is_some_and(|p| p.eq_ignore_ascii_case("articlebody"))
}

/// Whether any child element is a block (so the element is a container, not a paragraph).
fn has_block_child(node: NodeRef<'_, Node>) -> bool {
    node.children().any(|c| {
        c.value()
            .as_element()
            .is_some_and(|e| BLOCK_TAGS.contains(&e.name()))
    })
}

/// The first child element, unless text comes before it.
fn first_child_element(node: NodeRef<'_, Node>) -> Option<NodeRef<'_, Node>> {
    for child in node.children() {
        match child.value() {
            Node::Element(_) => return Some(child),
            Node::Text(t) if !t.trim().is_empty() => return None,
            _ => {}
        }
    }
    None
}

/// How much a text counts as article prose: Arabic letters 1, other letters 0.25.
fn letter_weight(s: &str) -> f64 {
    s.chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| {
            if ('\u{0600}'..='\u{06FF}').contains(&c) {
                1.0
            } else {
                0.25
            }
        })
        .sum()
}

/// The first `datePublished` in a JSON-LD block (objects, arrays and `@graph` are searched).
fn json_ld_published(src: &str) -> Option<String> {
    let value: Value = serde_json::from_str(src.trim()).ok()?;
    find_date_published(&value)
}

fn find_date_published(v: &Value) -> Option<String> {
    match v {
        Value::Object(map) => map
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("datepublished"))
            .and_then(|(_, d)| d.as_str().and_then(normalize_date))
            .or_else(|| map.values().find_map(find_date_published)),
        Value::Array(items) => items.iter().find_map(find_date_published),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(html: &str) -> Result<RawArticle, ReadError> {
        parse_html(
            html,
            "x".into(),
            Origin {
                path: "x.html".into(),
                line: None,
            },
        )
    }

    #[test]
    fn rules_table_parses() {
        let r = parse_rules(include_str!("../data/html.tsv")).expect("html.tsv parses");
        assert!(r.drop_tags.iter().any(|t| t == "script"));
        assert!(r
            .date_meta
            .first()
            .is_some_and(|d| d == "article:published_time"));
        assert!(parse_rules("strong").is_err());
        assert!(parse_rules("nonsense\tx").is_err());
    }

    #[test]
    fn class_rules() {
        let doc = Html::parse_document("");
        let page = Page::new(&doc, rules());
        let table = [
            ("share-bar", true),
            ("related-content", true),
            ("ad-slot", true),
            ("site-header", true),
            ("article-header", false),
            ("sidebar", true),
            ("article-body", false),
            ("head", false),
            ("download-link", false),
            ("main-menu nav", true),
            ("content-with-sidebar", false),
            ("post-tags", true),
        ];
        for (value, want) in table {
            assert_eq!(page.names_clutter(value), want, "{value}");
        }
    }

    #[test]
    fn readability_fallback_without_semantic_tags() {
        let html = r#"<html><body>
            <div class="menu"><a>الرئيسية</a> <a>سياسة</a> <a>اقتصاد</a></div>
            <div id="wrap"><div class="story-body">
              <p>الفقرة الأولى من الخبر وفيها نص عربي طويل بما يكفي للتقييم.</p>
              <p>الفقرة الثانية &amp; فيها كيان مرمز &quot;هنا&quot;.</p>
            </div></div>
            <div class="links"><p>رابط</p></div>
            </body></html>"#;
        let a = parse(html).unwrap();
        assert_eq!(
            a.text,
            "الفقرة الأولى من الخبر وفيها نص عربي طويل بما يكفي للتقييم.\n\nالفقرة الثانية & فيها كيان مرمز \"هنا\"."
        );
        assert_eq!(a.title, None);
    }

    #[test]
    fn misfiring_class_rules_fall_back() {
        let html =
            r#"<body><div class="page-with-share"><p>نص الخبر الوحيد في الصفحة.</p></div></body>"#;
        assert_eq!(parse(html).unwrap().text, "نص الخبر الوحيد في الصفحة.");
    }

    #[test]
    fn dates_from_json_ld_and_time() {
        let ld = r#"<html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-08-31T22:10:00Z"}]}
            </script></head><body><article><p>نص</p></article></body></html>"#;
        assert_eq!(parse(ld).unwrap().published.as_deref(), Some("2024-08-31"));
        let pubdate = r#"<body><time datetime="2024-06-30T23:00-04:00" pubdate>أمس</time><article><p>نص</p></article></body>"#;
        assert_eq!(
            parse(pubdate).unwrap().published.as_deref(),
            Some("2024-06-30")
        );
        let time = r#"<body><article><h1>عنوان</h1><time datetime="2024-07-02">٢ يوليو</time><p>نص</p></article></body>"#;
        let a = parse(time).unwrap();
        assert_eq!(a.published.as_deref(), Some("2024-07-02"));
        assert_eq!(a.title.as_deref(), Some("عنوان"));
        assert_eq!(a.text, "عنوان\n\n٢ يوليو\n\nنص");
    }

    #[test]
    fn empty_page_is_no_text() {
        let e =
            parse("<html><body><nav>قائمة</nav><script>var x</script></body></html>").unwrap_err();
        assert_eq!(e.to_string(), "x.html: no article text found");
    }

    #[test]
    fn line_breaks_and_inline_markup() {
        let a = parse("<article><p>سطر <b>أول</b><br>سطر&nbsp;ثان</p><p>  </p></article>").unwrap();
        assert_eq!(a.text, "سطر أول\nسطر ثان");
    }
}

#[cfg(test)]
mod deep_tests {
    use super::*;

    /// Deeply nested markup must not overflow the stack: the walks here are iterative.
    /// (html5ever itself is quadratic in nesting depth, so the depth is kept modest.)
    #[test]
    fn deep_nesting_is_handled() {
        let depth = 3_000;
        let html = format!(
            "{}<p>نص في العمق</p>{}",
            "<blockquote><div>".repeat(depth),
            "</div></blockquote>".repeat(depth)
        );
        let a = parse_html(
            &html,
            "x".into(),
            Origin {
                path: "x.html".into(),
                line: None,
            },
        )
        .unwrap();
        assert_eq!(a.text, "نص في العمق");
    }
}

#[cfg(test)]
mod layout_tests {
    use super::*;

    fn parse(html: &str) -> RawArticle {
        parse_html(
            html,
            "x".into(),
            Origin {
                path: "x.html".into(),
                line: None,
            },
        )
        .unwrap()
    }

    const P1: &str = "قالت وزارة الصحة إن عدد الإصابات ارتفع خلال الأسبوع الماضي في عدة محافظات.";
    const P2: &str = "وأضافت الوزارة في بيان أن فرقها الطبية تعمل على مدار الساعة لاحتواء الوضع.";

    #[test]
    fn table_layout_with_br_paragraphs() {
        let html = format!(
            r#"<html><head><title>خبر عاجل | موقع الأخبار</title></head><body>
            <table><tr><td class="menu"><a>الرئيسية</a><br><a>محليات</a><br><a>دوليات</a></td>
            <td><div class="text">{P1}<br><br>{P2}</div></td></tr></table>
            <div class="copyright">جميع الحقوق محفوظة</div></body></html>"#
        );
        let a = parse(&html);
        assert_eq!(a.text, format!("خبر عاجل | موقع الأخبار\n\n{P1}\n{P2}"));
    }

    #[test]
    fn teaser_cards_do_not_win_over_the_story() {
        let cards: String = (1..=6)
            .map(|i| format!("<article class=\"card\"><h3>عنوان قصير {i}</h3><p>سطر تشويقي قصير</p></article>"))
            .collect();
        let html = format!(
            r#"<body><div class="cards">{cards}</div>
            <div class="story"><h1>العنوان الرئيسي</h1><p>{P1}</p><p>{P2}</p><p>{P1}</p></div></body>"#
        );
        let a = parse(&html);
        assert_eq!(a.title.as_deref(), Some("العنوان الرئيسي"));
        assert_eq!(a.text, format!("العنوان الرئيسي\n\n{P1}\n\n{P2}\n\n{P1}"));
    }

    #[test]
    fn headline_outside_the_article_body() {
        let html = format!(
            r#"<body><div class="headline-wrap"><h1>عنوان   الخبر</h1></div>
            <div class="share-tools"><a>واتساب</a></div>
            <div itemprop="articleBody"><p>{P1}</p><div class="ad"><p>إعلان ممول طويل جدا جدا جدا جدا</p></div><p>{P2}</p></div></body>"#
        );
        let a = parse(&html);
        assert_eq!(a.text, format!("عنوان الخبر\n\n{P1}\n\n{P2}"));
    }

    #[test]
    fn og_title_when_there_is_no_h1() {
        let html = format!(
            r#"<head><meta property="og:title" content="عنوان من الوسوم"><meta name="pubdate" content="20240105"></head>
            <body><main><p>{P1}</p></main></body>"#
        );
        let a = parse(&html);
        assert_eq!(a.title.as_deref(), Some("عنوان من الوسوم"));
        assert_eq!(a.published.as_deref(), Some("2024-01-05"));
        assert_eq!(a.text, format!("عنوان من الوسوم\n\n{P1}"));
    }
}

#[cfg(test)]
mod title_tests {
    use super::*;

    #[test]
    fn headline_after_a_kicker_is_not_repeated() {
        let html =
            "<article><span class=kicker>سياسة</span><h1>عنوان</h1><p>نص الخبر</p></article>";
        let a = parse_html(
            html,
            "x".into(),
            Origin {
                path: "x".into(),
                line: None,
            },
        )
        .unwrap();
        assert_eq!(a.text, "عنوان\n\nسياسة\n\nنص الخبر");
    }
}

#[cfg(test)]
mod phrase_tests {
    use super::*;

    const P1: &str = "قالت وزارة الصحة إن عدد الإصابات ارتفع خلال الأسبوع الماضي في عدة محافظات.";
    const P2: &str = "وأضافت الوزارة للمزيد من الدقة أن فرقها تعمل على مدار الساعة.";

    fn text_of_page(html: &str) -> String {
        parse_html(
            html,
            "x".into(),
            Origin {
                path: "x".into(),
                line: None,
            },
        )
        .unwrap()
        .text
    }

    /// Sites with generated class names: only the Arabic labels give the clutter away.
    #[test]
    fn arabic_labels_mark_clutter() {
        let html = format!(
            r#"<body><main class="css-k2j"><h1>عاجل: عنوان الخبر</h1>
            <p>{P1}</p>
            <p>اقرأ أيضاً: خبر آخر عن موضوع مختلف</p>
            <p>{P2}</p>
            <h3>أخبار ذات صلة</h3>
            <ul><li><a>عنوان مرتبط أول</a></li><li><a>عنوان مرتبط ثان</a></li></ul>
            <div class="css-1a2b"><span>الأكثر قراءة</span><ol><li>خبر شائع جدا</li></ol></div>
            <div class="css-9z"><div>الكلمات المفتاحية:</div><a>العراق</a> <a>الصحة</a></div>
            <div class="css-77"><p>لمتابعة آخر الأخبار تابعونا على تلغرام</p></div>
            </main></body>"#
        );
        assert_eq!(
            text_of_page(&html),
            format!("عاجل: عنوان الخبر\n\n{P1}\n\n{P2}")
        );
    }

    #[test]
    fn labels_must_match_whole_words_and_whole_labels() {
        // "عاجل" alone labels a ticker, but a headline that starts with it is content;
        // "شاركت" is not "شارك".
        let html = format!(
            r#"<body><div class="wrap"><div>عاجل: انفجار في الميناء</div><p>{P1}</p></div>
            <div class="box"><span>شاركت الوزارة</span><p>{P2}</p></div></body>"#
        );
        let text = text_of_page(&html);
        assert!(text.contains("عاجل: انفجار في الميناء"), "{text}");
        assert!(text.contains(P1));
    }

    #[test]
    fn phrase_matching() {
        let phrases = vec![match_form("اقرأ أيضا")];
        assert!(starts_with_phrase(&match_form("إقرأ أيضاً: خبر"), &phrases));
        assert!(!starts_with_phrase(&match_form("اقرأ أيضاتي"), &phrases));
        assert!(!starts_with_phrase(&match_form("قال اقرأ أيضا"), &phrases));
        assert_eq!(
            match_form(" الكلمات  المفتاحية: "),
            match_form("الكلمات المفتاحية")
        );
    }
}

#[cfg(test)]
mod site_shape_tests {
    use super::*;

    const P1: &str = "قالت وزارة الصحة إن عدد الإصابات ارتفع خلال الأسبوع الماضي في عدة محافظات.";
    const P2: &str = "وأضافت الوزارة أن فرقها الطبية تعمل على مدار الساعة لاحتواء الوضع الصحي.";

    /// A BBC-Arabic-like page: generated classes, `<main role=main>`, sections labelled by
    /// `aria-labelledby`, no `<article>`.
    #[test]
    fn main_with_labelled_sections() {
        let html = format!(
            r#"<html lang="ar" dir="rtl"><head><meta name="article:published_time" content="2024-03-05T08:12:00.000Z"></head>
            <body><header role="banner"><nav><ul><li><a>الرئيسية</a></li><li><a>الشرق الأوسط</a></li></ul></nav></header>
            <main role="main"><div dir="rtl"><h1 id="content" class="bbc-1ff36h2">عنوان القصة</h1></div>
            <div class="bbc-19j92fr"><time datetime="2024-03-05">5 مارس/ آذار 2024</time></div>
            <div dir="rtl" class="bbc-4wucq3"><p dir="rtl" class="bbc-hhl7in">{P1}</p></div>
            <div dir="rtl" class="bbc-4wucq3"><p dir="rtl" class="bbc-hhl7in">{P2}</p></div>
            <section aria-labelledby="related-content-heading" class="bbc-1c3ah"><h2 id="related-content-heading">قصص ذات صلة</h2>
              <ul><li><a>قصة مرتبطة طويلة العنوان عن موضوع آخر تماما</a></li></ul></section>
            <section aria-labelledby="Most-Read" class="bbc-1xjk"><h2>الأكثر قراءة</h2><ol><li>خبر شائع</li></ol></section>
            </main><footer role="contentinfo"><p>بي بي سي 2024</p></footer></body></html>"#
        );
        let a = parse_html(
            &html,
            "x".into(),
            Origin {
                path: "x".into(),
                line: None,
            },
        )
        .unwrap();
        assert_eq!(
            a.text,
            format!("عنوان القصة\n\n5 مارس/ آذار 2024\n\n{P1}\n\n{P2}")
        );
        assert_eq!(a.published.as_deref(), Some("2024-03-05"));
    }
}
