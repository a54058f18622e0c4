//! Ordering lists by a rank: one sort for every list the core orders (actions, risks, seams,
//! comparison rows), so the wasm carries one sort routine instead of one per call site.

/// A rank is compared field by field, smallest first; ties keep the list's order.
pub type Rank = (i64, i64);

/// A value (a score, a priority) as a whole-number rank field, to a thousandth. Not-a-number
/// ranks last.
pub fn rank_of(value: f64) -> i64 {
    if value.is_nan() {
        i64::MAX
    } else {
        (value.clamp(-1.0e12, 1.0e12) * 1000.0).round() as i64
    }
}

/// `items` ordered by `rank`, smallest first; items of equal rank keep their order.
pub fn sorted_by_rank<T>(items: Vec<T>, rank: impl Fn(&T) -> Rank) -> Vec<T> {
    let mut keys: Vec<(Rank, usize)> = items
        .iter()
        .enumerate()
        .map(|(at, item)| (rank(item), at))
        .collect();
    keys.sort_unstable();
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    keys.into_iter()
        .filter_map(|(_, at)| slots.get_mut(at).and_then(Option::take))
        .collect()
}
