//! Prints what rasd-read makes of its arguments:
//! `cargo run -p rasd-read --example dump -- [--stats] FILE…`.
//! With `--stats`, prints only counts (articles, errors, text bytes), for measuring.

fn main() {
    let mut inputs: Vec<String> = std::env::args().skip(1).collect();
    let stats = inputs.first().is_some_and(|a| a == "--stats");
    if stats {
        inputs.remove(0);
    }
    let (mut articles, mut errors, mut bytes) = (0usize, 0usize, 0usize);
    for item in rasd_read::read_inputs(&inputs) {
        match item {
            Ok(a) => {
                articles += 1;
                bytes += a.text.len();
                if !stats {
                    let line = a.origin.line.map(|l| format!(":{l}")).unwrap_or_default();
                    println!("== {} ({}{line})", a.id, a.origin.path);
                    println!("title: {:?}\npublished: {:?}", a.title, a.published);
                    println!("source: {:?}\nurl: {:?}\n{}\n", a.source, a.url, a.text);
                }
            }
            Err(e) => {
                errors += 1;
                eprintln!("error: {e}");
            }
        }
    }
    if stats {
        println!("articles {articles}, errors {errors}, text bytes {bytes}");
    }
}
