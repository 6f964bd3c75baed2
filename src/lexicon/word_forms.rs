//! A word's lowercase form, English stem and what the lexicons say of it, shared by every
//! occurrence of the word in the documents a thread reads.

use std::rc::Rc;

use rustc_hash::FxHashMap as HashMap;

use super::word_key::WordKey;
use super::{Lexicons, Numbering, StemId};

/// What the lexicons say of a word, and whether it is ASCII, as bits found once, when the
/// word enters the cache: the checks that run on every word of a document are then bit
/// tests, where each was a hash lookup or a read of the word's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordFacts(u16);

impl WordFacts {
    /// In the style stop words.
    pub const STOP_WORD: WordFacts = WordFacts(1);
    /// In the style first-person pronouns.
    pub const FIRST_PERSON: WordFacts = WordFacts(1 << 1);
    /// In the style forms of "to be".
    pub const BE_VERB: WordFacts = WordFacts(1 << 2);
    /// Its stem is an action verb.
    pub const ACTION_VERB: WordFacts = WordFacts(1 << 3);
    /// Its stem reports a change ("reduced"): a metric after it is an outcome.
    pub const OUTCOME: WordFacts = WordFacts(1 << 4);
    /// A number word ("twelve").
    pub const NUMBER_WORD: WordFacts = WordFacts(1 << 5);
    /// A magnitude word ("dozen", "hundred").
    pub const MAGNITUDE: WordFacts = WordFacts(1 << 6);
    /// A scale word ("thousands").
    pub const SCALE: WordFacts = WordFacts(1 << 7);
    /// A unit of time.
    pub const TIME_UNIT: WordFacts = WordFacts(1 << 8);
    /// A currency written as a word ("dollars", "USD").
    pub const CURRENCY_WORD: WordFacts = WordFacts(1 << 9);
    /// Its lowercase form is ASCII: a Latin-script word, as far as English checks go.
    pub const ASCII: WordFacts = WordFacts(1 << 10);
    /// Any of a number, magnitude or scale word: a worded amount may start at it.
    pub const NUMERIC: WordFacts =
        WordFacts(Self::NUMBER_WORD.0 | Self::MAGNITUDE.0 | Self::SCALE.0);

    /// The facts of a word with this lowercase form and stem.
    fn of(lower: &str, stem: &str, lex: &Lexicons) -> WordFacts {
        let (style, q) = (&lex.style, &lex.quantities);
        [
            (style.stop_words.contains(lower), WordFacts::STOP_WORD),
            (style.first_person.contains(lower), WordFacts::FIRST_PERSON),
            (style.be_verbs.contains(lower), WordFacts::BE_VERB),
            (lex.action_verbs.contains_key(stem), WordFacts::ACTION_VERB),
            (q.outcome_stems.contains(stem), WordFacts::OUTCOME),
            (q.number_words.contains(lower), WordFacts::NUMBER_WORD),
            (q.magnitude_words.contains(lower), WordFacts::MAGNITUDE),
            (q.scale_words.contains(lower), WordFacts::SCALE),
            (q.time_units.contains(lower), WordFacts::TIME_UNIT),
            (q.currency_words.contains(lower), WordFacts::CURRENCY_WORD),
            (lower.is_ascii(), WordFacts::ASCII),
        ]
        .into_iter()
        .filter(|(holds, _)| *holds)
        .fold(WordFacts::default(), |all, (_, fact)| all | fact)
    }

    /// True when every fact of `facts` holds.
    pub fn contains(self, facts: WordFacts) -> bool {
        self.0 & facts.0 == facts.0
    }

    /// True when some fact of `facts` holds.
    pub fn intersects(self, facts: WordFacts) -> bool {
        self.0 & facts.0 != 0
    }
}

impl std::ops::BitOr for WordFacts {
    type Output = WordFacts;

    /// The facts of both.
    fn bitor(self, other: WordFacts) -> WordFacts {
        WordFacts(self.0 | other.0)
    }
}

/// True for a word with no letter, in ASCII: a number ("2024", "3.5").
fn is_number(word: &str) -> bool {
    !word
        .bytes()
        .any(|b| b.is_ascii_alphabetic() || !b.is_ascii())
}

