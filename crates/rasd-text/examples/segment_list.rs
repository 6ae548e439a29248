//! Prints the segmentation of the N most frequent listed words (default 300) that start or
//! end with a clitic-shaped letter, for reviewing the rules: `cargo run --release -p rasd-text
//! --example segment_list -- 300`.

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(300);
    let list = include_str!("../data/wordfreq.tsv");
    let mut shown = 0;
    for line in list.lines().filter(|l| !l.starts_with('#')) {
        let Some((w, c)) = line.split_once('\t') else {
            continue;
        };
        let segs = rasd_text::segment_word(w);
        let rendered: Vec<String> = segs
            .iter()
            .map(|(k, p)| match k {
                rasd_text::SegmentKind::Proclitic => format!("{p}+"),
                rasd_text::SegmentKind::Article => format!("{p}_"),
                rasd_text::SegmentKind::Stem => p.to_string(),
                rasd_text::SegmentKind::Enclitic => format!("+{p}"),
            })
            .collect();
        println!("{c}\t{w}\t{}", rendered.join(" "));
        shown += 1;
        if shown >= n {
            break;
        }
    }
}
