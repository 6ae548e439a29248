//! Speed of entity assembly on the reference article (gazetteer only), and of loading the
//! gazetteer once.

use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    let text = include_str!("../tests/fixtures/alarab-2024-09-01.txt");
    c.bench_function("gazetteer_load", |b| {
        b.iter(rasd_gazetteer::Gazetteer::load)
    });
    let _ = rasd_gazetteer::Gazetteer::global();
    c.bench_function("entities_reference_article", |b| {
        b.iter(|| rasd_entities::entities(text, &[]))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
