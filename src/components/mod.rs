//! Small reusable views.

mod action_item;
pub mod charts;
mod disclosure;
mod file_drop;
mod lead_form;
pub mod module_detail;
pub mod module_section;
mod notices;
mod progress;
mod qr;
mod question;
mod reopen;
mod report_input;
mod report_view;
mod resume;
mod share_link;
pub mod subjects;
mod summary;
mod table_scroll;

pub use action_item::ActionItem;
pub use disclosure::Disclosure;
pub use file_drop::{FileDrop, FilesAction, LoadedFile, LoadedFiles};
pub use lead_form::LeadFormView;
pub use notices::Notices;
pub use progress::Progress;
pub use qr::QrCodeImage;
pub use question::{QuestionCard, question_anchor};
pub use reopen::ReopenReport;
pub use report_input::{ReportInput, SideInput};
pub use report_view::{CallToAction, ContentRef, NextStep, ReportView, ReportViewProps};
pub use resume::ResumeOffer;
pub use share_link::ShareLink;
pub use subjects::SubjectsEditor;
pub use summary::ExecutiveSummary;
pub use table_scroll::TableScroll;
