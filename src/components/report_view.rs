//! The printable body of a report, shared by one's own report and a shared one: title and
//! toolbar, the executive summary, the scores chart, a section per module and the share link.

use yew::prelude::*;

use crate::browser;
use crate::components::charts::{Datum, Radar};
use crate::components::module_section::ModuleSection;
use crate::components::{ExecutiveSummary, ShareLink};
use partnering_core::model::Content;
use partnering_core::scoring::Report;

/// The bundled content, compared by address.
#[derive(Clone, Copy)]
pub struct ContentRef(pub &'static Content);

impl PartialEq for ContentRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// What the consultancy invites the reader to do next.
#[derive(Debug, Clone, PartialEq)]
pub struct CallToAction {
    pub text: AttrValue,
    pub label: AttrValue,
    /// `None`: the text stands alone.
    pub url: Option<AttrValue>,
}

impl CallToAction {
    pub fn from_config(config: &partnering_core::config::Config) -> CallToAction {
        CallToAction {
            text: config.cta_text.clone().into(),
            label: config.cta_label.clone().into(),
            url: config.cta_url.clone().map(AttrValue::from),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ReportViewProps {
    pub report: Report,
    pub content: ContentRef,
    /// The link that reopens this report; printed with the report.
    pub share_url: AttrValue,
    /// Who offers the assessment, for the printed page header.
    pub consultancy: AttrValue,
    /// The report's date (YYYY-MM-DD), printed in the header.
    pub date: AttrValue,
    /// The consultancy's call to action, shown in the summary.
    #[prop_or_default]
    pub cta: Option<CallToAction>,
    /// The report's actions (print, downloads, change, start over), shown after the title.
    #[prop_or_default]
    pub toolbar: Html,
}

/// Every rated own dimension, keyed by module letter and position ("A1").
fn radar_data(report: &Report) -> Vec<Datum> {
    report
        .modules
        .iter()
        .filter(|m| m.rating().is_some())
        .flat_map(|m| {
            m.dimensions
                .iter()
                .filter(|d| d.score.is_some())
                .zip(1..)
                .map(move |(d, at)| Datum {
                    label: d.title.clone(),
                    key: format!("{}{at}", m.letter),
                    value: d.score.map(|s| s.value),
                })
        })
        .collect()
}

#[component(ReportView)]
pub fn report_view(props: &ReportViewProps) -> Html {
    let report = &props.report;
    let radar = radar_data(report);
    {
        let (consultancy, date) = (props.consultancy.clone(), props.date.clone());
        use_effect_with((consultancy, date), |(consultancy, date)| {
            browser::set_print_header(consultancy, &format!("Partnering maturity report · {date}"));
        });
    }
    html! {
        <article class="report">
            <header class="report-head">
                <h1 id="page-heading" tabindex="-1">{ if report.quick { "Your partnering quick check" } else { "Your partnering maturity report" } }</h1>
                <p class="report-meta">{ format!("{} · ", props.consultancy) }<span class="nowrap">{ props.date.clone() }</span></p>
                { props.toolbar.clone() }
            </header>
            <ExecutiveSummary report={report.clone()} content={props.content} cta={props.cta.clone()} share_url={props.share_url.clone()} />
            if !radar.is_empty() {
                <section class="scores" aria-labelledby="scores-heading">
                    <h2 id="scores-heading">{ "Scores by dimension" }</h2>
                    <figure class="chart-figure">
                        <Radar id="overall-radar" title="Scores by dimension across the modules taken" data={radar} />
                    </figure>
                </section>
            }
            { for report.modules.iter().map(|m| html! { <ModuleSection result={m.clone()} content={props.content} /> }) }
            <ShareLink url={props.share_url.clone()} />
        </article>
    }
}
