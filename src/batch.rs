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
use std::sync::mpsc;

/// How many results may wait per worker thread before the reader stops handing out work.
const WINDOW_PER_THREAD: usize = 16;

/// Run `work` on every item with `jobs` threads and hand the results to `sink` in the
/// order of `items`. `jobs == 0` means one thread per core. The first error from `sink`
/// stops the batch (work already started finishes) and is returned.
pub fn for_each_ordered<T, R, W, S>(items: T, jobs: usize, work: W, mut sink: S) -> io::Result<()>
where
    T: IntoIterator,
    T::Item: Send,
    R: Send,
    W: Fn(T::Item) -> R + Sync,
    S: FnMut(R) -> io::Result<()>,
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(io::Error::other)?;
    let window = WINDOW_PER_THREAD * pool.current_num_threads().max(1);
    let (tx, rx) = mpsc::channel::<(usize, R)>();
    let work = &work;
    pool.in_place_scope(|scope| {
        let mut items = items.into_iter().enumerate();
        let mut pending: BTreeMap<usize, R> = BTreeMap::new();
        let (mut started, mut delivered) = (0usize, 0usize);
        let mut exhausted = false;
        loop {
            while !exhausted && started - delivered < window {
                match items.next() {
                    Some((index, item)) => {
                        let tx = tx.clone();
                        scope.spawn(move |_| {
                            // The receiver only goes away after the scope ends.
                            let _ = tx.send((index, work(item)));
                        });
                        started += 1;
                    }
                    None => exhausted = true,
                }
            }
            if delivered == started {
                return Ok(());
            }
            let (index, result) = rx.recv().map_err(io::Error::other)?;
            pending.insert(index, result);
            while let Some(result) = pending.remove(&delivered) {
                sink(result)?;
                delivered += 1;
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_arrive_in_input_order_whatever_the_threads() {
        for jobs in [1, 2, 4] {
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
