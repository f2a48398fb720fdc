//! Tests that run the real `bitext` binary: exit codes, bad input, output formats.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bitext() -> Command {
    Command::new(env!("CARGO_BIN_EXE_bitext"))
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = bitext();
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd.env("NO_COLOR", "1");
    let mut child = cmd.spawn().expect("spawn bitext");
    {
        let mut si = child.stdin.take().unwrap();
        if let Some(data) = stdin {
            si.write_all(data).unwrap();
        }
    }
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bitext-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn corpus(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../corpora")
        .join(rel)
        .display()
        .to_string()
}

#[test]
fn segment_text_one_sentence_per_line() {
    let o = run(
        &["segment", "--lang", "ru", "-"],
        Some("Привет, мир. Как дела?\n\nВсё хорошо!".as_bytes()),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "Привет, мир.\nКак дела?\nВсё хорошо!\n");
}

#[test]
fn segment_jsonl_and_tsv_carry_byte_offsets_into_the_input() {
    let text = "\u{feff}Он приехал в 1916 г. Самым важным было другое.\r\nВторой абзац.";
    let o = run(
        &["segment", "--lang", "ru", "--format", "jsonl", "-"],
        Some(text.as_bytes()),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut n = 0;
    for line in stdout(&o).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let (s, e) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], v["text"].as_str().unwrap());
        n += 1;
    }
    assert_eq!(n, 3);
    let o = run(
        &["segment", "--lang", "ru", "--format", "tsv", "-"],
        Some(text.as_bytes()),
    );
    let first = stdout(&o).lines().next().unwrap().to_string();
    let sent = "Он приехал в 1916 г.";
    assert_eq!(first, format!("3\t{}\t{sent}", 3 + sent.len()));
}

#[test]
fn segment_batch_keeps_ids_and_order() {
    let input = "{\"id\":\"a\",\"text\":\"Dr. Smith arrived. He left.\",\"lang\":\"en\"}\n{\"text\":\"Один. Два.\",\"lang\":\"ru\"}\n";
    let o = run(&["segment", "--batch"], Some(input.as_bytes()));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    let texts: Vec<&str> = lines[0]["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["Dr. Smith arrived.", "He left."]);
    assert_eq!(lines[1]["id"], 2);
    assert_eq!(lines[1]["sentences"].as_array().unwrap().len(), 2);
}

#[test]
fn segment_batch_bad_json_is_a_usage_error_naming_the_line() {
    let o = run(
        &["segment", "--batch"],
        Some(b"{\"text\":\"ok.\"}\nnot json\n"),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("<stdin>:2"), "{}", stderr(&o));
    assert_eq!(
        stdout(&o).lines().count(),
        1,
        "the good line before the error was answered"
    );
}

#[test]
fn empty_input_gives_empty_output_and_success() {
    let o = run(&["segment", "-"], Some(b""));
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "");
}

