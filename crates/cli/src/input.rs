//! Reading input files: encodings, BOMs, binary detection, and errors that name the file and
//! the byte offset.
//!
//! Offsets reported by every subcommand are byte offsets into the UTF-8 text that this module
//! returns. For UTF-8 input (with or without a BOM) that is the file itself, byte for byte: a BOM
//! is kept in the text and treated as leading whitespace by the segmenter. For legacy encodings
//! (windows-1251, KOI8-R, UTF-16) they are offsets into the decoded UTF-8 text.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// How to decode input bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Encoding {
    /// UTF-8 if valid; UTF-16 if a UTF-16 BOM is present; otherwise windows-1251 or KOI8-R
    /// when the bytes are clearly 8-bit Cyrillic; otherwise an error.
    Auto,
    /// Strict UTF-8 (a BOM is allowed).
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// Windows-1251 (CP1251), the common legacy Russian encoding.
    #[value(name = "cp1251", alias = "windows-1251")]
    Cp1251,
    /// KOI8-R.
    #[value(name = "koi8-r", alias = "koi8r")]
    Koi8R,
    /// UTF-16 (little-endian unless a big-endian BOM is present).
    #[value(name = "utf-16", alias = "utf16")]
    Utf16,
}

/// A decoded input: its display name and UTF-8 text.
#[derive(Debug)]
pub struct Input {
    /// The name used in messages and reports (`-` shows as `<stdin>`).
    pub name: String,
    /// The decoded text.
    pub text: String,
    /// The encoding actually used, when it was not plain UTF-8.
    pub decoded_from: Option<&'static str>,
}

/// Reads `path` (or stdin for `-`) and decodes it.
pub fn read_input(path: &Path, enc: Encoding) -> Result<Input> {
    let name = display_name(path);
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .with_context(|| format!("reading {name}"))?;
        buf
    } else {
        std::fs::read(path).with_context(|| format!("reading {name}"))?
    };
    let (text, decoded_from) =
        decode_owned(bytes, enc).with_context(|| format!("reading {name}"))?;
    Ok(Input {
        name,
        text,
        decoded_from,
    })
}

/// The name of a path as shown to the user.
pub fn display_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// Like [`decode`], but reuses the buffer for valid UTF-8 input (no copy of a large file).
pub fn decode_owned(bytes: Vec<u8>, enc: Encoding) -> Result<(String, Option<&'static str>)> {
    if matches!(enc, Encoding::Auto | Encoding::Utf8)
        && !bytes.starts_with(&[0xFF, 0xFE])
        && !bytes.starts_with(&[0xFE, 0xFF])
    {
        match String::from_utf8(bytes) {
            Ok(s) => {
                reject_binary(s.as_bytes())?;
                return Ok((s, None));
            }
            Err(e) => return decode(e.as_bytes(), enc),
        }
    }
    decode(&bytes, enc)
}

/// Decodes bytes; returns the text and the name of the legacy encoding used, if any.
pub fn decode(bytes: &[u8], enc: Encoding) -> Result<(String, Option<&'static str>)> {
    match enc {
        Encoding::Utf8 => Ok((strict_utf8(bytes)?, None)),
        Encoding::Cp1251 => Ok((
            legacy(bytes, encoding_rs::WINDOWS_1251)?,
            Some("windows-1251"),
        )),
        Encoding::Koi8R => Ok((legacy(bytes, encoding_rs::KOI8_R)?, Some("KOI8-R"))),
        Encoding::Utf16 => Ok((utf16(bytes)?, Some("UTF-16"))),
        Encoding::Auto => {
            if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
                return Ok((utf16(bytes)?, Some("UTF-16")));
            }
            match std::str::from_utf8(bytes) {
                Ok(s) => {
                    reject_binary(s.as_bytes())?;
                    Ok((s.to_string(), None))
                }
                Err(e) => {
                    reject_binary(bytes)?;
                    if let Some(guess) = guess_cyrillic_8bit(bytes) {
                        let text = legacy(bytes, guess)?;
                        let name = if guess == encoding_rs::KOI8_R {
                            "KOI8-R"
                        } else {
                            "windows-1251"
                        };
                        return Ok((text, Some(name)));
                    }
                    Err(utf8_error(bytes, e))
                }
            }
        }
    }
}

fn strict_utf8(bytes: &[u8]) -> Result<String> {
    match std::str::from_utf8(bytes) {
        Ok(s) => {
            reject_binary(s.as_bytes())?;
            Ok(s.to_string())
        }
        Err(e) => Err(utf8_error(bytes, e)),
    }
}

fn utf8_error(bytes: &[u8], e: std::str::Utf8Error) -> anyhow::Error {
    let at = e.valid_up_to();
    let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
    let bad: Vec<String> = bytes[at..bytes.len().min(at + 4)]
        .iter()
        .map(|b| format!("{b:#04x}"))
        .collect();
    anyhow::anyhow!(
        "invalid UTF-8 at byte {at} (line {line}, bytes {}); if the file is in a legacy encoding, \
         pass --encoding cp1251, koi8-r or utf-16",
        bad.join(" ")
    )
}

