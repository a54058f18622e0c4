//! Two reports side by side: our view against our partner's, or this quarter against last.

use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::browser;
use crate::components::ContentRef;
use crate::components::charts::{Datum, NamedBars};
use crate::components::{BackLink, CopyLink, ReportInput, SideInput, TableScroll, short_link};
use crate::words::use_words;
use partnering_core::compare::{Comparison, DimensionDelta, compare};
use partnering_core::display::{level_name, signed, value_text, whole};
use partnering_core::i18n::Words;
use partnering_core::model::Content;
use partnering_core::pasted::{ComparePayload, ReadError, read};
use partnering_core::route::Route;
use partnering_core::scoring::score;
use partnering_core::share;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub payload: Option<AttrValue>,
}

fn initial_sides(words: &Words, payload: Option<&str>) -> [SideInput; 2] {
    let shared = payload.and_then(ComparePayload::decode);
    let side = |i: usize, default: &str| SideInput {
        label: shared
            .as_ref()
            .and_then(|p| p.labels.get(i).cloned())
            .unwrap_or_else(|| default.to_owned()),
        text: shared
            .as_ref()
            .and_then(|p| p.tokens.get(i).cloned())
            .unwrap_or_default(),
        file_error: None,
    };
    [
        side(0, words.get("compare.us")),
        side(1, words.get("compare.partner")),
    ]
}

fn level_change(words: &Words, content: &Content, a: Option<u8>, b: Option<u8>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if a == b => {
            words.fill("compare.both", &[("level", level_name(content, a).into())])
        }
        (Some(a), Some(b)) => format!("{} → {}", level_name(content, a), level_name(content, b)),
        _ => "–".into(),
    }
}

#[component(ComparePage)]
pub fn compare_page(props: &CompareProps) -> Html {
    let app = use_assessment();
    let words = use_words();
    let sides = use_state(|| initial_sides(&words, props.payload.as_deref()));
    // Read again only when a pasted text changes, not on every keystroke in a label.
    let texts = [sides[0].text.clone(), sides[1].text.clone()];
    let parsed = use_memo(texts, |texts| {
        texts
            .iter()
            .map(|text| (!text.trim().is_empty()).then(|| read(app.content, text)))
            .collect::<Vec<Option<Result<_, ReadError>>>>()
    });
    let inputs = sides.iter().enumerate().map(|(i, side)| {
        let on_change = {
            let sides = sides.clone();
            Callback::from(move |value: SideInput| {
                let mut next = (*sides).clone();
                if let Some(slot) = next.get_mut(i) {
                    *slot = value;
                }
                sides.set(next);
            })
        };
        let error = parsed.get(i).cloned().flatten().and_then(Result::err);
        let legend = words
            .get(if i == 0 { "compare.first" } else { "compare.second" })
            .to_owned();
        html! { <ReportInput id={format!("side-{i}")} {legend} value={side.clone()} {error} {on_change} /> }
    });
    let results = match (
        parsed.first().cloned().flatten(),
        parsed.get(1).cloned().flatten(),
    ) {
        (Some(Ok(a)), Some(Ok(b))) => {
            let comparison = compare(&score(app.content, &a), &score(app.content, &b));
            let labels = [sides[0].label.clone(), sides[1].label.clone()];
            let payload = ComparePayload {
                tokens: [
                    share::encode(app.content, &a),
                    share::encode(app.content, &b),
                ],
                labels: labels.clone(),
            };
            let link = browser::link_to(&Route::Compare(Some(payload.encode())));
            html! { <ComparisonView {comparison} {labels} {link} content={ContentRef(app.content)} /> }
        }
        _ => {
            html! { <p class="hint">{ words.get("compare.hint") }</p> }
        }
    };
    html! {
        <>
            <BackLink />
            <h1 id="page-heading" tabindex="-1">{ words.get("compare.title") }</h1>
            <p class="lead no-print">{ words.get("compare.lead") }</p>
            <div class="compare-inputs no-print">{ for inputs }</div>
            { results }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ComparisonViewProps {
    /// The content, for level names.
    content: ContentRef,
    comparison: Comparison,
    labels: [String; 2],
    link: AttrValue,
}

/// The dimensions both reports scored, in the content's order of modules and dimensions (the
/// table is ordered by where the two differ most), so the chart always reads the same way.
fn charted<'a>(content: &Content, comparison: &'a Comparison) -> Vec<&'a DimensionDelta> {
    content
        .modules
        .iter()
        .flat_map(|module| {
            module.dimensions.iter().filter_map(|dimension| {
                comparison.dimensions.iter().find(|d| {
                    d.module == module.id
                        && d.dimension == dimension.id
                        && d.scores.a.is_some()
                        && d.scores.b.is_some()
                })
            })
        })
        .collect()
}

