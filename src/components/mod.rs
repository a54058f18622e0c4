//! Small reusable views.

pub mod charts;
pub mod module_section;
mod notices;
mod progress;
mod question;
pub mod subjects;

pub use notices::Notices;
pub use progress::Progress;
pub use question::QuestionCard;
pub use subjects::SubjectsEditor;
