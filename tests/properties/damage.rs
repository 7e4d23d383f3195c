//! Damage a file meets on its way: bits flipped, bytes inserted or lost, the end
//! cut off, a stretch copied twice, a character replaced by a control character.

/// A small, seeded generator, so that a damaged file is found again by its number.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// splitmix64.
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n`, or 0 when `n` is 0.
    pub fn below(&mut self, n: usize) -> usize {
        let n = u64::try_from(n.max(1)).unwrap_or(u64::MAX);
        usize::try_from(self.next() % n).unwrap_or(0)
    }
}

/// What can be inserted: the syntax of the format, bytes that are not UTF-8
/// (a lone lead byte, an overlong encoding, an encoded surrogate, a code point
/// past U+10FFFF), controls, bidi marks, numbers out of range, impossible dates.
const JUNK: [&[u8]; 40] = [
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b",",
    b":",
    b"\"",
    b"\\",
    b"r#\"",
    b"\"#",
    b"#",
    b"\0",
    b"\r",
    b"\x7f",
    "\u{85}".as_bytes(),
    "\u{2028}".as_bytes(),
    "\u{202e}".as_bytes(),
    "\u{feff}".as_bytes(),
    "\u{64b}".as_bytes(),
    b"\xff",
    b"\xd8",
    b"\xc0\x80",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"Some(",
    b"None",
    b"99999999999999999999999",
    b"-9223372036854775809",
    b"1e400",
    b"//",
    b"/*",
    b"\n",
    b"format_version: 1,",
    b"format_version: 0,",
    b"#![enable(implicit_some)]",
    b"\"2024-02-30\"",
    b"\"25:61:00\"",
    b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
];

/// What replaces a character: controls, format characters, a lone mark.
const REPLACEMENTS: [char; 12] = [
    '\0', '\t', '\n', '\r', '\u{b}', '\u{7f}', '\u{85}', '\u{9f}', '\u{200f}', '\u{2066}', '\u{feff}',
    '\u{300}',
];

/// `bytes` damaged in one to three ways, with the names of the ways.
pub fn damage(bytes: &[u8], rng: &mut Rng) -> (Vec<u8>, Vec<&'static str>) {
    let mut out = bytes.to_vec();
    let mut done = Vec::new();
    for _ in 0..=rng.below(3) {
        done.push(damage_once(&mut out, rng));
    }
    (out, done)
}

fn damage_once(out: &mut Vec<u8>, rng: &mut Rng) -> &'static str {
    let len = out.len();
    let at = rng.below(len + 1);
    // Most damage keeps whole characters, so that the parser, not the UTF-8
    // check, meets it; flipped bits, stray bytes and cuts fall anywhere.
    let start = boundary(out, at);
    let end = |n: usize| boundary(out, (start + 1 + n).min(len));
    match rng.below(7) {
        0 => {
            if let Some(byte) = out.get_mut(at) {
                *byte ^= 1 << rng.below(8);
            }
            "flip a bit"
        }
        1 => {
            let junk = JUNK[rng.below(JUNK.len())];
            out.splice(start..start, junk.iter().copied());
            "insert"
        }
        2 => {
            let byte = u8::try_from(rng.below(256)).unwrap_or(0);
            out.insert(at, byte);
            "insert a byte"
        }
        3 => {
            let end = end(rng.below(64));
            out.drain(start..end);
            "delete"
        }
        4 => {
            out.truncate(at);
            "truncate"
        }
        5 => {
            let end = end(rng.below(200));
            let copy = out.get(start..end).unwrap_or_default().to_vec();
            let to = boundary(out, rng.below(len + 1));
            out.splice(to..to, copy);
            "duplicate"
        }
        _ => {
            replace_char(out, start, REPLACEMENTS[rng.below(REPLACEMENTS.len())]);
            "replace a character"
        }
    }
}

fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

/// The first byte at or after `at` that does not continue a character.
fn boundary(out: &[u8], at: usize) -> usize {
    (at..out.len())
        .find(|&i| !out.get(i).copied().is_some_and(is_continuation))
        .unwrap_or(out.len())
}

/// Replaces the character starting at byte `start` with `by`.
fn replace_char(out: &mut Vec<u8>, start: usize, by: char) {
    if start < out.len() {
        let end = boundary(out, start + 1);
        let mut buf = [0; 4];
        out.splice(start..end, by.encode_utf8(&mut buf).bytes());
    }
}
