//! Prints the human and report renderings of a check of two files:
//! `cargo run -p bitext-check --example render -- SRC TGT [SRC_LANG TGT_LANG]`.

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: render SRC TGT [SRC_LANG TGT_LANG]");
        std::process::exit(2);
    }
    let src = std::fs::read_to_string(&args[1])?;
    let tgt = std::fs::read_to_string(&args[2])?;
    let sl = args.get(3).map_or("ru", String::as_str);
    let tl = args.get(4).map_or("en", String::as_str);
    let r = bitext_check::check_texts(&src, &tgt, sl, tl, &bitext_check::CheckOptions::default());
    print!(
        "{}",
        bitext_check::render_human(&r, &args[1], &args[2], &src, &tgt, false)
    );
    println!("-----");
    print!(
        "{}",
        bitext_check::render_report(&r, &args[1], &args[2], &src, &tgt)
    );
    Ok(())
}
