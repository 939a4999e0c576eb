//! Laying text out on several threads and writing it in order, with a bound on what is held:
//! a long report spends much of its time laying out tables that do not depend on one another.

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use crate::error::Result;

/// A piece of work: some text ready to go, then something to lay out after it.
pub(super) struct Job<T> {
    pub text: String,
    pub work: Option<T>,
    /// What the work costs to hold (items in a table), counted against the bound.
    pub weight: usize,
}

/// How much a pipeline may hold: jobs sent but not yet written.
#[derive(Debug, Clone, Copy)]
pub(super) struct Bound {
    pub jobs: usize,
    pub weight: usize,
}

type Done = (usize, std::thread::Result<String>);

/// Runs `feed`, which hands jobs to the function it is given; each job's work is laid out by
/// `lay_out` (on `threads` threads when more than one) after its text, and the results are
/// written to `out` in the order the jobs were given. A job waits to be given while the jobs
/// not yet written are at the bound, unless none are; `held` sees what is held after each
/// job is taken.
pub(super) fn run<T: Send>(
    threads: usize,
    bound: Bound,
    lay_out: &(dyn Fn(&mut String, T) + Sync),
    feed: impl FnOnce(&mut dyn FnMut(Job<T>) -> Result<()>) -> Result<()>,
    out: &mut dyn Write,
    held: &mut dyn FnMut(usize, usize),
) -> Result<()> {
    if threads < 2 {
        return feed(&mut |job| {
            let mut text = job.text;
            if let Some(work) = job.work {
                lay_out(&mut text, work);
            }
            held(1, job.weight);
            out.write_all(text.as_bytes()).map_err(super::output)
        });
    }
    std::thread::scope(|scope| {
        let (jobs_tx, jobs_rx) = mpsc::sync_channel::<(usize, Job<T>)>(threads);
        let jobs_rx = Arc::new(Mutex::new(jobs_rx));
        let (done_tx, done_rx) = mpsc::channel::<Done>();
        for _ in 0..threads {
            let (jobs_rx, done_tx) = (Arc::clone(&jobs_rx), done_tx.clone());
            scope.spawn(move || {
                loop {
                    let next = match jobs_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((n, job)) = next else { return };
                    // A panic is carried to the writer, which would otherwise wait for it.
                    let text = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        let mut text = job.text;
                        if let Some(work) = job.work {
                            lay_out(&mut text, work);
                        }
                        text
                    }));
                    if done_tx.send((n, text)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        let mut order = Order {
            done: &done_rx,
            ready: BTreeMap::new(),
            weights: BTreeMap::new(),
            next: 0,
            sent: 0,
            weight: 0,
            out,
        };
        let fed = feed(&mut |job| {
            while order.sent > order.next
                && (order.sent - order.next >= bound.jobs
                    || order.weight + job.weight > bound.weight)
            {
                order.write_one()?;
            }
            order.weights.insert(order.sent, job.weight);
            order.weight += job.weight;
            held(order.sent + 1 - order.next, order.weight);
            // Workers stop only when this channel closes, after the feed.
            let _ = jobs_tx.send((order.sent, job));
            order.sent += 1;
            Ok(())
        });
        drop(jobs_tx);
        let mut rest = Ok(());
        while order.next < order.sent && rest.is_ok() {
            rest = order.write_one();
        }
        fed.and(rest)
    })
}

/// Results put back in the order their jobs were given, and written.
struct Order<'a> {
    done: &'a mpsc::Receiver<Done>,
    ready: BTreeMap<usize, String>,
    weights: BTreeMap<usize, usize>,
    next: usize,
    sent: usize,
    weight: usize,
    out: &'a mut dyn Write,
}

impl Order<'_> {
    /// Waits for the next job in order to be laid out, and writes it.
    fn write_one(&mut self) -> Result<()> {
        while !self.ready.contains_key(&self.next) {
            let Ok((n, text)) = self.done.recv() else {
                return Err(crate::error::Error::Command(
                    crate::error::command::Refusal::ReportLayoutStopped,
                ));
            };
            match text {
                Ok(text) => {
                    self.ready.insert(n, text);
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        if let Some(text) = self.ready.remove(&self.next) {
            self.out.write_all(text.as_bytes()).map_err(super::output)?;
        }
        self.weight -= self.weights.remove(&self.next).unwrap_or(0);
        self.next += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jobs(n: usize) -> impl FnOnce(&mut dyn FnMut(Job<usize>) -> Result<()>) -> Result<()> {
        move |give| {
            (0..n).try_for_each(|i| {
                give(Job {
                    text: format!("<{i}>"),
                    work: Some(i),
                    weight: 1 + i % 7 * 100,
                })
            })
        }
    }

    #[test]
    fn results_come_out_in_order_holding_no_more_than_the_bound() {
        // Later jobs are quicker, so they finish first and must wait their turn.
        let lay_out = |s: &mut String, i: usize| {
            let spin = (200 - i % 200) * 200;
            let mut x = 0u64;
            for k in 0..spin {
                x = x.wrapping_add(std::hint::black_box(k as u64));
            }
            s.push_str(&format!("{i}:{}\n", x % 2));
        };
        let mut want = Vec::new();
        run(
            1,
            Bound { jobs: 1, weight: 1 },
            &lay_out,
            jobs(300),
            &mut want,
            &mut |_, _| {},
        )
        .expect("one thread");
        for threads in [2, 3, 4] {
            let bound = Bound {
                jobs: 5,
                weight: 450,
            };
            let (mut most_jobs, mut most_weight) = (0, 0);
            let mut got = Vec::new();
            let mut held = |j: usize, w: usize| {
                most_jobs = most_jobs.max(j);
                most_weight = most_weight.max(w);
            };
            run(threads, bound, &lay_out, jobs(300), &mut got, &mut held).expect("threads");
            assert_eq!(got, want, "{threads} threads");
            assert!(most_jobs <= bound.jobs, "{most_jobs} jobs held");
            // One job heavier than the bound may be held, alone.
            assert!(most_weight <= bound.weight.max(601), "{most_weight} held");
            assert!(most_jobs >= 2, "the threads never ran side by side");
        }
    }
}
