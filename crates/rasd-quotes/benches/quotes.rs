//! Speed of the quote recogniser on the reference article and on a long synthetic article
//! (the same article 60 times, ≈ 418 KB). Both report bytes per second: if the recogniser is
//! linear in the text's length the two throughputs are close; a quadratic part shows as a
//! long-article throughput many times lower.
//!
//! Entities come from `rasd_entities::entities`, computed once outside the timed loop, as the
//! pipeline passes them in.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// How many copies make the long article.
const COPIES: usize = 60;

fn bench(c: &mut Criterion) {
    let article = include_str!("fixtures/alarab-2024-09-01.txt");
    let long = vec![article; COPIES].join("\n\n");
    let mut group = c.benchmark_group("quotes");
    group.sample_size(20);
    for (name, text) in [
        ("reference_article", article.to_string()),
        ("long_x60", long),
    ] {
        let entities = rasd_entities::entities(&text, &[]);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| rasd_quotes::quotes(t, &entities))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
