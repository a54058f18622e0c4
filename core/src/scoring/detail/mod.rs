//! The module-specific part of each result: seams (A), signs (B), tiers (C), trust (D).

mod collaboration;
mod health;
mod signs;
mod tiering;

pub(crate) use tiering::tier_fit;

use crate::answers::Answers;
use crate::model::{Module, ModuleView};
use crate::scoring::ModuleDetail;

/// The module's own view. `small`: the respondent's company has fewer than 100 people.
pub(crate) fn module_detail(module: &Module, answers: &Answers, small: bool) -> ModuleDetail {
    match module.view {
        ModuleView::Collaboration => collaboration::collaboration(module, answers),
        ModuleView::Signs => signs::signs(module, answers, small),
        ModuleView::Tiering => tiering::tiering(module, answers),
        ModuleView::Health => health::health(module, answers, small),
    }
}
