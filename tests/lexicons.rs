//! The lexicon files themselves: every file in lexicons/ is embedded and loads, and every
//! list is kept sorted and free of duplicates, so diffs stay readable and nothing is listed
//! twice.

use std::collections::BTreeSet;

use starcheck::lexicon::{Lexicons, EMBEDDED};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/lexicons");

#[test]
fn every_lexicon_file_is_embedded_and_every_embedded_file_exists() {
    let mut on_disk: BTreeSet<String> = BTreeSet::new();
    for (sub, prefix) in [("", ""), ("/principles", "principles/")] {
        for entry in std::fs::read_dir(format!("{DIR}{sub}")).expect("lexicon folder exists") {
            let name = entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            if name.ends_with(".toml") {
                on_disk.insert(format!("{prefix}{name}"));
            }
        }
    }
    let embedded: BTreeSet<String> = EMBEDDED
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .collect();
    assert_eq!(on_disk, embedded);
    for (name, text) in EMBEDDED {
        let disk = std::fs::read_to_string(format!("{DIR}/{name}")).expect("readable");
        assert_eq!(&disk, text, "{name} embedded text is stale");
    }
}

#[test]
fn the_lexicon_folder_loads_as_a_user_folder() {
    Lexicons::from_dir(std::path::Path::new(DIR)).expect("lexicons/ loads with --lexicons");
}

/// Arrays whose order carries meaning or that are examples, not lists.
const UNSORTED_KEYS: &[&str] = &["matches", "rejects"];

fn check_sorted(file: &str, key: &str, value: &toml::Value, problems: &mut Vec<String>) {
    match value {
        toml::Value::Array(items) => {
            let strings: Vec<&str> = items.iter().filter_map(toml::Value::as_str).collect();
            if strings.len() == items.len() && !UNSORTED_KEYS.contains(&key) {
                for pair in strings.windows(2) {
                    if pair[0] >= pair[1] {
                        problems.push(format!(
                            "{file}: {key}: {:?} then {:?} (sorted, no duplicates)",
                            pair[0], pair[1]
                        ));
                    }
                }
            }
            for item in items {
                check_sorted(file, key, item, problems);
            }
        }
        toml::Value::Table(table) => {
            for (k, v) in table {
                check_sorted(file, k, v, problems);
            }
        }
        _ => {}
    }
}

#[test]
fn every_list_is_sorted_and_deduplicated() {
    let mut problems = Vec::new();
    for (name, text) in EMBEDDED {
        let value: toml::Value = toml::from_str(text).expect("valid TOML");
        check_sorted(name, "", &value, &mut problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn weak_openers_are_sorted_by_text() {
    let value: toml::Value =
        toml::from_str(include_str!("../lexicons/weak_openers.toml")).expect("valid");
    let texts: Vec<&str> = value["opener"]
        .as_array()
        .expect("openers")
        .iter()
        .map(|o| o["text"].as_str().expect("text"))
        .collect();
    let mut sorted = texts.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(texts, sorted);
}

#[test]
fn action_verbs_appear_once_across_categories() {
    let value: toml::Value =
        toml::from_str(include_str!("../lexicons/action_verbs.toml")).expect("valid");
    let mut seen = BTreeSet::new();
    for category in value["category"].as_array().expect("categories") {
        for verb in category["verbs"].as_array().expect("verbs") {
            let verb = verb.as_str().expect("string");
            assert!(seen.insert(verb), "{verb} is listed twice");
        }
    }
    assert!(seen.len() >= 300, "only {} action verbs", seen.len());
}

#[test]
fn cue_and_evidence_lists_are_sorted_by_text() {
    let mut problems = Vec::new();
    let mut check = |file: &str, what: &str, list: &toml::Value| {
        let texts: Vec<&str> = list
            .as_array()
            .expect("array")
            .iter()
            .map(|c| c["text"].as_str().expect("text"))
            .collect();
        for pair in texts.windows(2) {
            if pair[0] >= pair[1] {
                problems.push(format!("{file}: {what}: {:?} then {:?}", pair[0], pair[1]));
            }
        }
    };
    let star: toml::Value = toml::from_str(include_str!("../lexicons/star.toml")).expect("valid");
    for part in ["situation", "task", "action", "result", "other"] {
        check("star.toml", part, &star[part]["cues"]);
    }
    let pack: toml::Value =
        toml::from_str(include_str!("../lexicons/principles/amazon.toml")).expect("valid");
    let principles = pack["principle"].as_array().expect("principles");
    assert_eq!(principles.len(), 16);
    for p in principles {
        check(
            "principles/amazon.toml",
            p["id"].as_str().expect("id"),
            &p["evidence"],
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn principle_ids_are_the_stable_ones() {
    let lex = Lexicons::embedded().expect("lexicons");
    let ids: Vec<&str> = lex.principles().list.iter().map(|p| &*p.id).collect();
    assert_eq!(
        ids,
        [
            "customer-obsession",
            "ownership",
            "invent-and-simplify",
            "are-right-a-lot",
            "learn-and-be-curious",
            "hire-and-develop-the-best",
            "insist-on-the-highest-standards",
            "think-big",
            "bias-for-action",
            "frugality",
            "earn-trust",
            "dive-deep",
            "have-backbone-disagree-and-commit",
            "deliver-results",
            "strive-to-be-earths-best-employer",
            "success-and-scale-bring-broad-responsibility",
        ]
    );
}
