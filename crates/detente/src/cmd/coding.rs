//! What coding a document takes: the pipeline, the dictionaries and the coder, with the
//! coder's [`Sieve`] over the pipeline's readings. `code`, `ingest` and `eval gold` code
//! through it, so that they code alike.

use std::cell::RefCell;

use detente_coder::lexicon::LexiconDict;
use detente_coder::{Coder, Event, Glance, Input, Sieve};
use detente_nlp::{Pipeline, ReadOptions, Sentence, Token};
use detente_text::Document;

/// A loaded pipeline, dictionaries and coder, ready to code documents (shared across threads).
pub struct Coding<'a> {
    nlp: &'a Pipeline,
    dict: &'a LexiconDict,
    coder: &'a Coder<'a>,
    sieve: Sieve<'a>,
}

impl<'a> Coding<'a> {
    pub fn new(nlp: &'a Pipeline, dict: &'a LexiconDict, coder: &'a Coder<'a>) -> Coding<'a> {
        Coding {
            nlp,
            dict,
            coder,
            sieve: Sieve::new(coder, nlp),
        }
    }

    /// Codes one extracted document.
    pub fn code(&self, doc: &Document) -> Vec<Event> {
        self.code_counting(doc).0
    }

    /// [`Coding::code`], also returning how many sentences were coded.
    pub fn code_counting(&self, doc: &Document) -> (Vec<Event>, usize) {
        let mut parsed = self.parse(doc);
        let glances: Vec<Option<Glance>> = parsed.iter_mut().map(|p| p.2.take()).collect();
        let inputs: Vec<Input> = parsed
            .iter()
            .map(|(text, s, _)| Input {
                text: text.get(s.start..s.end).unwrap_or(""),
                offset: s.start,
                tokens: &s.tokens,
            })
            .collect();
        (
            self.coder
                .code_glanced(&doc.doc_id, doc.published, &inputs, glances),
            inputs.len(),
        )
    }

    /// Parses a document for the coder: the title (if any) first, then every body sentence. A
    /// title-case headline is parsed with its common words in lower case (forms are restored
    /// afterwards). The body's paragraphs go through the pipeline together (every sentence
    /// tagged before any is parsed). Sentences the sieve finds nothing in are not tagged
    /// ([`Sieve::wants_tags`]); those the coder has no use for once tagged are not parsed
    /// ([`Coder::glance`]); each body sentence comes with its glance.
    pub fn parse<'d>(&self, doc: &'d Document) -> Vec<(&'d str, Sentence, Option<Glance>)> {
        let (coder, dict) = (self.coder, self.dict);
        let mut out = Vec::new();
        // A word the actor dictionaries name by itself ("China", "WHO"), not a role word, or a
        // dictionary person's family name ("Biden").
        let is_name = |w: &str| {
            detente_coder::dictionary::names_by_itself(dict, w, doc.published)
                || coder.is_family_name(w)
        };
        // The pipeline asks both questions once per sentence, in order: whether to tag it
        // (`declined`), and, of those tagged, whether to parse it (`glances`).
        let declined = RefCell::new(Vec::new());
        let wants_tags = |forms: &[&str]| {
            let wants = self.sieve.wants_tags(forms);
            declined.borrow_mut().push(!wants);
            wants
        };
        let glances = RefCell::new(Vec::new());
        let wants_tree = |tokens: &[Token]| {
            let g = coder.glance(tokens, doc.published);
            let wants = g.wants_tree();
            glances.borrow_mut().push(g);
            wants
        };
        let body = ReadOptions {
            headline: false,
            names: Some(&is_name),
            wants_tree: Some(&wants_tree),
            wants_tags: Some(&wants_tags),
        };
        if let Some(t) = doc.title.as_deref().filter(|t| !t.trim().is_empty()) {
            let recased = detente_coder::headline::recase(t, &doc.text, &is_name);
            // Always parsed: the coder reads it with its own capitals restored, which may name
            // an actor the recased words do not.
            let title = ReadOptions {
                headline: true,
                names: Some(&is_name),
                wants_tree: None,
                wants_tags: None,
            };
            for mut s in self.nlp.parse_with(&recased, &title) {
                for tok in &mut s.tokens {
                    if let Some(f) = t.get(tok.start..tok.end) {
                        if f.len() == tok.form.len() {
                            tok.form = f.into();
                        }
                    }
                }
                out.push((t, s, None));
            }
        }
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        let parsed: Vec<_> = self
            .nlp
            .parse_texts_with(&texts, &body)
            .into_iter()
            .zip(&texts)
            .flat_map(|(sents, &t)| sents.into_iter().map(move |s| (t, s)))
            .collect();
        let (declined, glances) = (declined.into_inner(), glances.into_inner());
        // Were a sentence ever not asked about, no glance could be matched to its sentence.
        let asked = declined.len() == parsed.len()
            && declined.iter().filter(|&&d| !d).count() == glances.len();
        let mut glances = glances.into_iter();
        out.extend(parsed.into_iter().zip(0..).map(|((t, s), i)| {
            let g = match declined.get(i) {
                Some(true) if asked => Some(Glance::declined()),
                _ if asked => glances.next(),
                _ => None,
            };
            (t, s, g)
        }));
        out
    }
}
