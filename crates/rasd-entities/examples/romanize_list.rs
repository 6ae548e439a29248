//! Romanise the first column of a TSV (`arabic<TAB>accepted|spellings`) and count exact hits:
//! a quick check of the romaniser's letter rules against a hand-made list.
//!   cargo run --release -p rasd-entities --example romanize_list -- FILE

use std::io::Read;

fn main() {
    let mut text = String::new();
    let path = std::env::args().nth(1);
    let read = match &path {
        Some(p) => std::fs::read_to_string(p).map(|t| text = t),
        None => std::io::stdin().read_to_string(&mut text).map(|_| ()),
    };
    if let Err(e) = read {
        eprintln!("romanize_list: {}: {e}", path.as_deref().unwrap_or("stdin"));
        std::process::exit(2);
    }
    let (mut hit, mut all) = (0, 0);
    for line in text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let mut cols = line.split('\t');
        let (Some(ar), Some(ok)) = (cols.next(), cols.next()) else {
            continue;
        };
        let got = rasd_entities::romanize(ar);
        let good = ok.split('|').any(|o| o.eq_ignore_ascii_case(&got));
        all += 1;
        hit += usize::from(good);
        println!("{}\t{ar}\t{got}\t{ok}", if good { "ok" } else { "--" });
    }
    println!("{hit}/{all} exact");
}