#[component(ComparisonView)]
fn comparison_view(props: &ComparisonViewProps) -> Html {
    let ComparisonViewProps {
        comparison,
        labels,
        link,
        content,
    } = props;
    let words = use_words();
    let content = content.0;
    let [la, lb] = labels;
    let overall = overall_line(&words, la, lb, comparison);
    let labelled = |key: &str| words.fill(key, &[("a", la.into()), ("b", lb.into())]);
    let charted = charted(content, comparison);
    let series = |pick: fn(&DimensionDelta) -> Option<f64>| -> Vec<Datum> {
        charted
            .iter()
            .map(|d| Datum {
                label: d.title.clone(),
                value: pick(d),
            })
            .collect()
    };
    let rows = comparison.dimensions.iter().map(|d| {
        html! {
            <tr>
                <th scope="row">{ format!("{} — {}", d.module_title, d.title) }</th>
                <td>{ value_text(d.scores.a) }</td>
                <td>{ value_text(d.scores.b) }</td>
                <td class="delta">{ signed(d.scores.delta) }</td>
                <td>{ level_change(&words, content, d.scores.level_a, d.scores.level_b) }</td>
            </tr>
        }
    });
    let print = Callback::from(|_| browser::print());
    html! {
        <section class="comparison" aria-labelledby="comparison-heading">
            <h2 id="comparison-heading">{ labelled("compare.heading") }</h2>
            <p class="overall-compare">{ overall }</p>
            if comparison.versions_differ {
                <p class="notice caveat">{ words.get("compare.editions") }</p>
            }
            if !charted.is_empty() {
                <figure class="chart-figure">
                    <NamedBars id="compare-bars" title={labelled("compare.chart")} data={series(|d| d.scores.a)} second={Some(series(|d| d.scores.b))} />
                    <figcaption class="legend"><span class="key first"></span><bdi>{ la }</bdi>{ " " }<span class="key second"></span><bdi>{ lb }</bdi></figcaption>
                </figure>
            }
            <h3>{ words.get("compare.differ_most") }</h3>
            <TableScroll label={words.get("compare.table").to_owned()}>
                <table class="compare-table">
                    <thead><tr><th scope="col">{ words.get("module.dimension") }</th><th scope="col"><bdi>{ la }</bdi></th><th scope="col"><bdi>{ lb }</bdi></th><th scope="col">{ words.get("compare.difference") }</th><th scope="col">{ words.get("compare.level") }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </TableScroll>
            if !comparison.left_out.is_empty() {
                <h3>{ words.get("compare.left_out") }</h3>
                <ul>{ for comparison.left_out.iter().map(|l| html! { <li>{ l.in_words(&words) }</li> }) }</ul>
            }
            <div class="actions no-print"><button onclick={print}>{ words.get("compare.print") }</button></div>
            <div class="share-line no-print">
                <CopyLink url={link.clone()} label={words.get("compare.copy_link").to_owned()} />
                <p class="share-url">{ words.get("compare.open_it") }<a href={link.clone()}>{ short_link(link) }</a></p>
            </div>
        </section>
    }
}

/// "Overall: Us 62, Partner 48 (+14).", or "not scored" for a side without an overall score.
fn overall_line(words: &Words, la: &str, lb: &str, comparison: &Comparison) -> String {
    let score = |value: Option<f64>| {
        value.map_or_else(
            || words.get("compare.not_scored").to_owned(),
            |v| whole(v).to_string(),
        )
    };
    let (score_a, score_b) = (score(comparison.overall.a), score(comparison.overall.b));
    let delta = signed(comparison.overall.delta);
    words.fill(
        "compare.overall",
        &[
            ("a", la.into()),
            ("b", lb.into()),
            ("score_a", (&score_a).into()),
            ("score_b", (&score_b).into()),
            ("delta", (&delta).into()),
        ],
    )
}
