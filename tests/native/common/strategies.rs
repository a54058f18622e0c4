//! Proptest settings shared by every property test.

use partnering_core::model::Tier;
use proptest::prelude::*;
use proptest::test_runner::FailurePersistence;

/// Cases per property: `PROPTEST_CASES` when set (`make fuzz` sets 100 000), otherwise
/// `default`, chosen per property so the whole suite stays quick on two cores.
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.trim().parse().ok())
        .unwrap_or(default)
}

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
