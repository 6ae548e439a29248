//! Throughput of the event coder on a synthetic news paragraph (no entity layers).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const PARAGRAPH: &str = "بغداد - استهدفت فصائل مسلحة قواعد في العراق تضم قوات أميركية، ما أدى إلى إصابة سبعة أميركيين. \
وقتل مزارع فلسطيني بقصف إسرائيلي على قطاع غزة، وأصيب آخر بجراح. ومن المقرر أن تنظم احتجاجات في المنطقة. \
واتهمت الحركة الحكومة بقمع المتظاهرين، فيما استقبل الوزير سفيرة الولايات المتحدة لبحث المفاوضات الجارية. \
ونفت الحكومة أن تكون قواتها قد قصفت المدينة، وطالبت الفصائل بانسحاب القوات الأجنبية.\n";

fn bench(c: &mut Criterion) {
    let text = PARAGRAPH.repeat(50);
    let mut g = c.benchmark_group("events");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("paragraphs_x50", |b| {
        b.iter(|| rasd_events::events(&text, &[], &[], &[], Some("2024-09-01")))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
