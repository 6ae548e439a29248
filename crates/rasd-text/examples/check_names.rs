//! Reads names (one per line) from stdin and prints those that clitic segmentation would
//! split, with their corpus count, for reviewing the rules against a gazetteer:
//! `cut -f1 names.txt | cargo run --release -p rasd-text --example check_names`.

use std::io::BufRead;

fn main() {
    let lex = rasd_text::Lexicon::embedded();
    let (mut total, mut split) = (0, 0);
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let w = rasd_text::normalize(line.trim()).text;
        if w.is_empty() || w.contains(' ') {
            continue;
        }
        total += 1;
        let segs = rasd_text::segment_word(&w);
        if segs.len() > 1
            && !segs
                .iter()
                .any(|(k, _)| *k == rasd_text::SegmentKind::Article)
        {
            split += 1;
            let parts: Vec<&str> = segs.iter().map(|(_, p)| *p).collect();
            println!("{}\t{}\t{}", lex.count(&w), w, parts.join(" + "));
        }
    }
    eprintln!("{split} of {total} single-word names split (article splits not counted)");
}
