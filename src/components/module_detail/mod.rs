//! Each module's own view in the report: the seam heatmap (A), the signs table per company
//! (B), the tier portfolio (C) and the trust profile with top risks (D), one component each.

mod seams;
mod signs;
mod tiers;
mod trust;

use yew::prelude::*;

use crate::components::ContentRef;
use partnering_core::scoring::{ModuleDetail, ModuleResult};
use seams::SeamsView;
use signs::SignsView;
use tiers::TiersView;
use trust::TrustView;

#[derive(Properties, PartialEq)]
pub struct ModuleDetailProps {
    pub result: ModuleResult,
    pub content: ContentRef,
}

#[component(ModuleDetailView)]
pub fn module_detail_view(props: &ModuleDetailProps) -> Html {
    let (result, content) = (&props.result, props.content.0);
    let module = content.module(&result.id);
    match result.detail.clone() {
        ModuleDetail::Collaboration {
            functions,
            present,
            seams,
            collaboration_index,
            weakest_seams,
        } => {
            html! { <SeamsView {functions} {present} {seams} {collaboration_index} {weakest_seams} /> }
        }
        ModuleDetail::Signs { parties } => {
            let titles: Vec<String> = module
                .map(|m| m.dimensions.iter().map(|d| d.title.clone()).collect())
                .unwrap_or_default();
            html! { <SignsView {titles} {parties} /> }
        }
        ModuleDetail::Tiering {
            partners,
            declared,
            recommended,
            findings,
            red_flags,
        } => {
            let rules = module.and_then(|m| m.tiering.clone());
            html! { <TiersView {rules} {partners} {declared} {recommended} {findings} {red_flags} /> }
        }
        ModuleDetail::Health {
            trust_profile,
            top_risks,
            ..
        } => {
            html! { <TrustView id={format!("trust-{}", result.id)} {trust_profile} {top_risks} /> }
        }
    }
}
