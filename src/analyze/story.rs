//! STAR stories: where each story is, what part of STAR each sentence tells, which
//! leadership principles it shows, and the measures an interviewer would take.
//!
//! A story file holds one story, or several under their own headings. Headings named for a
//! STAR part ("## Situation") are not stories but labels for what follows. Metadata comes
//! from YAML front matter (`principles: [ownership]`, `question: …`) for the whole file and
//! from a tag line (`Principles: ownership, dive-deep`) at the top of a story.
//!
//! **Labelling.** Stories mostly run situation → task → action → result, so sentences are
//! not labelled one by one: each sentence gets a score per part from cue phrases
//! (`lexicons/star.toml`), first-person action verbs, metrics and its position, and a
//! small left-to-right model finds the best label sequence for the whole story (Viterbi).
//! Confidence is the label's posterior probability under the same model
//! (forward-backward), so a sentence whose neighbours make its label certain says so.
//!
//! **Principles.** Evidence phrases (`lexicons/principles/*.toml`) are matched on stems;
//! repeated hits of one phrase saturate (BM25's term-frequency curve) and longer stories
//! are normalised, so a story does not win a principle by repeating one word. A phrase
//! right after a negation ("did not ask the customer") is not evidence. Naming a principle
//! ("this shows ownership") is recorded apart and never counts as evidence.
//!
//! Cues are English. A story mostly in another language is labelled by position only and
//! gets no principle scores; the `english` flag says so and rule I003 tells the user.

use crate::analyze::{Metric, MetricRole};
use crate::lexicon::{Lexicons, PhraseHits, PhraseList, StemId, WordFacts};
use crate::segment::{BlockKind, Segments, Span, Word};

/// A part of a STAR story.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Star {
    /// Context: where, when, who.
    Situation,
    /// The goal or the problem the speaker had to solve.
    Task,
    /// What the speaker did.
    Action,
    /// The outcome, and what was learned.
    Result,
    /// None of these (a restated question, an aside).
    Other,
}

impl Star {
    /// Every label, in story order (the index of each is its state in the model).
    pub const ALL: [Star; 5] = [
        Star::Situation,
        Star::Task,
        Star::Action,
        Star::Result,
        Star::Other,
    ];

    /// The lowercase name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Star::Situation => "situation",
            Star::Task => "task",
            Star::Action => "action",
            Star::Result => "result",
            Star::Other => "other",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A sentence of a story and its label.
#[derive(Clone, Debug)]
pub struct StorySentence {
    /// Index into `Segments::sentences`.
    pub sentence: usize,
    /// Its STAR part.
    pub star: Star,
    /// Posterior probability of that label, in [0, 1].
    pub confidence: f64,
}

/// How strongly a story shows one principle.
#[derive(Clone, Debug)]
pub struct PrincipleScore {
    /// Index into the principles pack.
    pub principle: usize,
    /// Strength in [0, 1]: the evidence weight above the principle's baseline, saturating.
    pub score: f64,
    /// Evidence weight before the baseline is taken off (for calibration).
    pub raw: f64,
    /// The phrases that count as evidence, then the single words, each in text order.
    pub evidence: Vec<Span>,
    /// How many evidence phrases (not single words) were found.
    pub phrase_hits: usize,
    /// Where the story names the principle instead of showing it.
    pub named: Vec<Span>,
}

/// Measures of a story.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StoryMeasures {
    /// Words in the story's sentences.
    pub words: usize,
    /// Speaking time at 150 words a minute, in seconds.
    pub speaking_seconds: f64,
    /// Share of the words in situation, task, action and result sentences.
    pub share: [f64; 4],
    /// "I", "me", "my", "myself" in action sentences.
    pub i_in_actions: usize,
    /// "we", "us", "our", "ours" in action sentences.
    pub we_in_actions: usize,
    /// Metrics in result sentences.
    pub result_metrics: usize,
    /// Of those, outcomes (a change, not a size).
    pub result_outcomes: usize,
    /// Whether a learning or a reflection is stated.
    pub learning: bool,
}

/// One story of a document.
#[derive(Clone, Debug)]
pub struct Story {
    /// Its heading, if it has one.
    pub title: Option<Span>,
    /// From its first to its last sentence.
    pub span: Span,
    /// Its sentences, labelled.
    pub sentences: Vec<StorySentence>,
    /// Every principle of the pack, strongest first (empty when the story is not English).
    pub principles: Vec<PrincipleScore>,
    /// Principles the author tagged the story with (indices into the pack).
    pub tagged: Vec<usize>,
    /// Tags that name no principle of the pack, with the span of the tag line.
    pub unknown_tags: Vec<(String, Span)>,
    /// The question the story answers, if given.
    pub question: Option<String>,
    /// Its measures.
    pub measures: StoryMeasures,
    /// Whether the story is mostly English, so that cues and principles apply.
    pub english: bool,
}

/// Spoken words per minute, for speaking time.
pub const WORDS_PER_MINUTE: f64 = 150.0;

/// Headings that label a STAR part rather than start a story.
fn part_heading(title: &str) -> Option<Star> {
    let t = title.trim().trim_end_matches(':').to_lowercase();
    let t = t.trim_start_matches(|c: char| !c.is_alphabetic());
    Some(match t {
        "situation" | "context" | "background" | "s" => Star::Situation,
        "task" | "challenge" | "goal" | "problem" | "t" => Star::Task,
        "action" | "actions" | "what i did" | "approach" | "a" => Star::Action,
        "result" | "results" | "outcome" | "impact" | "learning" | "learnings" | "reflection"
        | "r" => Star::Result,
        _ => return None,
    })
}