#[test]
fn invalid_utf8_names_file_and_byte_offset() {
    let p = temp_file("latin1.txt", b"Caf\xe9 au lait. Tr\xe8s bien.");
    let o = run(&["segment", p.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("latin1.txt"), "{err}");
    assert!(err.contains("invalid UTF-8 at byte 3"), "{err}");
}

#[test]
fn cp1251_is_detected_and_decoded() {
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("Мама мыла раму. Папа читал газету.");
    let p = temp_file("cp1251.txt", &bytes);
    let o = run(&["segment", "--lang", "ru", p.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "Мама мыла раму.\nПапа читал газету.\n");
    assert!(stderr(&o).contains("windows-1251"));
}

#[test]
fn binary_file_is_refused() {
    let p = temp_file("blob.bin", b"\x00\x01\x02\x03binary\x00\xff\xfe");
    let o = run(&["segment", p.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("binary"), "{}", stderr(&o));
}

#[test]
fn missing_file_is_exit_2_naming_it() {
    let o = run(&["segment", "no/such/file.txt"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no/such/file.txt"));
}

#[test]
fn usage_error_is_exit_2() {
    let o = run(&["segment", "--format", "yaml"], Some(b""));
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["frobnicate"], None);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn help_has_examples_and_exit_codes() {
    let o = run(&["--help"], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Exit codes"));
    for sub in ["segment", "align", "check"] {
        let o = run(&[sub, "--help"], None);
        assert_eq!(o.status.code(), Some(0), "{sub}");
        assert!(
            stdout(&o).contains("Example"),
            "{sub} help lacks an example"
        );
    }
}

#[test]
fn completions_are_printed() {
    let o = run(&["completions", "bash"], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("bitext"));
}

#[test]
fn corpus_file_segments() {
    let o = run(&["segment", &corpus("news-hostages/ru.txt")], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).lines().count() > 10);
}

#[test]
fn check_exit_codes_zero_one_two() {
    let ru = temp_file(
        "c_ru.txt",
        "Дмитрий Песков сообщил, что более 500 россиян ждут эвакуации.".as_bytes(),
    );
    let good = temp_file(
        "c_good.txt",
        b"Dmitry Peskov said that more than 500 Russians are awaiting evacuation.",
    );
    let bad = temp_file(
        "c_bad.txt",
        b"Dmitry Peskov said that more than 50 Russians are awaiting evacuation.",
    );
    let (ru, good, bad) = (
        ru.to_str().unwrap(),
        good.to_str().unwrap(),
        bad.to_str().unwrap(),
    );
    let o = run(&["check", "--no-config", ru, good], None);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let o = run(&["check", "--no-config", ru, bad], None);
    assert_eq!(o.status.code(), Some(1), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("number-mismatch"), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("c_bad.txt:1:"),
        "names file:line:col: {}",
        stdout(&o)
    );
    let o = run(&["check", "--no-config", ru, "no/such/en.txt"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no/such/en.txt"));
    let o = run(
        &[
            "check",
            "--no-config",
            "--ignore",
            "number-mismatch",
            ru,
            bad,
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let o = run(
        &["check", "--no-config", "--ignore", "typo-kind", ru, bad],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn check_machine_formats() {
    let ru = temp_file("f_ru.txt", "Встреча прошла 7 октября в Москве.".as_bytes());
    let en = temp_file(
        "f_en.txt",
        b"The meeting took place in Moscow on October 8.",
    );
    let (ru, en) = (ru.to_str().unwrap(), en.to_str().unwrap());
    let o = run(&["check", "--no-config", "--format", "jsonl", ru, en], None);
    assert_eq!(o.status.code(), Some(1));
    let f: serde_json::Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert_eq!(f["kind"], "date-mismatch");
    let text = "The meeting took place in Moscow on October 8.";
    let (s, e) = (
        f["tgt"]["start"].as_u64().unwrap() as usize,
        f["tgt"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "October 8");
    let o = run(&["check", "--no-config", "--format", "json", ru, en], None);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["findings"].as_array().unwrap().len(), 1);
    let o = run(&["check", "--no-config", "--format", "tsv", ru, en], None);
    assert!(stdout(&o).starts_with("date-mismatch\t"), "{}", stdout(&o));
    let o = run(
        &["check", "--no-config", "--format", "report", ru, en],
        None,
    );
    assert!(!stdout(&o).contains('\u{1b}'), "report has no colour codes");
    assert!(stdout(&o).contains("date-mismatch"), "{}", stdout(&o));
}

#[test]
fn check_config_suppresses_a_known_false_alarm() {
    let ru = temp_file("k_ru.txt", "Встреча прошла 7 октября в Москве.".as_bytes());
    let en = temp_file(
        "k_en.txt",
        b"The meeting took place in Moscow on October 8.",
    );
    let cfg = temp_file("k.toml", b"ignore = [\"date-mismatch\"]\n");
    let o = run(
        &[
            "check",
            "--config",
            cfg.to_str().unwrap(),
            ru.to_str().unwrap(),
            en.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let broken = temp_file("broken.toml", b"ignore = [\n");
    let o = run(
        &[
            "check",
            "--config",
            broken.to_str().unwrap(),
            ru.to_str().unwrap(),
            en.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("broken.toml"), "{}", stderr(&o));
}

#[test]
fn check_batch_answers_every_line_in_order() {
    let input = concat!(
        "{\"id\":\"a\",\"src\":\"Более 500 россиян.\",\"tgt\":\"More than 50 Russians.\",\"src_lang\":\"ru\",\"tgt_lang\":\"en\"}\n",
        "{\"id\":\"b\",\"src\":\"Восемь человек.\",\"tgt\":\"Eight people.\",\"src_lang\":\"ru\",\"tgt_lang\":\"en\"}\n",
    );
    let o = run(&["check", "--batch", "--no-config"], Some(input.as_bytes()));
    // Batch mode: findings are data, the exit code only says every line was answered.
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["findings"][0]["kind"], "number-mismatch");
    assert_eq!(lines[1]["id"], "b");
    assert_eq!(lines[1]["findings"].as_array().unwrap().len(), 0);
}

#[test]
fn align_formats_cover_every_sentence_once() {
    let ru = temp_file(
        "a_ru.txt",
        "Первое предложение. Второе предложение!\n\nТретье, совсем другое.".as_bytes(),
    );
    let en = temp_file(
        "a_en.txt",
        b"The first sentence. The second sentence!\n\nThe third, quite different.",
    );
    let (ru, en) = (ru.to_str().unwrap(), en.to_str().unwrap());
    let o = run(&["align", "--format", "jsonl", ru, en], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let (mut s, mut t) = (Vec::new(), Vec::new());
    for l in stdout(&o).lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        s.extend(
            v["src"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_u64().unwrap()),
        );
        t.extend(
            v["tgt"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_u64().unwrap()),
        );
    }
    assert_eq!(s, [0, 1, 2]);
    assert_eq!(t, [0, 1, 2]);
    assert!(
        stderr(&o).contains("beads 3"),
        "summary on stderr: {}",
        stderr(&o)
    );
    let o = run(&["align", "--format", "tmx", ru, en], None);
    let x = stdout(&o);
    assert!(
        x.contains("<tmx version=\"1.4\">")
            && x.contains("xml:lang=\"ru\"")
            && x.contains("x-score")
    );
    let o = run(&["align", "--format", "ladder", ru, en], None);
    assert_eq!(
        stdout(&o),
        stdout(&o)
            .lines()
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    );
    assert!(stdout(&o).starts_with("0\t0\t"));
    let o = run(&["align", "--format", "tsv", "--quiet", ru, en], None);
    assert!(stdout(&o).contains("Третье, совсем другое.\tThe third, quite different.\t"));
    assert_eq!(stderr(&o), "");
}

#[test]
fn align_with_an_empty_side_keeps_every_sentence() {
    let ru = temp_file("e_ru.txt", "Один. Два. Три.".as_bytes());
    let en = temp_file("e_en.txt", b"");
    let o = run(
        &[
            "align",
            "--format",
            "jsonl",
            "--src-lang",
            "ru",
            "--tgt-lang",
            "en",
            ru.to_str().unwrap(),
            en.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 3);
    assert!(stdout(&o).lines().all(|l| l.contains("\"kind\":\"1-0\"")));
}

#[test]
fn align_batch_accepts_texts_and_sentence_arrays() {
    let input = "{\"id\":\"x\",\"src\":[\"Один.\",\"Два.\"],\"tgt\":\"One. Two.\",\"src_lang\":\"ru\",\"tgt_lang\":\"en\"}\n";
    let o = run(&["align", "--batch"], Some(input.as_bytes()));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["id"], "x");
    assert_eq!(v["beads"].as_array().unwrap().len(), 2);
}

#[test]
fn align_splits_a_title_glued_to_the_first_sentence_on_both_sides() {
    // Headlines without final punctuation, flattened into the first paragraph.
    let ru = "Школьник из Костромы сдал ЕГЭ на 400 баллов Ученик школы № 30 получил высший балл \
              по четырём предметам. Об этом сообщил сам ученик. Он хочет стать программистом.";
    let en = "A Kostroma schoolboy scored 400 points in the state exams A pupil of school No. 30 \
              got top marks in four subjects. The pupil said so himself. He wants to become a \
              programmer.";
    let item =
        serde_json::json!({"id": "t", "src": ru, "tgt": en, "src_lang": "ru", "tgt_lang": "en"});
    let o = run(&["align", "--batch"], Some(format!("{item}\n").as_bytes()));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    let beads: Vec<(Vec<u64>, Vec<u64>)> = v["beads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let ids = |k: &str| {
                b[k].as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_u64().unwrap())
                    .collect()
            };
            (ids("src"), ids("tgt"))
        })
        .collect();
    let one = |i: u64| (vec![i], vec![i]);
    assert_eq!(beads, [one(0), one(1), one(2), one(3)]);

    // The same texts as files: the title is its own sentence in the pairs output.
    let (rf, ef) = (
        temp_file("t_ru.txt", ru.as_bytes()),
        temp_file("t_en.txt", en.as_bytes()),
    );
    let o = run(
        &[
            "align",
            "--format",
            "pairs",
            "--quiet",
            rf.to_str().unwrap(),
            ef.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let first: serde_json::Value =
        serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert_eq!(first["src"], "Школьник из Костромы сдал ЕГЭ на 400 баллов");
    assert_eq!(
        first["tgt"],
        "A Kostroma schoolboy scored 400 points in the state exams"
    );
}
