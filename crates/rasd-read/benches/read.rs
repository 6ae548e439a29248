//! Throughput of the readers: HTML extraction of a full news page, and JSONL parsing.

use std::io::Cursor;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use rasd_read::{html, read_reader, Format, Origin, ReadOptions};

const PAGE: &str = include_str!("../tests/fixtures/alarab-2024-09-01.html");
const ARTICLE: &str = include_str!("../tests/fixtures/alarab-2024-09-01.txt");

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("read");
    group.throughput(Throughput::Bytes(PAGE.len() as u64));
    group.bench_function("html_page", |b| {
        b.iter(|| {
            let origin = Origin {
                path: "p.html".into(),
                line: None,
            };
            html::parse_html_bytes(PAGE.as_bytes(), "p".into(), origin)
        })
    });

    let line =
        serde_json::json!({ "id": "a", "published": "2024-09-01", "text": ARTICLE }).to_string();
    let jsonl = format!("{line}\n").repeat(200);
    group.throughput(Throughput::Bytes(jsonl.len() as u64));
    group.bench_function("jsonl_200_articles", |b| {
        b.iter_batched(
            || Cursor::new(jsonl.clone().into_bytes()),
            |input| {
                read_reader(
                    input,
                    "a.jsonl",
                    Some(Format::Jsonl),
                    &ReadOptions::default(),
                )
                .count()
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