/// Metadata keys of a tag line.
enum Tag {
    Principles(Vec<String>),
    Question(String),
}

fn tag_line(text: &str) -> Option<Tag> {
    let (key, value) = text.split_once(':')?;
    let key = key.trim().trim_matches(['*', '_']);
    // Compared without a lowercase copy: most lines with a colon are prose. (No letter
    // outside ASCII lowercases to a letter of these keys.)
    let is = |name: &str| key.eq_ignore_ascii_case(name);
    let value = value.trim().trim_matches(['*', '_']).trim();
    const PRINCIPLE_KEYS: [&str; 7] = [
        "principles",
        "principle",
        "lp",
        "lps",
        "leadership principles",
        "leadership principle",
        "tags",
    ];
    if PRINCIPLE_KEYS.iter().any(|k| is(k)) {
        Some(Tag::Principles(
            value
                .trim_matches(['[', ']'])
                .split([',', ';', '/'])
                .map(|t| t.trim().trim_matches(['"', '\'']).to_owned())
                .filter(|t| !t.is_empty())
                .collect(),
        ))
    } else if is("question") {
        Some(Tag::Question(value.to_owned()))
    } else {
        None
    }
}

/// File-level metadata from YAML front matter.
#[derive(Default)]
struct FrontMatter {
    principles: Vec<String>,
    question: Option<String>,
    span: Option<Span>,
}

fn front_matter(text: &str) -> FrontMatter {
    let body_start = if text.starts_with("---\n") {
        4
    } else if text.starts_with("---\r\n") {
        5
    } else {
        return FrontMatter::default();
    };
    let Some(end) = text[body_start..]
        .match_indices("\n---")
        .map(|(i, _)| body_start + i)
        .next()
    else {
        return FrontMatter::default();
    };
    let yaml = &text[body_start..end];
    let mut fm = FrontMatter {
        span: Some(Span::new(0, end + 4)),
        ..FrontMatter::default()
    };
    let Ok(docs) = yaml_rust2::YamlLoader::load_from_str(yaml) else {
        return fm;
    };
    let Some(doc) = docs.first() else { return fm };
    for key in ["principles", "principle", "lp", "tags"] {
        match &doc[key] {
            yaml_rust2::Yaml::Array(items) => fm
                .principles
                .extend(items.iter().filter_map(|i| i.as_str().map(str::to_owned))),
            yaml_rust2::Yaml::String(s) => fm
                .principles
                .extend(s.split(',').map(|t| t.trim().to_owned())),
            _ => {}
        }
    }
    fm.question = doc["question"].as_str().map(str::to_owned);
    fm
}

/// A story being gathered from blocks.
struct Draft {
    title: Option<Span>,
    sentences: Vec<(usize, Option<Star>)>,
    tags: Vec<String>,
    tag_span: Span,
    question: Option<String>,
}

/// Find and analyse the stories of a document.
pub fn find_stories(
    text: &str,
    segments: &Segments,
    block_metrics: &[Vec<Metric>],
    phrases: &PhraseHits,
    lex: &Lexicons,
) -> Vec<Story> {
    let fm = front_matter(text);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut part: Option<Star> = None;
    let new_draft = |title| Draft {
        title,
        sentences: Vec::new(),
        tags: Vec::new(),
        tag_span: Span::default(),
        question: None,
    };
    for block in &segments.blocks {
        if fm.span.is_some_and(|s| s.contains(block.span)) {
            continue;
        }
        let slice = block.span.slice(text);
        if block.kind == BlockKind::Heading {
            if let Some(star) = part_heading(slice) {
                part = Some(star);
            } else {
                part = None;
                drafts.push(new_draft(Some(block.span)));
            }
            continue;
        }
        if drafts.is_empty() {
            drafts.push(new_draft(None));
        }
        let Some(draft) = drafts.last_mut() else {
            continue;
        };
        // A paragraph of tag lines ("Principles: …" and "Question: …" on consecutive
        // lines) is metadata, read line by line.
        let tags: Option<Vec<Tag>> = slice.lines().map(tag_line).collect();
        if let Some(tags) = tags {
            for tag in tags {
                match tag {
                    Tag::Principles(found) => {
                        draft.tags.extend(found);
                        draft.tag_span = block.span;
                    }
                    Tag::Question(q) => draft.question = Some(q),
                }
            }
            continue;
        }
        draft
            .sentences
            .extend(block.sentences.clone().map(|s| (s, part)));
    }
    let single = drafts.iter().filter(|d| !d.sentences.is_empty()).count() == 1;
    drafts
        .into_iter()
        .filter(|d| !d.sentences.is_empty())
        .map(|mut d| {
            // Front matter applies to every story of the file, unless a story has its own.
            if d.tags.is_empty() {
                d.tags = fm.principles.clone();
                d.tag_span = fm.span.unwrap_or_default();
            }
            if d.question.is_none() && (single || fm.question.is_some()) {
                d.question = fm.question.clone();
            }
            analyse(text, segments, block_metrics, phrases, lex, d)
        })
        .collect()
}

