//! The share link of a report: a copy button on screen, the full link in print.

use yew::prelude::*;

use crate::browser;
use crate::components::QrCodeImage;

#[derive(Properties, PartialEq)]
pub struct ShareLinkProps {
    /// The full address that reopens the report.
    pub url: AttrValue,
}

#[component(ShareLink)]
pub fn share_link(props: &ShareLinkProps) -> Html {
    // None: not tried yet; Some(true): copied; Some(false): the clipboard refused.
    let copied = use_state(|| None::<bool>);
    let copy = {
        let (copied, url) = (copied.clone(), props.url.clone());
        Callback::from(move |_| {
            let (copied, url) = (copied.clone(), url.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(browser::copy_text(&url).await));
            });
        })
    };
    html! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{ "Share or reopen this report" }</h2>
            <p class="no-print">{ "The link below holds your answers inside itself. Anyone who opens it sees this report; nothing is stored on a server." }</p>
            <div class="actions no-print">
                <button class="primary" onclick={copy}>{ "Copy share link" }</button>
            </div>
            <p class="status no-print" role="status">{ match *copied {
                Some(true) => "Link copied to the clipboard.",
                Some(false) => "This browser did not allow copying; select the link below and copy it yourself.",
                None => "",
            } }</p>
            <div class="share-target">
                <QrCodeImage text={props.url.clone()} label="QR code that opens this report" />
                <p class="share-url"><span class="print-only">{ "Scan the code or open this link to see the live report: " }</span><a href={props.url.clone()}>{ &props.url }</a></p>
            </div>
        </section>
    }
}
