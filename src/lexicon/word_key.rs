//! Hash-map keys for words that hold short words inline.
//!
//! Lexicon lookups run on every word of a document. With `String` keys, comparing a key
//! follows it to its own allocation, and `perf` put those comparisons at about a twelfth of
//! a batch, waiting for memory. A [`WordKey`] keeps words of up to [`WordKey::INLINE`]
//! bytes, nearly all of them, in the key itself, and is looked up by the word's bytes.

use std::borrow::Borrow;
use std::hash::{Hash, Hasher};

/// A word as a hash-map key: look it up with `map.get(word.as_bytes())`.
#[derive(Clone, Debug)]
pub(crate) enum WordKey {
    Inline {
        len: u8,
        bytes: [u8; WordKey::INLINE],
    },
    Boxed(Box<[u8]>),
}

impl WordKey {
    /// The longest word kept inline: the key is then as large as the enum needs anyway.
    pub(crate) const INLINE: usize = 22;

    pub(crate) fn new(word: &str) -> WordKey {
        let word = word.as_bytes();
        match u8::try_from(word.len()) {
            Ok(len) if word.len() <= WordKey::INLINE => {
                let mut bytes = [0; WordKey::INLINE];
                bytes[..word.len()].copy_from_slice(word);
                WordKey::Inline { len, bytes }
            }
            _ => WordKey::Boxed(Box::from(word)),
        }
    }
}

impl Borrow<[u8]> for WordKey {
    fn borrow(&self) -> &[u8] {
        match self {
            WordKey::Inline { len, bytes } => &bytes[..usize::from(*len)],
            WordKey::Boxed(bytes) => bytes,
        }
    }
}

/// Compared and hashed as its bytes, so that a lookup by `&[u8]` finds it.
impl PartialEq for WordKey {
    fn eq(&self, other: &WordKey) -> bool {
        Borrow::<[u8]>::borrow(self) == Borrow::<[u8]>::borrow(other)
    }
}

impl Eq for WordKey {}

impl Hash for WordKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        Borrow::<[u8]>::borrow(self).hash(state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustc_hash::FxHashMap as HashMap;

    #[test]
    fn short_and_long_words_are_found_by_their_bytes() {
        let long = "a".repeat(WordKey::INLINE + 1);
        let words = ["", "team", "팀원들", &long, &long[1..]];
        let map: HashMap<WordKey, usize> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (WordKey::new(w), i))
            .collect();
        for (i, word) in words.iter().enumerate() {
            assert_eq!(map.get(word.as_bytes()), Some(&i), "{word}");
        }
        assert_eq!(map.get("teams".as_bytes()), None);
        assert!(matches!(WordKey::new(&long[1..]), WordKey::Inline { .. }));
        assert!(matches!(WordKey::new(&long), WordKey::Boxed(_)));
    }
}
