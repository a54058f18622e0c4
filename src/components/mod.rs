//! Small reusable views.

mod action_item;
mod alliance_picker;
mod back_link;
pub mod charts;
mod disclosure;
mod due_field;
mod file_drop;
mod language;
mod lead_form;
pub mod module_detail;
pub mod module_section;
mod next_step;
mod notices;
mod parties;
mod paste_area;
mod portfolio;
mod previous;
mod progress;
mod qr;
mod question;
mod reopen;
mod report_input;
mod report_menu;
mod report_view;
mod resume;
mod scores;
mod share_link;
pub mod subjects;
mod summary;
mod table_scroll;

pub use action_item::ActionItem;
pub use alliance_picker::AlliancePicker;
pub use back_link::BackLink;
pub use disclosure::Disclosure;
pub use due_field::DueField;
pub use file_drop::{FileDrop, FilesAction, LoadedFile, LoadedFiles};
pub use language::{LanguageMenu, LanguageProvider};
pub use lead_form::LeadFormView;
pub use next_step::{NextStepBlock, printed_contact};
pub use notices::Notices;
pub use paste_area::PasteArea;
pub use progress::Progress;
pub use qr::QrCodeImage;
pub use question::{QuestionCard, question_anchor};
pub use reopen::ReopenReport;
pub use report_input::{ReportInput, SideInput};
pub use report_menu::ReportMenu;
pub use report_view::{
    CallToAction, ContentRef, NextStep, ReportView, ReportViewProps, own_company,
};
pub use resume::ResumeOffer;
pub use scores::ScoresByDimension;
pub use share_link::{CopyLink, ShareLink, short_link};
pub use subjects::{PartiesEditor, PortfolioEditor, add_typed_names};
pub use summary::ExecutiveSummary;
pub use table_scroll::TableScroll;
