//! One component per screen.

mod choose;
mod compare;
mod gap;
mod invite;
mod leaving;
mod not_found;
mod plan;
mod report;
mod report_actions;
mod review;
mod shared;
mod step;
mod team;
mod welcome;

pub use choose::ChoosePage;
pub use compare::ComparePage;
pub use gap::GapPage;
pub use invite::InvitePage;
pub use not_found::NotFoundPage;
pub use plan::PlanPage;
pub use report::ReportPage;
pub use review::ReviewPage;
pub use shared::SharedPage;
pub use step::StepPage;
pub use team::TeamPage;
pub use welcome::WelcomePage;
