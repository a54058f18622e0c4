//! One component per screen.

mod choose;
mod not_found;
mod report;
mod review;
mod shared;
mod step;
mod welcome;

pub use choose::ChoosePage;
pub use not_found::NotFoundPage;
pub use report::{ContentRef, ReportPage, ReportView};
pub use review::ReviewPage;
pub use shared::SharedPage;
pub use step::StepPage;
pub use welcome::WelcomePage;
