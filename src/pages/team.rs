//! A team's answers combined: mean, range and spread per dimension, disagreements flagged.

use yew::prelude::*;

use crate::assessment::use_assessment;
use crate::browser;
use crate::components::ContentRef;
use crate::components::{
    BackLink, FileDrop, FilesAction, LoadedFile, LoadedFiles, PasteArea, TableScroll,
};
use crate::words::use_words;
use partnering_core::compare::{Side, TeamInput, TeamView, disagreement_rule, team, team_to_csv};
use partnering_core::display::{level_name, signed, whole};
use partnering_core::i18n::Words;
use partnering_core::model::Content;
use partnering_core::pasted::{PasteBox, ReadError, lines, read};

/// What one side brought: its pasted links and its files.
type Sources = (String, Vec<LoadedFile>);

/// Every link and file read and combined: the team view (when any report could be read) and
/// what could not be read, with why.
fn combine(
    words: &Words,
    content: &'static Content,
    ours: &Sources,
    theirs: &Sources,
) -> (Option<TeamView>, Vec<(String, ReadError)>) {
    let mut inputs = Vec::new();
    let mut bad = Vec::new();
    for ((pasted, files), side, prefix) in [
        (ours, Side::Us, ""),
        (theirs, Side::Partner, words.get("team.partner_prefix")),
    ] {
        let entries = lines(pasted).into_iter().enumerate().map(|(i, line)| {
            let link = words.fill("team.link", &[("number", (i + 1).into())]);
            (format!("{prefix}{link}"), Ok(line.to_owned()))
        });
        let file_entries = files
            .iter()
            .map(|f| (format!("{prefix}{}", f.name), f.text.clone()));
        for (label, text) in entries.chain(file_entries) {
            match text.and_then(|t| read(content, &t)) {
                Ok(answers) => inputs.push(TeamInput {
                    label,
                    answers,
                    side,
                }),
                Err(reason) => bad.push((label, reason)),
            }
        }
    }
    let view = (!inputs.is_empty()).then(|| team(content, &inputs));
    (view, bad)
}