fn analyse(
    text: &str,
    segments: &Segments,
    block_metrics: &[Vec<Metric>],
    phrases: &PhraseHits,
    lex: &Lexicons,
    draft: Draft,
) -> Story {
    let sentences = &segments.sentences;
    let first = &sentences[draft.sentences[0].0];
    let last = &sentences[draft.sentences[draft.sentences.len() - 1].0];
    let span = Span::new(first.span.start, last.span.end);
    let words: Vec<&[Word]> = draft
        .sentences
        .iter()
        .map(|(s, _)| segments.words_in(&sentences[*s].words))
        .collect();
    let all_words: usize = words.iter().map(|w| w.len()).sum();
    let ascii = words
        .iter()
        .flat_map(|w| w.iter())
        .filter(|w| w.is(WordFacts::ASCII))
        .count();
    let english = ascii * 2 > all_words;
    let metrics: Vec<Vec<Metric>> = draft
        .sentences
        .iter()
        .map(|(s, _)| {
            let sentence = &sentences[*s];
            block_metrics[sentence.block]
                .iter()
                .filter(|m| sentence.span.contains(m.span))
                .copied()
                .collect()
        })
        .collect();

    // Reflections ("I learned that…"), found once: they point to the result, they are the
    // learning a story states, and they are no principle's evidence. English only.
    let mut buffer = Vec::new();
    let star_stems = if english {
        lex.star().stems.number_sentences(&words, &mut buffer)
    } else {
        Vec::new()
    };
    let mut found = Vec::new();
    let reflections: Vec<Vec<Span>> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            // Stories not in English have no stem numbers, and no reflections.
            let Some(stems) = star_stems.get(i) else {
                return Vec::new();
            };
            lex.star().reflection.find(stems, &mut found);
            found
                .iter()
                .map(|m| Span::new(w[m.words.start].span.start, w[m.words.end - 1].span.end))
                .collect()
        })
        .collect();

    let hints: Vec<Option<Star>> = draft.sentences.iter().map(|(_, p)| *p).collect();
    let labels = if english {
        label(&words, &star_stems, &metrics, &hints, &reflections, lex)
    } else {
        let blocks: Vec<usize> = draft
            .sentences
            .iter()
            .map(|(s, _)| sentences[*s].block)
            .collect();
        label_by_position(&blocks, &hints)
    };

    let mut tagged = Vec::new();
    let mut unknown_tags = Vec::new();
    for tag in &draft.tags {
        match lex.principles().find(tag) {
            Some(i) if !tagged.contains(&i) => tagged.push(i),
            Some(_) => {}
            None => unknown_tags.push((tag.clone(), draft.tag_span)),
        }
    }

    let story_sentences: Vec<StorySentence> = draft
        .sentences
        .iter()
        .zip(&labels)
        .map(|((s, _), (star, confidence))| StorySentence {
            sentence: *s,
            star: *star,
            confidence: *confidence,
        })
        .collect();
    let measures = measure(&words, &metrics, &labels, &reflections);
    let principles = if english {
        principle_scores(text, span, &words, &reflections, phrases, lex, all_words)
    } else {
        Vec::new()
    };
    Story {
        title: draft.title,
        span,
        sentences: story_sentences,
        principles,
        tagged,
        unknown_tags,
        question: draft.question,
        measures,
        english,
    }
}

// ---- STAR labelling ----------------------------------------------------------------

/// Weight of cue phrases in a sentence's score.
const CUE_SCALE: f64 = 1.0;
/// Where in the story (0 start, 1 end) each part is most likely.
const PART_CENTRE: [f64; 4] = [0.08, 0.25, 0.55, 0.92];
/// How sharply position favours each part's centre.
const POSITION_WEIGHT: f64 = 6.0;
/// Score of "other" for any sentence: it wins only when nothing else fits.
const OTHER_SCORE: f64 = -2.0;
/// A sentence of at most this many words is a reply to the interviewer, not a part.
const SHORT_SENTENCE: usize = 2;
/// Score added to "other" for such a sentence.
const SHORT_OTHER_BONUS: f64 = 3.0;
/// Score added to the part a "## Situation"-style heading names.
const HEADING_BONUS: f64 = 6.0;
/// First-person subject followed by a verb: the speaker acting.
const I_ACTION_BONUS: f64 = 1.5;
/// "We" followed by a verb.
const WE_ACTION_BONUS: f64 = 0.6;
/// An outcome metric in the sentence.
const OUTCOME_BONUS: f64 = 1.5;
/// Taken from action when no "I" or "we" is in the sentence.
const NO_SPEAKER_PENALTY: f64 = 1.0;
/// "I wanted", "I needed": a goal.
const INTENT_BONUS: f64 = 1.0;
/// Task needs evidence of its own: position alone does not make a sentence a task.
const TASK_BASE_PENALTY: f64 = 0.5;
/// True for a first-person word: the speaker is in the sentence. (A match, not a list, so
/// that each comparison is a few byte tests.)
fn is_first_person(lower: &str) -> bool {
    matches!(lower, "i" | "me" | "my" | "we" | "our" | "us")
}
/// A reflection phrase ("I learned").
const REFLECTION_BONUS: f64 = 2.0;

