//! Tag a CoNLL token file (or stdin) with the embedded model: `rasd-ner-conll [FILE]`.
//! Same behaviour as `rasd ner --conll`, see `rasd_ner::tag_conll`.

use std::io::{BufReader, BufWriter};
use std::process::ExitCode;

fn main() -> ExitCode {
    let out = BufWriter::new(std::io::stdout().lock());
    let res = match std::env::args().nth(1) {
        Some(path) => match std::fs::File::open(&path) {
            Ok(f) => rasd_ner::tag_conll(BufReader::new(f), out),
            Err(e) => {
                eprintln!("rasd-ner-conll: {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
        None => rasd_ner::tag_conll(std::io::stdin().lock(), out),
    };
    match res {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rasd-ner-conll: {e}");
            ExitCode::FAILURE
        }
    }
}
