//! Small reusable views.

pub mod charts;
mod file_drop;
pub mod module_section;
mod notices;
mod progress;
mod qr;
mod question;
mod report_input;
mod resume;
mod share_link;
pub mod subjects;
mod table_scroll;

pub use file_drop::{FileDrop, LoadedFile};
pub use notices::Notices;
pub use progress::Progress;
pub use qr::QrCodeImage;
pub use question::QuestionCard;
pub use report_input::{ReportInput, SideInput};
pub use resume::ResumeOffer;
pub use share_link::ShareLink;
pub use subjects::SubjectsEditor;
pub use table_scroll::TableScroll;