/// Log-scores of moving from one part to the next (rows: from; columns: to), in the
/// order situation, task, action, result, other. Forward moves are free, skipping costs a
/// little, going back costs more.
const TRANSITION: [[f64; 5]; 5] = [
    [0.0, 0.0, -0.5, -3.0, -1.0],
    [-1.5, 0.0, 0.0, -2.0, -1.0],
    [-3.0, -2.0, 0.0, 0.0, -1.0],
    [-4.0, -3.0, -1.5, 0.0, -1.0],
    [-0.5, -0.5, -0.5, -0.5, 0.0],
];
/// Log-scores of the first sentence's part.
const START: [f64; 5] = [0.0, -0.5, -1.5, -4.0, -1.0];

fn emissions(
    words: &[&[Word]],
    stems: &[&[StemId]],
    metrics: &[Vec<Metric>],
    hints: &[Option<Star>],
    reflections: &[Vec<Span>],
    lex: &Lexicons,
) -> Vec<[f64; 5]> {
    let n = words.len();
    let mut found = Vec::new();
    (0..n)
        .map(|i| {
            let w = words[i];
            let mut e = [0.0; 5];
            lex.star().cues.find(stems[i], &mut found);
            for m in &found {
                let phrase = &lex.star().cues.phrases[m.phrase];
                e[phrase.owner] += phrase.weight * CUE_SCALE;
            }
            let p = (i as f64 + 0.5) / n as f64;
            for (s, centre) in PART_CENTRE.iter().enumerate() {
                e[s] -= POSITION_WEIGHT * (p - centre).powi(2);
            }
            e[Star::Other.index()] += OTHER_SCORE;
            if w.len() <= SHORT_SENTENCE {
                // "Yes." "Okay, sure." A sentence this short answers the interviewer.
                e[Star::Other.index()] += SHORT_OTHER_BONUS;
            }
            if subject_acts(w, "i", lex) {
                e[Star::Action.index()] += I_ACTION_BONUS;
            } else if subject_acts(w, "we", lex) {
                e[Star::Action.index()] += WE_ACTION_BONUS;
            } else if opens_with_verb(w, lex) {
                // Terse tellings drop the subject: "Pulled the crash reports."
                e[Star::Action.index()] += I_ACTION_BONUS;
            } else if !w.iter().any(|x| is_first_person(x.lower())) {
                // Without "I" or "we", a sentence tells how things were or turned out.
                e[Star::Action.index()] -= NO_SPEAKER_PENALTY;
            }
            if w.iter()
                .take(4)
                .any(|x| lex.star().intent.contains(x.lower()))
                && w.iter().take(3).any(|x| x.lower() == "i")
            {
                e[Star::Task.index()] += INTENT_BONUS;
            }
            e[Star::Task.index()] -= TASK_BASE_PENALTY;
            if metrics[i].iter().any(|m| m.role == MetricRole::Outcome) {
                e[Star::Result.index()] += OUTCOME_BONUS;
            }
            if !reflections[i].is_empty() {
                e[Star::Result.index()] += REFLECTION_BONUS;
            }
            if let Some(star) = hints[i] {
                e[star.index()] += HEADING_BONUS;
            }
            e
        })
        .collect()
}

/// True for a verb the speaker did: an action verb, or a past tense that is not a verb of
/// wanting ("wanted", "needed").
fn is_deed(word: &Word, lex: &Lexicons) -> bool {
    // The verb tests first: they are bits and bytes, the lookup a hash.
    (word.is(WordFacts::ACTION_VERB) || (word.lower().ends_with("ed") && word.lower().len() > 4))
        && !lex.star().intent.contains(word.lower())
}

/// True when `subject` is followed within two words by a verb the speaker did.
fn subject_acts(words: &[Word], subject: &str, lex: &Lexicons) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        w.lower() == subject && words[i + 1..].iter().take(2).any(|v| is_deed(v, lex))
    })
}

/// True when the sentence opens with a deed and no subject ("Rebuilt the schedule.").
fn opens_with_verb(words: &[Word], lex: &Lexicons) -> bool {
    words.first().is_some_and(|w| is_deed(w, lex))
}

