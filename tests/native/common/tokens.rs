//! Share tokens at the byte level, for tests that build or damage one by hand.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The share token's checksum (CRC-32/ISO-HDLC).
pub const CRC: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

/// Appends a correct CRC-32 and encodes in base64url, so the bytes reach the parser.
pub fn wrap(body: &[u8]) -> String {
    let mut bytes = body.to_vec();
    bytes.extend_from_slice(&CRC.checksum(body).to_be_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A token's bytes before the checksum (empty for text that is not base64url).
pub fn body_of(token: &str) -> Vec<u8> {
    let mut bytes = URL_SAFE_NO_PAD.decode(token).unwrap_or_default();
    bytes.truncate(bytes.len().saturating_sub(4));
    bytes
}

/// Appends a number as the token's variable-length integer.
pub fn push_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Appends a length-prefixed field.
pub fn push_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    push_varint(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}
