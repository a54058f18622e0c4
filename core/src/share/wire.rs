//! The token's byte-level pieces: varints and length-prefixed fields, written and read.

use super::ShareError;

pub(super) fn push_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

pub(super) fn push_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    push_varint(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

pub(super) struct Reader<'a> {
    pub(super) bytes: &'a [u8],
    pub(super) at: usize,
}

impl Reader<'_> {
    pub(super) fn byte(&mut self) -> Result<u8, ShareError> {
        let byte = *self.bytes.get(self.at).ok_or(ShareError::Truncated)?;
        self.at += 1;
        Ok(byte)
    }

    pub(super) fn varint(&mut self) -> Result<u64, ShareError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ShareError::Malformed("a number that never ends"))
    }

    pub(super) fn count(&mut self) -> Result<u16, ShareError> {
        let count = self.varint()?;
        u16::try_from(count)
            .ok()
            .filter(|c| usize::from(*c) <= crate::answers::MAX_SUBJECTS)
            .ok_or(ShareError::Malformed(
                "more partners than an assessment can hold",
            ))
    }

    pub(super) fn bytes_field(&mut self) -> Result<&[u8], ShareError> {
        let len = usize::try_from(self.varint()?).map_err(|_| ShareError::Truncated)?;
        let end = self.at.checked_add(len).ok_or(ShareError::Truncated)?;
        let slice = self.bytes.get(self.at..end).ok_or(ShareError::Truncated)?;
        self.at = end;
        Ok(slice)
    }

    pub(super) fn text(&mut self) -> Result<String, ShareError> {
        let bytes = self.bytes_field()?;
        String::from_utf8(bytes.to_vec())
            .map_err(|_| ShareError::Malformed("a name that is not text"))
    }
}
