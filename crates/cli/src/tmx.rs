//! TMX 1.4b output for `bitext align --format tmx`.

use std::io::Write;

use anyhow::Result;
use bitext_align::{Alignment, Bead};

/// Writes the alignment as a TMX 1.4b document: one `<tu>` per bead with the score and the bead
/// shape as `<prop>`s and one `<tuv xml:lang=…>` per non-empty side (1-0 / 0-1 beads keep their
/// one side, so no sentence is lost). Output is deterministic: no creation date.
pub fn write_tmx<W: Write>(
    out: &mut W,
    a: &Alignment,
    src: &[&str],
    tgt: &[&str],
    src_lang: &str,
    tgt_lang: &str,
    keep: &dyn Fn(&&Bead) -> bool,
) -> Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(out, r#"<!DOCTYPE tmx SYSTEM "tmx14.dtd">"#)?;
    writeln!(out, r#"<tmx version="1.4">"#)?;
    writeln!(
        out,
        r#"  <header creationtool="bitext" creationtoolversion="{}" segtype="sentence" o-tmf="bitext" adminlang="en" srclang="{}" datatype="plaintext"/>"#,
        env!("CARGO_PKG_VERSION"),
        attr(src_lang)
    )?;
    writeln!(out, "  <body>")?;
    for b in a.beads.iter().filter(keep) {
        writeln!(out, "    <tu>")?;
        writeln!(out, r#"      <prop type="x-score">{:.4}</prop>"#, b.score)?;
        writeln!(out, r#"      <prop type="x-bead">{}</prop>"#, b.kind())?;
        for (sents, range, lang) in [(src, &b.src, src_lang), (tgt, &b.tgt, tgt_lang)] {
            if range.is_empty() {
                continue;
            }
            let joined = sents[range.clone()].join(" ");
            writeln!(
                out,
                r#"      <tuv xml:lang="{}"><seg>{}</seg></tuv>"#,
                attr(lang),
                text(&joined)
            )?;
        }
        writeln!(out, "    </tu>")?;
    }
    writeln!(out, "  </body>")?;
    writeln!(out, "</tmx>")?;
    Ok(())
}

/// Escapes XML text and drops the characters XML 1.0 forbids (C0 controls other than tab and
/// line breaks), and turns line breaks into spaces (a segment is one line).
fn text(s: &str) -> String {
    let cleaned: String = s
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .filter(|&c| c == '\t' || !(c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}'))
        .collect();
    quick_xml::escape::escape(cleaned.as_str()).into_owned()
}

fn attr(s: &str) -> String {
    quick_xml::escape::escape(s).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tmx_escapes_and_keeps_null_beads() {
        let src = ["A < B & «C».", "Лишнее."];
        let tgt = ["A < B & \"C\"."];
        let a = Alignment {
            beads: vec![
                Bead {
                    src: 0..1,
                    tgt: 0..1,
                    score: 0.9,
                },
                Bead {
                    src: 1..2,
                    tgt: 1..1,
                    score: 0.2,
                },
            ],
            stats: Default::default(),
        };
        let mut out = Vec::new();
        write_tmx(&mut out, &a, &src, &tgt, "ru", "en", &|_| true).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(s.contains("<seg>A &lt; B &amp; «C».</seg>"), "{s}");
        assert!(s.contains("&quot;C&quot;"));
        assert!(s.contains(r#"<tuv xml:lang="ru"><seg>Лишнее.</seg></tuv>"#));
        assert_eq!(s.matches("<tu>").count(), 2);
        // Well-formed: quick-xml parses it to the end.
        let mut r = quick_xml::Reader::from_str(&s);
        loop {
            match r.read_event().unwrap() {
                quick_xml::events::Event::Eof => break,
                _ => continue,
            }
        }
    }
}
