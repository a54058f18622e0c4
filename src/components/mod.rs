//! Small reusable views.

pub mod charts;
pub mod module_section;
mod notices;
mod progress;
mod question;
mod resume;
mod share_link;
pub mod subjects;

pub use notices::Notices;
pub use progress::Progress;
pub use question::QuestionCard;
pub use resume::ResumeOffer;
pub use share_link::ShareLink;
pub use subjects::SubjectsEditor;