/// Binary files: a NUL byte, or many control characters, in the first 64 KiB.
fn reject_binary(bytes: &[u8]) -> Result<()> {
    let head = &bytes[..bytes.len().min(65536)];
    if let Some(pos) = memchr_nul(head) {
        bail!("looks like a binary file (NUL byte at byte {pos}); bitext reads text files");
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if head.len() >= 32 && controls * 10 > head.len() {
        bail!(
            "looks like a binary file ({controls} control bytes in the first {} bytes)",
            head.len()
        );
    }
    Ok(())
}

fn memchr_nul(b: &[u8]) -> Option<usize> {
    b.iter().position(|&x| x == 0)
}

fn legacy(bytes: &[u8], enc: &'static encoding_rs::Encoding) -> Result<String> {
    reject_binary(bytes)?;
    let (text, _, had_errors) = enc.decode(bytes);
    if had_errors {
        bail!("bytes that are not valid {}", enc.name());
    }
    Ok(text.into_owned())
}

fn utf16(bytes: &[u8]) -> Result<String> {
    let enc = if bytes.starts_with(&[0xFE, 0xFF]) {
        encoding_rs::UTF_16BE
    } else {
        encoding_rs::UTF_16LE
    };
    let (text, _, had_errors) = enc.decode(bytes);
    if had_errors {
        bail!("invalid {} data", enc.name());
    }
    Ok(text.into_owned())
}

/// Decides between windows-1251 and KOI8-R for bytes that are not UTF-8. Returns `None` when the
/// bytes do not look like 8-bit Cyrillic text.
///
/// Russian text is mostly lower-case. The lower-case letters of windows-1251 (0xE0–0xFF) are the
/// upper-case letters of KOI8-R and vice versa, so the share of bytes in each half tells the two
/// apart; the high half must also dominate the non-ASCII bytes, or it is neither.
fn guess_cyrillic_8bit(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let mut c0_df = 0usize;
    let mut e0_ff = 0usize;
    let mut other_high = 0usize;
    for &b in bytes {
        match b {
            0xC0..=0xDF => c0_df += 1,
            0xE0..=0xFF => e0_ff += 1,
            0x80..=0xBF => other_high += 1,
            _ => {}
        }
    }
    let letters = c0_df + e0_ff;
    if letters < 8 || other_high * 4 > letters {
        return None;
    }
    if e0_ff >= c0_df * 2 {
        Some(encoding_rs::WINDOWS_1251)
    } else if c0_df >= e0_ff * 2 {
        Some(encoding_rs::KOI8_R)
    } else {
        None
    }
}

/// The two versions a pair command (`align`, `check`) reads, with their languages.
#[derive(Debug, clap::Args)]
pub struct PairArgs {
    /// Source text (the original), or `-` for standard input; with --batch, the JSON Lines
    /// file (default standard input).
    #[arg(required_unless_present = "batch")]
    pub src: Option<PathBuf>,
    /// Target text (the translation, or a second version).
    #[arg(required_unless_present = "batch")]
    pub tgt: Option<PathBuf>,
    /// Source language code, or `auto`.
    #[arg(long, default_value = "auto")]
    pub src_lang: String,
    /// Target language code, or `auto`.
    #[arg(long, default_value = "auto")]
    pub tgt_lang: String,
}

impl PairArgs {
    /// Reads both files and resolves `auto` languages: (source, target, source language,
    /// target language).
    pub fn read(&self, enc: Encoding) -> Result<(Input, Input, String, String)> {
        let (src_p, tgt_p) = (
            self.src.clone().unwrap_or_default(),
            self.tgt.clone().unwrap_or_default(),
        );
        if src_p.as_os_str() == "-" && tgt_p.as_os_str() == "-" {
            anyhow::bail!("only one of SRC and TGT can be standard input (-)");
        }
        let src = read_input(&src_p, enc)?;
        let tgt = read_input(&tgt_p, enc)?;
        let src_lang = crate::align_cmd::resolve_lang(&self.src_lang, &src.text);
        let tgt_lang = crate::align_cmd::resolve_lang(&self.tgt_lang, &tgt.text);
        Ok((src, tgt, src_lang, tgt_lang))
    }

    /// The JSON Lines input of `--batch` (SRC, or standard input).
    pub fn batch_file(&self) -> PathBuf {
        self.src.clone().unwrap_or_else(|| PathBuf::from("-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_is_kept_byte_for_byte() {
        let bytes = "\u{feff}Привет. Мир.".as_bytes();
        let (text, from) = decode(bytes, Encoding::Auto).unwrap();
        assert_eq!(text.as_bytes(), bytes);
        assert_eq!(from, None);
    }

    #[test]
    fn invalid_utf8_names_the_byte_offset_and_line() {
        let mut bytes = b"ok line\nsecond ".to_vec();
        bytes.push(0xFF);
        let err = decode(&bytes, Encoding::Utf8).unwrap_err().to_string();
        assert!(err.contains("invalid UTF-8 at byte 15 (line 2"), "{err}");
    }

    #[test]
    fn cp1251_and_koi8_are_told_apart() {
        let text = "Пресс-секретарь президента заявил, что переговоры продолжаются.";
        let (cp, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let (koi, _, _) = encoding_rs::KOI8_R.encode(text);
        assert_eq!(
            decode(&cp, Encoding::Auto).unwrap(),
            (text.to_string(), Some("windows-1251"))
        );
        assert_eq!(
            decode(&koi, Encoding::Auto).unwrap(),
            (text.to_string(), Some("KOI8-R"))
        );
    }

    #[test]
    fn latin1_is_an_error_not_a_guess() {
        let bytes = b"caf\xe9 au lait, cr\xe8me br\xfbl\xe9e";
        let err = decode(bytes, Encoding::Auto).unwrap_err().to_string();
        assert!(err.contains("invalid UTF-8 at byte 3"), "{err}");
    }

    #[test]
    fn binary_is_rejected() {
        let bytes = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00";
        let err = decode(bytes, Encoding::Auto).unwrap_err().to_string();
        assert!(err.contains("binary"), "{err}");
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Мир.".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&bytes, Encoding::Auto).unwrap().0, "Мир.");
    }

    #[test]
    fn empty_is_fine() {
        assert_eq!(decode(b"", Encoding::Auto).unwrap().0, "");
    }
}