#[component(TeamPage)]
pub fn team_page() -> Html {
    let app = use_assessment();
    let words = use_words();
    let pasted = use_state(String::new);
    let files = use_reducer(LoadedFiles::default);
    // Respondents from the partner's side of a two-sided review (optional).
    let partner_pasted = use_state(String::new);
    let partner_files = use_reducer(LoadedFiles::default);
    let on_paste = {
        let pasted = pasted.clone();
        Callback::from(move |text: String| pasted.set(text))
    };
    let on_file = {
        let files = files.clone();
        // Files arrive one at a time; the reducer keeps each one, however fast they come.
        Callback::from(move |file: LoadedFile| files.dispatch(FilesAction::Add(file)))
    };
    let on_partner_paste = {
        let pasted = partner_pasted.clone();
        Callback::from(move |text: String| pasted.set(text))
    };
    let on_partner_file = {
        let files = partner_files.clone();
        Callback::from(move |file: LoadedFile| files.dispatch(FilesAction::Add(file)))
    };
    let clear = {
        let (pasted, files) = (pasted.clone(), files.clone());
        let (partner_pasted, partner_files) = (partner_pasted.clone(), partner_files.clone());
        Callback::from(move |_| {
            pasted.set(String::new());
            files.dispatch(FilesAction::Clear);
            partner_pasted.set(String::new());
            partner_files.dispatch(FilesAction::Clear);
        })
    };
    // Read and combined again only when the pasted links or the files change.
    let sources = (
        ((*pasted).clone(), files.0.clone()),
        ((*partner_pasted).clone(), partner_files.0.clone()),
    );
    let combined = use_memo(sources, |(ours, theirs)| {
        combine(&words, app.content, ours, theirs)
    });
    let (view, bad) = (&combined.0, &combined.1);
    html! {
        <>
            <BackLink />
            <h1 id="page-heading" tabindex="-1">{ words.get("team.title") }</h1>
            <p class="lead no-print">{ words.get("team.lead") }</p>
            <p class="hint no-print">{ words.get("team.result") }</p>
            <div class="no-print team-inputs">
                <div class="field">
                    <label for="team-links">{ words.get("team.links") }</label>
                    <PasteArea id="team-links" rows={5} value={(*pasted).clone()} limit={PasteBox::TeamLinks} on_change={on_paste} />
                </div>
                <FileDrop id="team-files" label={words.get("team.files").to_owned()} multiple=true {on_file} />
                <details class="partner-side">
                    <summary>{ words.get("team.add_partner") }</summary>
                    <p class="hint">{ words.get("team.partner_hint") }</p>
                    <div class="field">
                        <label for="partner-links">{ words.get("team.partner_links") }</label>
                        <PasteArea id="partner-links" rows={3} value={(*partner_pasted).clone()} limit={PasteBox::TeamLinks} on_change={on_partner_paste} />
                    </div>
                    <FileDrop id="partner-files" label={words.get("team.partner_files").to_owned()} multiple=true on_file={on_partner_file} />
                </details>
                <div class="actions"><button onclick={clear}>{ words.get("team.clear") }</button></div>
            </div>
            if !bad.is_empty() {
                <section class="skipped" aria-labelledby="skipped-heading">
                    <h2 id="skipped-heading">{ words.get("team.not_included") }</h2>
                    <ul>{ for bad.iter().map(|(label, reason)| html! { <li><strong><bdi>{ label }</bdi>{ ": " }</strong>{ reason.in_words(&words) }</li> }) }</ul>
                </section>
            }
            if let Some(view) = view { <TeamResults view={view.clone()} content={ContentRef(app.content)} /> }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct TeamResultsProps {
    /// The content, for level names.
    content: ContentRef,
    view: TeamView,
}

#[component(TeamResults)]
fn team_results(props: &TeamResultsProps) -> Html {
    let words = use_words();
    let content = props.content.0;
    let view = &props.view;
    let rows = view.dimensions.iter().map(|d| html! {
        <tr class={classes!(d.flagged.then_some("flagged"))}>
            <th scope="row">{ format!("{} — {}", d.module_title, d.title) }</th>
            <td>{ d.count }</td>
            <td>{ whole(d.mean) }</td>
            <td>{ format!("{}–{}", whole(d.min), whole(d.max)) }</td>
            <td>{ whole(d.spread) }</td>
            <td>{ if d.flagged { html! { <span class="flag">{ words.get("team.disagree") }</span> } } else { html! { "–" } } }</td>
        </tr>
    });
    let (json_view, csv_view, csv_words) = (view.clone(), view.clone(), words.clone());
    let download_json = Callback::from(move |_| {
        let json = serde_json::to_string_pretty(&json_view).unwrap_or_default();
        browser::download(
            &format!("team-view-{}.json", browser::today()),
            "application/json",
            &json,
        );
    });
    let download_csv = Callback::from(move |_| {
        browser::download(
            &format!("team-view-{}.csv", browser::today()),
            "text/csv",
            &format!("\u{feff}{}", team_to_csv(&csv_words, &csv_view)),
        );
    });
    html! {
        <section class="team" aria-labelledby="team-heading">
            <h2 id="team-heading">{ words.count("team.respondents", view.respondents, &[]) }</h2>
            if let Some(overall) = view.overall {
                <p class="overall">{ words.fill("team.group_level", &[("score", overall.rounded().to_string().as_str().into()), ("level", overall.level.to_string().as_str().into()), ("name", level_name(content, overall.level).into())]) }</p>
            }
            if view.respondents < 2 {
                <p class="notice">{ words.get("team.one_more") }</p>
            }
            if !view.duplicates.is_empty() {
                <p>{ words.fill("team.duplicates", &[("names", view.duplicates.join(", ").as_str().into())]) }</p>
            }
            { for view.skipped.iter().map(|s| html! { <p class="notice">{ format!("{}: {}", s.label, s.reason_in(&words)) }</p> }) }
            <p class="rule">{ disagreement_rule(&words) }</p>
            <TableScroll label={words.get("team.table").to_owned()}>
                <table class="team-table">
                    <thead><tr><th scope="col">{ words.get("module.dimension") }</th><th scope="col">{ words.get("team.respondents_col") }</th><th scope="col">{ words.get("team.mean") }</th><th scope="col">{ words.get("team.range") }</th><th scope="col">{ words.get("team.spread") }</th><th scope="col">{ words.get("team.flag") }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </TableScroll>
            if !view.sides.is_empty() {
                <h3>{ words.get("team.sides") }</h3>
                <p class="hint">{ words.get("team.sides_hint") }</p>
                <TableScroll label={words.get("team.sides_table").to_owned()}>
                    <table class="sides-table">
                        <thead><tr><th scope="col">{ words.get("module.dimension") }</th><th scope="col">{ words.get("team.our_side") }</th><th scope="col">{ words.get("team.partner_side") }</th><th scope="col">{ words.get("gap.gap") }</th><th scope="col">{ words.get("gap.discuss") }</th></tr></thead>
                        <tbody>{ for view.sides.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ format!("{} — {}", r.module_title, r.title) }</th>
                                <td>{ side_cell(&words, r.us) }</td>
                                <td>{ side_cell(&words, r.partner) }</td>
                                <td class="delta">{ signed(r.gap) }</td>
                                <td>{ &r.prompt }</td>
                            </tr>
                        }) }</tbody>
                    </table>
                </TableScroll>
            }
            <div class="actions no-print">
                <button onclick={download_json}>{ words.get("team.download_json") }</button>
                <button onclick={download_csv}>{ words.get("team.download_csv") }</button>
                <button onclick={Callback::from(|_| browser::print())}>{ words.get("compare.print") }</button>
            </div>
        </section>
    }
}

/// One side's view of a dimension: the mean of several respondents, or one respondent's score
/// labelled as such.
fn side_cell(words: &Words, side: Option<(f64, usize)>) -> String {
    match side {
        None => "–".into(),
        Some((value, count)) => words.count(
            "team.side_cell",
            count,
            &[("value", whole(value).to_string().as_str().into())],
        ),
    }
}