/// The facts of every word of the lexicons' word lists that a number could be: a number is
/// its own lowercase form and stem, so only these can say anything of it, and a number
/// found in none of them is a plain ASCII word. (The embedded lists hold no such word; the
/// map spares each number the dozen lookups its facts would cost.)
pub(super) fn number_facts(lex: &Lexicons) -> HashMap<WordKey, WordFacts> {
    let (style, q) = (&lex.style, &lex.quantities);
    [
        &style.stop_words,
        &style.first_person,
        &style.be_verbs,
        &q.outcome_stems,
        &q.number_words,
        &q.magnitude_words,
        &q.scale_words,
        &q.time_units,
        &q.currency_words,
    ]
    .into_iter()
    .flatten()
    .chain(lex.action_verbs.keys())
    .filter(|word| is_number(word))
    .map(|word| (WordKey::new(word), WordFacts::of(word, word, lex)))
    .collect()
}

/// A word's lowercase form and stem, in one shared string (the lowercase form, then the
/// stem when it differs), with its facts and its stem's numbers. One count to raise per
/// occurrence of a word and one string to read, where two shared strings cost two of each.
#[derive(Clone, Debug)]
pub struct WordForms {
    text: Rc<str>,
    /// Where the lowercase form ends in `text`.
    lower_end: u32,
    /// Where the stem starts in `text`: 0 when it is the lowercase form.
    stem_start: u32,
    /// The stem's number in each [`Numbering`]'s vocabulary, or [`NOT_NUMBERED`] while
    /// that part of the lexicons is not built (a run over resumes never builds them).
    stem_numbers: [StemId; 2],
    /// What the lexicons that made these forms say of the word.
    facts: WordFacts,
}

/// A stem number not known yet.
const NOT_NUMBERED: StemId = StemId::MAX - 1;

impl WordForms {
    fn new(lower: &str, stem: &str, lex: &Lexicons) -> Self {
        WordForms::with_facts(lower, stem, WordFacts::of(lower, stem, lex))
    }

    fn with_facts(lower: &str, stem: &str, facts: WordFacts) -> Self {
        let (text, lower_end, stem_start) = match u32::try_from(lower.len()) {
            // A "word" of 4 GB: keep it whole, stemmed as itself.
            Err(_) => (Rc::from(lower), u32::MAX, 0),
            Ok(lower_end) if stem == lower => (Rc::from(lower), lower_end, 0),
            Ok(lower_end) => (Rc::from([lower, stem].concat()), lower_end, lower_end),
        };
        WordForms {
            text,
            lower_end,
            stem_start,
            stem_numbers: [NOT_NUMBERED; 2],
            facts,
        }
    }

    /// Number the stem in the vocabularies of `lex` built since it was last numbered.
    fn number_stem(&mut self, lex: &Lexicons) {
        if self.stem_numbers[Numbering::StarCues as usize] == NOT_NUMBERED {
            if let Some(star) = lex.star.built.get() {
                self.stem_numbers[Numbering::StarCues as usize] = star.stems.id(self.stem());
            }
        }
        if self.stem_numbers[Numbering::Principles as usize] == NOT_NUMBERED {
            if let Some(pack) = lex.principles.built.get() {
                self.stem_numbers[Numbering::Principles as usize] = pack.stems.id(self.stem());
            }
        }
    }

    /// The stem's number in the vocabulary of `numbering`, when known.
    pub fn stem_number(&self, numbering: Numbering) -> Option<StemId> {
        let number = self.stem_numbers[numbering as usize];
        (number != NOT_NUMBERED).then_some(number)
    }

    /// What the lexicons say of the word.
    pub fn facts(&self) -> WordFacts {
        self.facts
    }

    /// The lowercase form.
    pub fn lower(&self) -> &str {
        self.text
            .get(..self.lower_end as usize)
            .unwrap_or(&self.text)
    }

