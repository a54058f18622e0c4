//! The share link of a report: a copy button on screen (also offered in the report's menu),
//! a QR code on paper; the long address itself is never printed.

use yew::prelude::*;

use crate::browser;
use crate::components::QrCodeImage;

#[derive(Properties, PartialEq)]
pub struct ShareLinkProps {
    /// The full address that reopens the report.
    pub url: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    /// The address to copy.
    pub url: AttrValue,
    /// The button's words.
    pub label: AttrValue,
    #[prop_or_default]
    pub primary: bool,
}

/// A button that copies an address, and a status line saying whether it worked.
#[component(CopyLink)]
pub fn copy_link(props: &CopyLinkProps) -> Html {
    let words = crate::words::use_words();
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
        <span class="copy-link no-print">
            <button class={classes!(props.primary.then_some("primary"))} onclick={copy}>{ &props.label }</button>
            <span class="status" role="status">{ match *copied {
                Some(true) => words.get("share.copied"),
                Some(false) => words.get("share.not_copied"),
                None => "",
            } }</span>
        </span>
    }
}

/// An address as a few readable characters: its host and the start of its fragment, so the
/// screen shows that a link is there without a line of 180 characters.
pub fn short_link(url: &str) -> String {
    let bare = url.split_once("://").map_or(url, |(_, rest)| rest);
    if bare.chars().count() <= 40 {
        bare.to_owned()
    } else {
        format!("{}\u{2026}", bare.chars().take(36).collect::<String>())
    }
}

#[component(ShareLink)]
pub fn share_link(props: &ShareLinkProps) -> Html {
    let words = crate::words::use_words();
    html! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{ words.get("share.title") }</h2>
            <p class="no-print">{ words.get("share.text") }</p>
            <div class="actions no-print">
                <CopyLink url={props.url.clone()} label={words.get("share.copy").to_owned()} primary={true} />
            </div>
            <div class="share-target">
                <QrCodeImage text={props.url.clone()} label={words.get("share.qr_label").to_owned()} />
                <p class="share-url"><span class="print-only">{ words.get("share.scan") }</span><a href={props.url.clone()}>{ short_link(&props.url) }</a></p>
            </div>
        </section>
    }
}