/// Viterbi for the labels, forward-backward for their confidence.
fn label(
    words: &[&[Word]],
    stems: &[&[StemId]],
    metrics: &[Vec<Metric>],
    hints: &[Option<Star>],
    reflections: &[Vec<Span>],
    lex: &Lexicons,
) -> Vec<(Star, f64)> {
    let e = emissions(words, stems, metrics, hints, reflections, lex);
    let n = e.len();
    if n == 0 {
        return Vec::new();
    }
    // Viterbi.
    let mut best = vec![[f64::NEG_INFINITY; 5]; n];
    let mut back = vec![[0usize; 5]; n];
    for s in 0..5 {
        best[0][s] = START[s] + e[0][s];
    }
    for i in 1..n {
        for s in 0..5 {
            let (from, score) = (0..5).map(|f| (f, best[i - 1][f] + TRANSITION[f][s])).fold(
                (0, f64::NEG_INFINITY),
                |acc, x| if x.1 > acc.1 { x } else { acc },
            );
            best[i][s] = score + e[i][s];
            back[i][s] = from;
        }
    }
    let mut path = vec![0usize; n];
    path[n - 1] = (0..5)
        .max_by(|&a, &b| best[n - 1][a].total_cmp(&best[n - 1][b]))
        .unwrap_or(0);
    for i in (1..n).rev() {
        path[i - 1] = back[i][path[i]];
    }
    // Forward-backward marginals under the same scores, in probabilities with each step
    // normalised (scaled forward-backward): five exponentials a sentence, where sums of
    // logarithms took fifty.
    let trans = TRANSITION.map(|row| row.map(f64::exp));
    let emit: Vec<[f64; 5]> = e
        .iter()
        .map(|row| {
            // Relative to the row's best, so the largest is 1 and none overflows.
            let max = row.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            row.map(|x| (x - max).exp())
        })
        .collect();
    let normalised = |mut v: [f64; 5]| {
        let sum: f64 = v.iter().sum();
        v.iter_mut().for_each(|x| *x /= sum);
        v
    };
    let mut fwd = vec![[0.0; 5]; n];
    let mut bwd = vec![[1.0; 5]; n];
    fwd[0] = normalised(std::array::from_fn(|s| START[s].exp() * emit[0][s]));
    for i in 1..n {
        fwd[i] = normalised(std::array::from_fn(|s| {
            emit[i][s] * (0..5).map(|f| fwd[i - 1][f] * trans[f][s]).sum::<f64>()
        }));
    }
    for i in (0..n - 1).rev() {
        bwd[i] = normalised(std::array::from_fn(|s| {
            (0..5)
                .map(|t| trans[s][t] * emit[i + 1][t] * bwd[i + 1][t])
                .sum::<f64>()
        }));
    }
    path.iter()
        .enumerate()
        .map(|(i, &s)| {
            let joint: [f64; 5] = std::array::from_fn(|t| fwd[i][t] * bwd[i][t]);
            let confidence = joint[s] / joint.iter().sum::<f64>();
            (Star::ALL[s], confidence.clamp(0.0, 1.0))
        })
        .collect()
}

/// Without English cues: headings where given; else paragraphs, in the usual order (the
/// first paragraph sets the scene, the last tells the result, the ones between act); a
/// single paragraph is cut into four parts.
fn label_by_position(blocks: &[usize], hints: &[Option<Star>]) -> Vec<(Star, f64)> {
    let n = blocks.len();
    let mut paragraphs: Vec<usize> = blocks.to_vec();
    paragraphs.dedup();
    let k = paragraphs.len();
    (0..n)
        .map(|i| {
            if let Some(star) = hints[i] {
                return (star, 1.0);
            }
            let paragraph = paragraphs.iter().position(|b| *b == blocks[i]).unwrap_or(0);
            let star = match (k, paragraph) {
                (1, _) => Star::ALL[(i * 4 / n.max(1)).min(3)],
                (4, p) => Star::ALL[p],
                (_, 0) => Star::Situation,
                (_, p) if p + 1 == k => Star::Result,
                (k, 1) if k > 4 => Star::Task,
                _ => Star::Action,
            };
            (star, 0.25)
        })
        .collect()
}

// ---- measures ------------------------------------------------------------------------

fn measure(
    words: &[&[Word]],
    metrics: &[Vec<Metric>],
    labels: &[(Star, f64)],
    reflections: &[Vec<Span>],
) -> StoryMeasures {
    let total: usize = words.iter().map(|w| w.len()).sum();
    let mut share = [0.0; 4];
    let mut m = StoryMeasures {
        words: total,
        speaking_seconds: total as f64 * 60.0 / WORDS_PER_MINUTE,
        ..StoryMeasures::default()
    };
    for ((w, found), (star, _)) in words.iter().zip(metrics).zip(labels) {
        if *star != Star::Other {
            share[star.index()] += w.len() as f64;
        }
        match star {
            Star::Action => {
                m.i_in_actions += w
                    .iter()
                    .filter(|x| matches!(x.lower(), "i" | "me" | "my" | "myself"))
                    .count();
                m.we_in_actions += w
                    .iter()
                    .filter(|x| matches!(x.lower(), "we" | "us" | "our" | "ours"))
                    .count();
            }
            Star::Result => {
                m.result_metrics += found.len();
                m.result_outcomes += found
                    .iter()
                    .filter(|x| x.role == MetricRole::Outcome)
                    .count();
            }
            _ => {}
        }
    }
    for s in &mut share {
        *s /= total.max(1) as f64;
    }
    m.learning = reflections.iter().any(|r| !r.is_empty());
    m.share = share;
    m
}

// ---- principles ----------------------------------------------------------------------

/// BM25 term-frequency saturation.
const K1: f64 = 1.2;
/// BM25 length normalisation.
const B: f64 = 0.75;
/// Typical story length in words, for length normalisation.
const AVERAGE_WORDS: f64 = 250.0;
/// Evidence weight above the baseline at which a principle's score reaches 1 − 1/e.
const SCORE_SCALE: f64 = 7.5;
/// Weight of single stems against whole phrases.
const BAG_WEIGHT: f64 = 0.3;
/// True for a word that negates the evidence right after it. (A match, not a list, so
/// that each comparison is a few byte tests: it runs on the words before every phrase.)
fn is_negation(lower: &str) -> bool {
    matches!(
        lower,
        "not" | "never" | "no" | "didn't" | "don't" | "wasn't" | "weren't" | "without"
    )
}
/// How many words before a phrase a negation reaches.
const NEGATION_REACH: usize = 3;

