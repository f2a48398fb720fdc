//! Prints the mentions found in a text: `cargo run -p bitext-mentions --example dump -- ru "7 октября"`.

fn main() {
    let mut args = std::env::args().skip(1);
    let lang = args.next().unwrap_or_else(|| "en".into());
    for text in args {
        println!("{text}");
        for m in bitext_mentions::extract(&text, &lang) {
            println!(
                "  {:?} {:?}{} key={:?}",
                &text[m.span.clone()],
                m.kind,
                if m.weak { " WEAK" } else { "" },
                m.anchor_key().map(|k| k % 100000)
            );
        }
    }
}
