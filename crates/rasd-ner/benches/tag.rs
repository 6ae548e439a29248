//! Throughput of `rasd_ner::tag` over the committed fixture of ANERcorp train sentences
//! (`benches/fixture.txt`, CC BY-SA 4.0, see data/README.md).

use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn fixture() -> Vec<Vec<String>> {
    let text = include_str!("fixture.txt");
    text.split("\n\n")
        .map(|s| {
            s.lines()
                .filter_map(|l| l.split_whitespace().next())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

fn bench(c: &mut Criterion) {
    let sents = fixture();
    let sents: Vec<Vec<&str>> = sents
        .iter()
        .map(|s| s.iter().map(String::as_str).collect())
        .collect();
    let tokens: usize = sents.iter().map(Vec::len).sum();
    // Load outside the measurement, and report load time once.
    let t = Instant::now();
    let _ = rasd_ner::tag(&["تحميل"]);
    eprintln!(
        "model load + first sentence: {:.3}s",
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    let mut n = 0usize;
    for _ in 0..5 {
        for s in &sents {
            n += rasd_ner::tag(s).len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "{} sentences, {tokens} tokens: {:.0} tokens/s (one core)",
        sents.len(),
        n as f64 / secs
    );
    let mut g = c.benchmark_group("ner");
    g.throughput(Throughput::Elements(tokens as u64));
    g.bench_function("tag_fixture", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in &sents {
                n += rasd_ner::tag(s).len();
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