fn principle_scores(
    text: &str,
    span: Span,
    words: &[&[Word]],
    reflections: &[Vec<Span>],
    phrases: &PhraseHits,
    lex: &Lexicons,
    total_words: usize,
) -> Vec<PrincipleScore> {
    let pack = &lex.principles();
    // From the document's search when it held the names (see `Lexicons::phrase_index`).
    let names: Vec<Span> = if phrases.searched(PhraseList::PrincipleName) {
        phrases.find(PhraseList::PrincipleName, span).collect()
    } else {
        let story_text = span.slice(text);
        pack.names
            .find_iter(story_text)
            .map(|found| found.shift(span.start))
            .collect()
    };
    let mut named: Vec<Vec<Span>> = vec![Vec::new(); pack.list.len()];
    for found in names {
        let phrase = found.slice(text).to_lowercase();
        let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(&owner) = pack.name_owner.get(&phrase) {
            named[owner].push(found);
        }
    }
    // Reflections close most stories whatever they are about, so their words are not
    // evidence for Learn and Be Curious or any other principle.
    let reflections: Vec<Span> = reflections.iter().flatten().copied().collect();
    // Every phrase hit as (phrase, span), one list for the story: sorted below, so that
    // each phrase's hits are counted together and each principle's come in text order.
    let mut hits: Vec<(usize, Span)> = Vec::new();
    let mut buffer = Vec::new();
    let stems = pack.stems.number_sentences(words, &mut buffer);
    let mut found = Vec::new();
    let mut taken: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for (sentence, stems) in words.iter().zip(&stems) {
        pack.evidence.find(stems, &mut found);
        // Keep the longest phrase of each principle where phrases overlap.
        found.sort_by_key(|m| (m.words.start, std::cmp::Reverse(m.words.end)));
        taken.clear();
        for m in &found {
            let owner = pack.evidence.phrases[m.phrase].owner;
            if taken
                .iter()
                .any(|(o, r)| *o == owner && r.start < m.words.end && m.words.start < r.end)
            {
                continue;
            }
            let negated = sentence[m.words.start.saturating_sub(NEGATION_REACH)..m.words.start]
                .iter()
                .any(|w| is_negation(w.lower()) || w.lower().ends_with("n't"))
                && !is_negation(&pack.evidence.phrases[m.phrase].stems[0]);
            let phrase_span = Span::new(
                sentence[m.words.start].span.start,
                sentence[m.words.end - 1].span.end,
            );
            let in_name = named[owner].iter().any(|n| n.overlaps(phrase_span))
                || reflections.iter().any(|r| r.overlaps(phrase_span));
            taken.push((owner, m.words.clone()));
            if !negated && !in_name {
                hits.push((m.phrase, phrase_span));
            }
        }
    }
    let length_norm = 1.0 - B + B * total_words as f64 / AVERAGE_WORDS;
    let mut raw = vec![0.0; pack.list.len()];
    // Word by word: each content stem counts for the principles whose evidence uses it,
    // saturating like a phrase, discounted when many principles share it. Words inside a
    // principle's name or a reflection do not count.
    let mut excluded: Vec<Span> = named.iter().flatten().copied().collect();
    excluded.extend(&reflections);
    // The words whose stem is some principle's evidence, as one key each, the stem's rank
    // (its order as a string) above its number: sorted, each stem's words come together
    // and the stems in rank order, so the sums below always add up in the same order. Keys
    // of eight bytes, rather than the words themselves, are what the sort moves.
    let mut keys: Vec<u64> = Vec::with_capacity(total_words);
    // The single-word evidence as (principle, span) pairs, in text order.
    let mut terms: Vec<(usize, Span)> = Vec::new();
    // Each word with its stem number, sentence by sentence.
    let numbered = words
        .iter()
        .zip(&stems)
        .flat_map(|(w, n)| w.iter().zip(n.iter()));
    for (word, &number) in numbered {
        let Some(stem) = pack
            .stem_weights
            .get(number as usize)
            .and_then(Option::as_ref)
        else {
            continue;
        };
        if word.is(WordFacts::STOP_WORD) || excluded.iter().any(|r| r.overlaps(word.span)) {
            continue;
        }
        keys.push((stem.rank as u64) << 32 | u64::from(number));
        terms.extend(stem.quoted.iter().map(|&p| (p, word.span)));
    }
    keys.sort_unstable();
    for group in keys.chunk_by(|a, b| a >> 32 == b >> 32) {
        let number = (group[0] & u64::from(u32::MAX)) as usize;
        let Some(stem) = pack.stem_weights.get(number).and_then(Option::as_ref) else {
            continue;
        };
        let count = group.len() as f64;
        let saturated = count * (K1 + 1.0) / (count + K1 * length_norm);
        for (p, w) in &stem.weights {
            raw[*p] += BAG_WEIGHT * w * saturated;
        }
    }
    let (term_spans, term_bounds) = by_principle(&terms, pack.list.len());
    // Phrase evidence as (principle, span) pairs sorted once, and single-word evidence
    // placed by principle above, rather than a list per principle: a story has few hits,
    // and a list for each of the sixteen principles cost more to grow than to fill.
    hits.sort_unstable();
    let mut evidence: Vec<(usize, Span)> = Vec::with_capacity(hits.len());
    for group in hits.chunk_by(|a, b| a.0 == b.0) {
        let p = &pack.evidence.phrases[group[0].0];
        let tf = group.len() as f64;
        raw[p.owner] += p.weight * tf * (K1 + 1.0) / (tf + K1 * length_norm);
        evidence.extend(group.iter().map(|&(_, span)| (p.owner, span)));
    }
    evidence.sort_unstable();
    // The phrase evidence of principle `i`.
    let phrases_of = |i: usize| {
        &evidence
            [evidence.partition_point(|&(p, _)| p < i)..evidence.partition_point(|&(p, _)| p <= i)]
    };
    let mut scores: Vec<PrincipleScore> = (0..pack.list.len())
        .map(|i| {
            // Phrases first (they are the stronger evidence), each group in text order.
            let phrases = phrases_of(i);
            let terms = &term_spans[term_bounds[i]..term_bounds[i + 1]];
            let mut ev = Vec::with_capacity(phrases.len() + terms.len());
            ev.extend(phrases.iter().map(|&(_, span)| span));
            let phrase_hits = ev.len();
            ev.extend(
                terms
                    .iter()
                    .copied()
                    .filter(|&term| !phrases.iter().any(|&(_, e)| e.overlaps(term))),
            );
            PrincipleScore {
                principle: i,
                raw: raw[i],
                score: 1.0 - (-(raw[i] - pack.list[i].baseline).max(0.0) / SCORE_SCALE).exp(),
                evidence: ev,
                phrase_hits,
                named: std::mem::take(&mut named[i]),
            }
        })
        .collect();
    // Principles under their baseline all score 0; the one closest to it ranks first.
    let excess = |p: &PrincipleScore| p.raw - pack.list[p.principle].baseline;
    scores.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(excess(b).total_cmp(&excess(a)))
            .then(a.principle.cmp(&b.principle))
    });
    scores
}

