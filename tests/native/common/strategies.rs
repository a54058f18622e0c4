//! Proptest settings shared by every property test.

use partnering_core::model::Tier;
use proptest::prelude::*;
use proptest::test_runner::FailurePersistence;

/// Cases per property: `PROPTEST_CASES` when set (`make fuzz` sets 100 000); in CI (`CI`
/// set, as `.ci/run` is run) or `make test` the full `default` chosen per property; in a
/// developer's plain `cargo test`, at most `QUICK_CASES`, so the everyday loop takes seconds.
pub fn cases(default: u32) -> u32 {
    let full = std::env::var_os("CI").is_some() || std::env::var_os("PM_FULL_PROPERTIES").is_some();
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.trim().parse().ok())
        .unwrap_or(if full {
            default
        } else {
            default.min(QUICK_CASES)
        })
}

/// Cases per property in a developer's plain `cargo test`.
const QUICK_CASES: u32 = 256;

/// A proptest configuration with `cases(default)` cases; shrunk failures are printed and
/// nothing is written next to the tests.
pub fn config(default: u32) -> ProptestConfig {
    ProptestConfig {
        cases: cases(default),
        failure_persistence: None::<Box<dyn FailurePersistence>>,
        ..ProptestConfig::default()
    }
}

/// Any tier.
pub fn tier() -> impl Strategy<Value = Tier> {
    prop_oneof![
        Just(Tier::Strategic),
        Just(Tier::Tactical),
        Just(Tier::Opportunistic),
        Just(Tier::Exit),
    ]
}