    /// The English stem of the lowercase form (words in other scripts are left as they
    /// are).
    pub fn stem(&self) -> &str {
        match self.stem_start {
            0 => self.lower(),
            start => self.text.get(start as usize..).unwrap_or(&self.text),
        }
    }
}

/// Past this many entries the word cache starts over, so memory stays bounded (about 1 MB
/// a thread; a batch's everyday words are back after a few documents, while names, which
/// rarely repeat, would otherwise fill it as it grows). At twice this size, a batch of
/// 100,000 documents filled the cache where one of 10,000 did not, and peak memory grew by
/// a fifth.
const CAPACITY: usize = 8_192;

/// The thread's word cache, borrowed for a run of lookups by
/// [`Lexicons::with_word_cache`].
pub(crate) struct WordCache<'a> {
    lex: &'a Lexicons,
    forms: &'a mut HashMap<WordKey, WordForms>,
}

impl WordCache<'_> {
    /// The forms of `word` (see [`Lexicons::word_forms`]).
    pub(crate) fn forms(&mut self, word: &str) -> WordForms {
        let lex = self.lex;
        if is_number(word) {
            // A number ("2024", "3.5"): its own lowercase form and stem. Numbers rarely
            // repeat, so they would only crowd the cache, and they are left unnumbered:
            // numbering each occurrence would cost more than looking up the few in stories.
            let facts = lex.number_facts.get(word.as_bytes());
            return WordForms::with_facts(word, word, facts.copied().unwrap_or(WordFacts::ASCII));
        }
        if let Some(forms) = self.forms.get_mut(word.as_bytes()) {
            // Parts of the lexicons built since the word was cached number it now.
            if forms.stem_numbers.contains(&NOT_NUMBERED) {
                forms.number_stem(lex);
            }
            return forms.clone();
        }
        if self.forms.len() >= CAPACITY {
            self.forms.clear();
        }
        let lower = word.to_lowercase();
        let mut forms = WordForms::new(&lower, &lex.stem(&lower), lex);
        forms.number_stem(lex);
        self.forms.insert(WordKey::new(word), forms.clone());
        forms
    }
}

impl Lexicons {
    /// A word's lowercase form and English stem, with its facts and stem numbers,
    /// remembered per thread: a batch repeats the same few thousand words, and lowercasing
    /// and stemming each again was the costliest step of segmentation. Shared, so a
    /// repeated word allocates nothing; counted with `Rc`, not `Arc`, since a document's
    /// words never leave the thread that segments it, and atomic counts were a measurable
    /// part of segmentation.
    ///
    /// The facts depend on the lexicons, so the cache belongs to one [`Lexicons`] at a
    /// time and starts over when another asks (a batch whose folders bring their own
    /// lexicons moves between them rarely, at folder boundaries).
    pub fn word_forms(&self, word: &str) -> WordForms {
        self.with_word_cache(|cache| cache.forms(word))
    }

