//! Many articles on all cores, delivered in input order with bounded memory.

use std::collections::HashMap;
use std::fmt::Display;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::thread;

use crossbeam_channel::unbounded;
use rasd_doc::Article;

use crate::analyze::{analyze, AnalyzeOptions, Input};
use crate::sink::{Sink, SinkError};

/// What a run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunStats {
    /// Articles analysed and delivered.
    pub articles: usize,
    /// Inputs that could not be read or analysed.
    pub failed: usize,
}

enum Outcome {
    Done(Box<Article>),
    Failed(String),
}

/// Analyse every input on `threads` workers and deliver the articles to `sink` in input order.
///
/// Input errors and analysis failures (a panic in a recogniser is caught, never propagated)
/// are passed to `on_error`, in input order, and the run goes on. At most a few articles per
/// worker are in flight, so memory does not grow with the number of inputs. Stops early only
/// if the sink fails (a closed pipe, say), returning that error.
///
/// Reading and delivering both happen on the calling thread, so neither the input iterator
/// nor the sink has to be `Send` (a locked stdout is not).
pub fn run<I, E, S>(
    inputs: I,
    options: &AnalyzeOptions,
    threads: usize,
    sink: &mut S,
    on_error: &mut dyn FnMut(&str),
) -> Result<RunStats, SinkError>
where
    I: Iterator<Item = Result<Input, E>>,
    E: Display,
    S: Sink + ?Sized,
{
    let threads = threads.max(1);
    let max_in_flight = threads * 4;
    let mut stats = RunStats::default();
    let result: Result<(), SinkError> = thread::scope(|scope| {
        let (work_tx, work_rx) = unbounded::<(usize, Input)>();
        let (done_tx, done_rx) = unbounded::<(usize, Outcome)>();
        for _ in 0..threads {
            let work_rx = work_rx.clone();
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                for (seq, input) in work_rx {
                    let id = input.id.clone().unwrap_or_default();
                    let outcome = match catch_unwind(AssertUnwindSafe(|| analyze(input, options))) {
                        Ok(article) => Outcome::Done(Box::new(article)),
                        Err(panic) => Outcome::Failed(format!(
                            "{id}: internal error while analysing (please report): {}",
                            panic_message(&panic)
                        )),
                    };
                    if done_tx.send((seq, outcome)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(work_rx);
        drop(done_tx);

        // `pending` holds finished outcomes waiting for an earlier one; together with the
        // queued work it never exceeds `max_in_flight`, which bounds memory.
        let mut pending: HashMap<usize, Outcome> = HashMap::new();
        let mut inputs = inputs.enumerate();
        let mut next_to_deliver = 0usize;
        let mut next_seq = 0usize;
        let mut exhausted = false;
        loop {
            if !exhausted && next_seq - next_to_deliver < max_in_flight {
                match inputs.next() {
                    Some((seq, Ok(input))) => {
                        next_seq = seq + 1;
                        if work_tx.send((seq, input)).is_err() {
                            break;
                        }
                    }
                    Some((seq, Err(e))) => {
                        next_seq = seq + 1;
                        pending.insert(seq, Outcome::Failed(e.to_string()));
                    }
                    None => exhausted = true,
                }
                // Deliver whatever is already done without waiting.
                while let Ok((seq, outcome)) = done_rx.try_recv() {
                    pending.insert(seq, outcome);
                }
            } else if next_to_deliver < next_seq && !pending.contains_key(&next_to_deliver) {
                match done_rx.recv() {
                    Ok((seq, outcome)) => {
                        pending.insert(seq, outcome);
                    }
                    Err(_) => break,
                }
            } else if exhausted && next_to_deliver == next_seq {
                break;
            }
            while let Some(outcome) = pending.remove(&next_to_deliver) {
                match outcome {
                    Outcome::Done(article) => {
                        sink.article(&article)?;
                        stats.articles += 1;
                    }
                    Outcome::Failed(message) => {
                        on_error(&message);
                        stats.failed += 1;
                    }
                }
                next_to_deliver += 1;
            }
        }
        drop(work_tx);
        Ok(())
    });
    result?;
    sink.finish()?;
    Ok(stats)
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sink::VecSink;

    fn input(i: usize) -> Input {
        Input {
            id: Some(format!("a{i}")),
            text: "و".repeat(i % 50 * 1000),
            ..Default::default()
        }
    }

    #[test]
    fn output_keeps_input_order_on_many_threads() {
        let inputs = (0..200).map(|i| Ok::<_, String>(input(i)));
        let mut sink = VecSink::default();
        let stats = run(
            inputs,
            &AnalyzeOptions::default(),
            4,
            &mut sink,
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(
            stats,
            RunStats {
                articles: 200,
                failed: 0
            }
        );
        let ids: Vec<_> = sink.articles.iter().map(|a| a.id.clone()).collect();
        let want: Vec<_> = (0..200).map(|i| format!("a{i}")).collect();
        assert_eq!(ids, want);
    }

    #[test]
    fn input_errors_are_reported_in_order_and_the_run_goes_on() {
        let inputs = (0..10).map(|i| {
            if i % 3 == 1 {
                Err(format!("bad {i}"))
            } else {
                Ok(input(i))
            }
        });
        let mut sink = VecSink::default();
        let mut errors = Vec::new();
        let stats = run(inputs, &AnalyzeOptions::default(), 2, &mut sink, &mut |e| {
            errors.push(e.to_string())
        })
        .unwrap();
        assert_eq!(
            stats,
            RunStats {
                articles: 7,
                failed: 3
            }
        );
        assert_eq!(errors, ["bad 1", "bad 4", "bad 7"]);
    }

    struct FailingSink(usize);
    impl Sink for FailingSink {
        fn article(&mut self, _: &Article) -> Result<(), SinkError> {
            self.0 += 1;
            if self.0 == 3 {
                Err(SinkError::Other("disk full".into()))
            } else {
                Ok(())
            }
        }
    }

    #[test]
    fn a_failing_sink_stops_the_run_without_hanging() {
        let inputs = (0..10_000).map(|i| Ok::<_, String>(input(i)));
        let err = run(
            inputs,
            &AnalyzeOptions::default(),
            3,
            &mut FailingSink(0),
            &mut |_| {},
        )
        .unwrap_err();
        assert!(err.to_string().contains("disk full"));
    }
}
