//! A QR code of the share link, drawn as one SVG path so it prints sharply.

use qrcodegen::{QrCode, QrCodeEcc};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrProps {
    pub text: AttrValue,
    pub label: AttrValue,
}

/// Dark modules as an SVG path, with a four-module quiet zone; `None` when the text is too
/// long for any QR code.
pub fn qr_path(text: &str) -> Option<(i32, String)> {
    let code = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some((size + 8, path))
}

#[component(QrCodeImage)]
pub fn qr_code_image(props: &QrProps) -> Html {
    let Some((size, path)) = qr_path(&props.text) else {
        return Html::default();
    };
    html! {
        <svg class="qr" viewBox={format!("0 0 {size} {size}")} role="img" aria-label={props.label.clone()} shape-rendering="crispEdges">
            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
            <path d={path} fill="#000" />
        </svg>
    }
}
