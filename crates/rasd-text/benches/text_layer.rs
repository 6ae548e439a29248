//! Criterion benchmarks of the text layer on the committed reference article.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

const ARTICLE: &str = include_str!("../tests/fixtures/alarab-2024-09-01.txt");

fn bench(c: &mut Criterion) {
    // Load the embedded tables and word list outside the measurement.
    let _ = rasd_text::analyze(ARTICLE);
    let mut g = c.benchmark_group("text_layer");
    g.throughput(Throughput::Bytes(ARTICLE.len() as u64));
    g.bench_function("normalize", |b| {
        b.iter(|| rasd_text::normalize(black_box(ARTICLE)))
    });
    g.bench_function("sentences", |b| {
        b.iter(|| rasd_text::sentences(black_box(ARTICLE)))
    });
    g.bench_function("analyze", |b| {
        b.iter(|| rasd_text::analyze(black_box(ARTICLE)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
