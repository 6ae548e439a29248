//! Print the name spans `rasd_ner::tag_text` finds in a UTF-8 text file (or stdin).

use std::io::Read;

fn main() {
    let mut text = String::new();
    let res = match std::env::args().nth(1) {
        Some(p) => std::fs::File::open(&p).and_then(|mut f| f.read_to_string(&mut text)),
        None => std::io::stdin().read_to_string(&mut text),
    };
    if let Err(e) = res {
        eprintln!("spans: {e}");
        std::process::exit(1);
    }
    for s in rasd_ner::tag_text(&text) {
        println!("{}\t{}\t{}\t{}", s.start, s.end, s.label.as_str(), s.text);
    }
}