/// Spans grouped by principle, each group in the order given (`pairs` in text order give
/// each principle's in text order): `spans[bounds[p]..bounds[p + 1]]` are principle `p`'s.
/// Placed by a count per principle, not sorted.
fn by_principle(pairs: &[(usize, Span)], principles: usize) -> (Vec<Span>, Vec<usize>) {
    let mut bounds = vec![0; principles + 1];
    for &(p, _) in pairs {
        bounds[p + 1] += 1;
    }
    for p in 1..bounds.len() {
        bounds[p] += bounds[p - 1];
    }
    let mut spans = vec![Span::default(); pairs.len()];
    let mut next = bounds.clone();
    for &(p, span) in pairs {
        spans[next[p]] = span;
        next[p] += 1;
    }
    (spans, bounds)
}

/// Principle scores of prose that is not a story (the body of a cover letter): the given
/// sentences count as one story, and nothing inside an `ignored` span is evidence.
pub fn document_principles(
    text: &str,
    segments: &Segments,
    sentences: &[&crate::segment::Sentence],
    ignored: &[Span],
    phrases: &PhraseHits,
    lex: &Lexicons,
) -> Vec<PrincipleScore> {
    let words: Vec<&[Word]> = sentences
        .iter()
        .map(|s| segments.words_in(&s.words))
        .collect();
    let total = words.iter().map(|w| w.len()).sum();
    let ignored = [ignored.to_vec()];
    principle_scores(
        text,
        Span::new(0, text.len()),
        &words,
        &ignored,
        phrases,
        lex,
        total,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Document, Format, Source};
    use crate::segment::DocKind;
    use unicode_segmentation::UnicodeSegmentation;

    fn lex() -> &'static Lexicons {
        crate::rules::test_support::engine().lexicons()
    }

    fn stories(markdown: &str) -> Vec<Story> {
        let doc = Document::from_text(Source::Stdin, Format::Markdown, markdown);
        crate::analyze::Analysis::new(&doc, lex(), Some(DocKind::Story)).stories
    }

    fn labels(markdown: &str) -> String {
        stories(markdown)[0]
            .sentences
            .iter()
            .map(|s| s.star.name().chars().next().unwrap_or('?'))
            .collect()
    }

    const STORY: &str = "Last summer I interned at a bank on the payments team. The nightly build failed about half the time. My goal was to make it reliable before the release. I traced the failures to a shared test database. I gave each test run its own copy. As a result, the build passed 98% of nights, up from 52%. I learned to look for shared state first.";

    #[test]
    fn principle_names_are_the_same_from_the_documents_search_as_from_the_storys_own() {
        // Fresh lexicons: the first analysis searches each story for the names itself (its
        // document was searched before the principles pack was built); the second finds
        // them in the document's one search.
        let lex = Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
        let text = format!(
            "# Owning the build\n\n{STORY} It showed a sense of ownership and a Bias\nfor \
             Action, and I dove deep.\n\n# Second\n\n{STORY} That is customer obsession."
        );
        let doc = Document::from_text(Source::Stdin, Format::Markdown, text.as_str());
        let analyse = || crate::analyze::Analysis::new(&doc, &lex, Some(DocKind::Story));
        let first = analyse();
        assert!(!first.phrases.searched(PhraseList::PrincipleName));
        let second = analyse();
        assert!(second.phrases.searched(PhraseList::PrincipleName));
        assert_eq!(
            format!("{:?}", first.stories),
            format!("{:?}", second.stories)
        );
        let named: Vec<&str> = second
            .stories
            .iter()
            .flat_map(|s| &s.principles)
            .flat_map(|p| &p.named)
            .map(|span| span.slice(&text))
            .collect();
        assert_eq!(named.len(), 4, "{named:?}");
        assert!(named.contains(&"Bias\nfor Action"), "{named:?}");
    }

    #[test]
    fn a_plain_story_runs_situation_task_action_result() {
        assert_eq!(labels(STORY), "sstaarr");
    }

    #[test]
    fn a_restated_question_and_a_bare_reply_are_other() {
        let told =
            format!("So the question is about a time I made a build reliable. Okay. {STORY}");
        assert_eq!(labels(&told), "oosstaarr");
    }

    #[test]
    fn reported_speech_is_not_a_reflection() {
        let said = "I told my manager I would look into it and call her back.";
        let reflected = "If I did it again, I would have asked for help sooner.";
        assert!(!stories(said)[0].measures.learning);
        assert!(stories(reflected)[0].measures.learning);
    }

    #[test]
    fn confidence_is_a_probability() {
        for s in &stories(STORY)[0].sentences {
            assert!((0.0..=1.0).contains(&s.confidence), "{}", s.confidence);
        }
    }

    #[test]
    fn part_headings_label_what_follows_and_do_not_split_stories() {
        let text = "# Build\n\n## Action\n\nThe build was slow.\n\n## Result\n\nI was happy.\n";
        let found = stories(text);
        assert_eq!(found.len(), 1);
        assert_eq!(labels(text), "ar");
    }

    #[test]
    fn headings_split_a_bank_and_tag_lines_are_metadata() {
        let text = "---\nprinciples: [ownership]\nquestion: Tell me about a time.\n---\n# Bank\n\n## One\n\nPrinciples: frugality, Dive Deep\nQuestion: Why?\n\nI saved money.\n\n## Two\n\nI fixed a bug.\n";
        let found = stories(text);
        assert_eq!(
            found.len(),
            2,
            "the bank title has no sentences and is no story"
        );
        let pack = &lex().principles();
        let ids = |s: &Story| {
            s.tagged
                .iter()
                .map(|&i| &*pack.list[i].id)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&found[0]), vec!["frugality", "dive-deep"]);
        assert_eq!(found[0].question.as_deref(), Some("Why?"));
        assert_eq!(found[0].sentences.len(), 1, "tag lines are not sentences");
        assert_eq!(
            ids(&found[1]),
            vec!["ownership"],
            "front matter applies where a story has no tags"
        );
    }

    #[test]
    fn unknown_tags_are_kept_for_the_report() {
        let found = stories("Principles: frugalty\n\nI saved money.\n");
        assert_eq!(found[0].unknown_tags.len(), 1);
        assert_eq!(found[0].unknown_tags[0].0, "frugalty");
    }

    #[test]
    fn measures_count_speaker_and_team_in_actions() {
        let story = &stories(STORY)[0];
        let m = &story.measures;
        assert_eq!(m.words, STORY.unicode_words().count());
        assert!((m.speaking_seconds - m.words as f64 * 60.0 / WORDS_PER_MINUTE).abs() < 1e-9);
        assert!(m.i_in_actions >= 2 && m.we_in_actions == 0, "{m:?}");
        assert!(m.result_outcomes >= 1 && m.learning, "{m:?}");
    }

    #[test]
    fn principle_evidence_ignores_negation_and_names() {
        let shown = stories("I pushed back on the plan with data and convinced my manager.")[0]
            .principles
            .clone();
        let negated = stories("I did not push back on the plan with data.")[0]
            .principles
            .clone();
        let id = |p: &PrincipleScore| lex().principles().list[p.principle].id.to_string();
        let backbone = |list: &[PrincipleScore]| {
            list.iter()
                .find(|p| id(p) == "have-backbone-disagree-and-commit")
                .map_or(0.0, |p| p.score)
        };
        assert!(
            backbone(&shown) > backbone(&negated),
            "{} vs {}",
            backbone(&shown),
            backbone(&negated)
        );
        let named = stories("This shows my customer obsession.")[0]
            .principles
            .clone();
        let customer = named
            .iter()
            .find(|p| id(p) == "customer-obsession")
            .unwrap_or_else(|| panic!("listed"));
        assert_eq!(customer.named.len(), 1);
        assert_eq!(customer.phrase_hits, 0, "a name is not evidence");
    }

    #[test]
    fn principles_are_all_listed_strongest_first() {
        let list = &stories(STORY)[0].principles;
        assert_eq!(list.len(), lex().principles().list.len());
        assert!(list.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn principles_under_their_baseline_rank_by_how_close_they_come() {
        let list = &stories("I went to the shop. It was closed.")[0].principles;
        let pack = lex().principles();
        let under: Vec<f64> = list
            .iter()
            .filter(|p| p.score == 0.0)
            .map(|p| p.raw - pack.list[p.principle].baseline)
            .collect();
        assert!(
            under.len() > 3,
            "a story with no evidence leaves most principles at 0"
        );
        assert!(under.windows(2).all(|w| w[0] >= w[1]), "{under:?}");
    }

    #[test]
    fn korean_stories_are_labelled_by_paragraph_without_principles() {
        let text = "작년 여름 결제팀에서 일했습니다.\n\n빌드가 자주 실패했습니다.\n\n저는 로그를 모아 원인을 찾았습니다.\n\n그 결과 성공률이 98%가 되었습니다.\n";
        let story = &stories(text)[0];
        assert!(!story.english);
        assert!(story.principles.is_empty());
        assert_eq!(labels(text), "star");
    }
}