    /// Run `f` with the thread's word cache, borrowed once for all the words `f` looks up:
    /// segmentation looks up every word of a block in one borrow, where reaching the
    /// thread's cache for each word was a tenth of a lookup. `f` must not call
    /// [`Lexicons::word_forms`], which would borrow the cache again.
    pub(crate) fn with_word_cache<R>(&self, f: impl FnOnce(&mut WordCache<'_>) -> R) -> R {
        /// The cache, and the [`Lexicons::id`] of the lexicons its facts come from.
        type Cache = (u64, HashMap<WordKey, WordForms>);
        thread_local! {
            static CACHE: std::cell::RefCell<Cache> = std::cell::RefCell::new(Cache::default());
        }
        CACHE.with(|cache| {
            let (owner, forms) = &mut *cache.borrow_mut();
            if *owner != self.id {
                forms.clear();
                *owner = self.id;
            }
            f(&mut WordCache { lex: self, forms })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{LexiconSource, VocabularyTerm, NO_STEM};

    #[test]
    fn words_cached_before_the_story_lexicons_are_numbered_once_they_are_built() {
        let lex = Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
        let numbers = |word: &str| {
            let forms = lex.word_forms(word);
            [Numbering::StarCues, Numbering::Principles].map(|n| forms.stem_number(n))
        };
        // Cached while neither vocabulary is built: no numbers yet.
        assert_eq!(numbers("Learned"), [None, None]);
        assert_eq!(numbers("customers"), [None, None]);
        let star = lex.star();
        let learn = star.stems.id("learn");
        assert_ne!(learn, NO_STEM);
        assert_eq!(numbers("Learned"), [Some(learn), None]);
        let pack = lex.principles();
        let customer = pack.stems.id("custom");
        assert_ne!(customer, NO_STEM);
        assert_eq!(numbers("customers")[1], Some(customer));
        assert_eq!(numbers("zyzzyva"), [Some(NO_STEM), Some(NO_STEM)]);
        // Numbers are not cached, and so never numbered.
        assert_eq!(numbers("2024"), [None, None]);
    }

    /// The embedded lexicons with one more action verb.
    fn with_action_verb(verb: &str) -> Lexicons {
        let mut source = LexiconSource::default();
        source.vocabulary.action_verbs.push(VocabularyTerm {
            text: verb.into(),
            line: None,
        });
        Lexicons::load(&source).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn numbers_have_the_facts_the_word_lists_give_them() {
        let embedded = Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
        let extended = with_action_verb("2024");
        for lex in [&embedded, &extended] {
            for number in ["2024", "3.5", "1,000", "0", "2_024"] {
                let facts = lex.word_forms(number).facts();
                assert_eq!(facts, WordFacts::of(number, number, lex), "{number}");
                assert!(facts.contains(WordFacts::ASCII));
            }
        }
        assert!(extended
            .word_forms("2024")
            .facts()
            .contains(WordFacts::ACTION_VERB));
    }

    #[test]
    fn facts_come_from_the_lexicons_that_ask() {
        let embedded = Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
        let extended = with_action_verb("frobnicate");
        let verb = |lex: &Lexicons| lex.word_forms("Frobnicated").facts();
        // Asked in turn, each lexicon gets its own answer, not the cached one of the other.
        for _ in 0..2 {
            assert!(!verb(&embedded).contains(WordFacts::ACTION_VERB));
            assert!(verb(&extended).contains(WordFacts::ACTION_VERB));
        }
        let facts = |word: &str| embedded.word_forms(word).facts();
        assert!(facts("I").contains(WordFacts::FIRST_PERSON));
        assert!(facts("the").contains(WordFacts::STOP_WORD));
        assert!(facts("was").contains(WordFacts::BE_VERB));
        assert!(facts("Reduced").contains(WordFacts::ACTION_VERB));
        assert!(facts("reduced").contains(WordFacts::OUTCOME));
        assert!(facts("twelve").contains(WordFacts::NUMBER_WORD));
        assert!(facts("dozen").contains(WordFacts::MAGNITUDE));
        assert!(facts("thousands").contains(WordFacts::SCALE));
        assert!(facts("weeks").contains(WordFacts::TIME_UNIT));
        assert!(facts("dollars").contains(WordFacts::CURRENCY_WORD));
        assert!(facts("Kelvin").contains(WordFacts::ASCII));
        assert!(!facts("팀원들").contains(WordFacts::ASCII));
        assert_eq!(facts("latency"), WordFacts::ASCII);
    }

    #[test]
    fn forms_keep_the_lowercase_form_and_the_stem_apart() {
        let lex = Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
        for (word, lower, stem) in [
            ("Reduced", "reduced", "reduc"),
            ("team", "team", "team"),
            ("2024", "2024", "2024"),
            ("Teams", "teams", "team"),
            ("팀원들", "팀원들", "팀원들"),
            // Longer than a key holds inline.
            (
                "Overcommunicating-Reorganizations",
                "overcommunicating-reorganizations",
                "overcommunicating-reorgan",
            ),
            ("", "", ""),
        ] {
            let forms = lex.word_forms(word);
            assert_eq!((forms.lower(), forms.stem()), (lower, stem), "{word}");
            // Again, from the cache.
            let forms = lex.word_forms(word);
            assert_eq!((forms.lower(), forms.stem()), (lower, stem), "{word}");
        }
    }
}
