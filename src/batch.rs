//! Batches: many documents analysed in parallel, delivered in input order.
//!
//! A class folder can hold thousands of resumes, so the whole batch never sits in memory.
//! At most a window of documents is in flight at once: each worker reads, analyses and
//! renders one document into its own buffer, and the caller's sink receives the results
//! strictly in input order, as soon as a result and all results before it are ready. The
//! output is therefore the same bytes whatever the number of threads, and a slow document
//! holds back only the output after it, never the work.

use std::collections::BTreeMap;
use std::io;
use std::sync::{Condvar, Mutex, PoisonError};

/// How many results may wait per worker thread before the reader stops handing out work.
const WINDOW_PER_THREAD: usize = 16;

/// Run `work` on every item with `jobs` threads and hand the results to `sink` in the
/// order of `items`. `jobs == 0` means rayon's global pool, one thread per core; any other
/// count gets a pool of its own for this call. The first error from `sink` stops the batch
/// (work already started finishes) and is returned.
///
/// The global pool's threads outlive the call, and with them what each thread keeps warm:
/// its word cache and the pattern matchers' lazily built states. A pool of its own starts
/// every call with new threads that build all of that again, about a sixth more work on a
/// batch of a few hundred documents.
///
/// The worker that finishes the next result in order hands it, and any after it that are
/// ready, to `sink` itself: passing every result back to the thread that hands out the work
/// woke that thread once per document, which cost a twentieth of a batch. That thread wakes
/// only when the window it waits on is half free.
pub fn for_each_ordered<T, R, W, S>(items: T, jobs: usize, work: W, sink: S) -> io::Result<()>
where
    T: IntoIterator,
    T::Item: Send,
    R: Send,
    W: Fn(T::Item) -> R + Sync,
    S: FnMut(R) -> io::Result<()> + Send,
{
    let pool = match jobs {
        0 => None,
        jobs => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(jobs)
                .build()
                .map_err(io::Error::other)?,
        ),
    };
    let threads = pool.as_ref().map_or_else(
        rayon::current_num_threads,
        rayon::ThreadPool::current_num_threads,
    );
    let delivery = Mutex::new(Delivery {
        pending: BTreeMap::new(),
        started: 0,
        delivered: 0,
        waiting: false,
        sink,
        error: None,
    });
    let room = Condvar::new();
    let window = WINDOW_PER_THREAD * threads.max(1);
    match &pool {
        Some(pool) => {
            pool.in_place_scope(|scope| hand_out(scope, items, &work, &delivery, &room, window))
        }
        None => {
            rayon::in_place_scope(|scope| hand_out(scope, items, &work, &delivery, &room, window))
        }
    }
    let delivery = delivery
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner);
    delivery.error.map_or(Ok(()), Err)
}

/// Spawn `work` on each item in `scope`, keeping at most `window` results between the
/// first not yet delivered and the last handed out.
fn hand_out<'scope, T, R, W, S>(
    scope: &rayon::Scope<'scope>,
    items: T,
    work: &'scope W,
    shared: &'scope Mutex<Delivery<R, S>>,
    room: &'scope Condvar,
    window: usize,
) where
    T: IntoIterator,
    T::Item: Send + 'scope,
    R: Send,
    W: Fn(T::Item) -> R + Sync,
    S: FnMut(R) -> io::Result<()> + Send,
{
    let lock = || shared.lock().unwrap_or_else(PoisonError::into_inner);
    for (index, item) in items.into_iter().enumerate() {
        let mut d = lock();
        if d.started - d.delivered >= window {
            d.waiting = true;
            while d.started - d.delivered > window / 2 && d.error.is_none() {
                d = room.wait(d).unwrap_or_else(PoisonError::into_inner);
            }
            d.waiting = false;
        }
        if d.error.is_some() {
            break;
        }
        d.started += 1;
        drop(d);
        scope.spawn(move |_| {
            let result = work(item);
            let mut d = lock();
            d.pending.insert(index, result);
            d.deliver();
            if d.waiting && (d.started - d.delivered <= window / 2 || d.error.is_some()) {
                room.notify_one();
            }
        });
    }
}

/// The state the workers share: results waiting for those before them, and the sink.
struct Delivery<R, S> {
    /// Finished results not yet delivered, by input index.
    pending: BTreeMap<usize, R>,
    /// How many items have been handed out.
    started: usize,
    /// How many results the sink has had.
    delivered: usize,
    /// The thread handing out items waits for room in the window.
    waiting: bool,
    sink: S,
    /// The sink's first error; no result is delivered after it.
    error: Option<io::Error>,
}

impl<R, S: FnMut(R) -> io::Result<()>> Delivery<R, S> {
    /// Hand the sink every result that is next in order.
    fn deliver(&mut self) {
        while let Some(result) = self.pending.remove(&self.delivered) {
            self.delivered += 1;
            if self.error.is_none() {
                if let Err(err) = (self.sink)(result) {
                    self.error = Some(err);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_arrive_in_input_order_whatever_the_threads() {
        for jobs in [0, 1, 2, 4] {
            let mut out = Vec::new();
            for_each_ordered(
                0..500u64,
                jobs,
                |i| {
                    // Uneven work, so later items often finish first.
                    let spin = (i * 7919) % 5000;
                    (0..spin).fold(i, |a, b| a.wrapping_add(b)) - (0..spin).sum::<u64>()
                },
                |r| {
                    out.push(r);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(out, (0..500).collect::<Vec<_>>(), "jobs {jobs}");
        }
    }

    #[test]
    fn a_sink_error_stops_the_batch() {
        let mut seen = 0;
        let result = for_each_ordered(
            0..1000,
            2,
            |i| i,
            |i| {
                seen += 1;
                if i == 10 {
                    Err(io::Error::other("stop"))
                } else {
                    Ok(())
                }
            },
        );
        assert!(result.is_err());
        assert_eq!(seen, 11);
    }

    #[test]
    fn empty_input_is_fine() {
        for_each_ordered(Vec::<u8>::new(), 2, |i| i, |_| Ok(())).unwrap();
    }
}
