//! The pipeline: tokenizer → tagger → lemmatizer → parser, over one loaded model.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::conllu::ConllSentence;
use crate::error::NlpError;
use crate::model::Model;
use crate::parser::ParseScratch;
use crate::sentence::{Sentence, SmolStr, Token};
use crate::tagger::TagScratch;
use crate::tokenize;

/// File name of the bundled model inside the repository's `models/` directory.
pub const MODEL_FILE: &str = "en-ud.bin";

/// A loaded model, ready to annotate text. Cheap to share across threads (`&Pipeline` is `Sync`).
#[derive(Debug, Clone)]
pub struct Pipeline {
    model: Model,
    /// The tagger's classes grouped by XPOS (see [`Pipeline::readings`]), made on first use.
    by_xpos: OnceLock<Vec<(String, Vec<String>)>>,
    /// The tagger's UPOS and XPOS and the parser's relations as tokens hold them, by class,
    /// made once at load: each token clones its three instead of building them.
    strings: ClassStrings,
}

/// See [`Pipeline::strings`].
#[derive(Debug, Clone, Default)]
struct ClassStrings {
    upos: Vec<SmolStr>,
    xpos: Vec<SmolStr>,
    deprel: Vec<SmolStr>,
}

impl ClassStrings {
    fn of(model: &Model) -> ClassStrings {
        let t = &model.tagger;
        ClassStrings {
            upos: t.classes.iter().map(|(_, u)| SmolStr::new(u)).collect(),
            xpos: t.classes.iter().map(|(x, _)| SmolStr::new(x)).collect(),
            deprel: model.parser.labels.iter().map(SmolStr::new).collect(),
        }
    }
}

/// The string of class `c` in `strings`, "X" for a class the model does not have.
fn class_string(strings: &[SmolStr], c: usize) -> SmolStr {
    strings
        .get(c)
        .cloned()
        .unwrap_or_else(|| SmolStr::new_static("X"))
}

/// Whether a tagged and lemmatised sentence is worth parsing (see [`ReadOptions::wants_tree`]).
pub type WantsTree<'a> = dyn Fn(&[Token]) -> bool + 'a;

/// Whether a sentence, known by its words as written, is worth tagging (see
/// [`ReadOptions::wants_tags`]).
pub type WantsTags<'a> = dyn Fn(&[&str]) -> bool + 'a;

/// How [`Pipeline::parse_with`] reads a text.
#[derive(Clone, Copy, Default)]
pub struct ReadOptions<'a> {
    /// The text is a headline (see [`Pipeline::parse_headline`]).
    pub headline: bool,
    /// A gazetteer (see [`Pipeline::parse_with_names`]).
    pub names: Option<&'a dyn Fn(&str) -> bool>,
    /// Which sentences, once tagged and lemmatised, are worth a tree (all when `None`). The
    /// parser is most of the pipeline's time, and a reader such as an event coder knows from
    /// the words alone that many sentences have nothing for it. A sentence declined keeps
    /// head 0 and an empty relation on every word; its tags and lemmas are the same either way.
    pub wants_tree: Option<&'a WantsTree<'a>>,
    /// Which sentences, from their words as written, are worth tagging at all (all when
    /// `None`); asked in order before any tagging. Tagging is a third of what an unparsed
    /// sentence costs, and a reader that can tell from the words alone that every reading of
    /// them leaves it nothing (see [`Pipeline::readings`]) saves it. A sentence declined keeps
    /// its forms and offsets only: empty lemma, UPOS, XPOS and relation, head 0; `wants_tree`
    /// is not asked about it.
    pub wants_tags: Option<&'a WantsTags<'a>>,
}

/// Scratch buffers, so the per-word loops allocate nothing but the output.
#[derive(Default)]
struct Scratch {
    tag: TagScratch,
    stag: crate::supertag::SupertagScratch,
    parse: ParseScratch,
    tags: Vec<u16>,
    stags: Vec<u16>,
    heads: Vec<u32>,
    labels: Vec<u16>,
    lower: String,
}

thread_local! {
    /// One scratch per thread, kept across calls: [`Pipeline::parse`] runs once per paragraph,
    /// and buffers made afresh for each would be allocated and grown again every time.
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// The tokens of a sentence declined by [`ReadOptions::wants_tags`]: forms and offsets.
fn untagged(forms: &[&str], spans: &[(usize, usize)]) -> Vec<Token> {
    forms
        .iter()
        .zip(spans)
        .map(|(f, &(start, end))| Token {
            start,
            end,
            form: SmolStr::new(f),
            lemma: SmolStr::default(),
            upos: SmolStr::default(),
            xpos: SmolStr::default(),
            head: 0,
            deprel: SmolStr::default(),
        })
        .collect()
}

/// Runs `f` with this thread's scratch (a fresh one if it is already in use).
fn with_scratch<T>(f: impl FnOnce(&mut Scratch) -> T) -> T {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut s) => f(&mut s),
        Err(_) => f(&mut Scratch::default()),
    })
}

impl Pipeline {
    pub fn from_model(model: Model) -> Pipeline {
        Pipeline {
            strings: ClassStrings::of(&model),
            model,
            by_xpos: OnceLock::new(),
        }
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Parses with a beam of `width` instead of the width the model was trained for: a
    /// narrower one for speed, a wider one to search further with the same weights (the
    /// README's beam-4 model at 16: GUM dev LAS +0.4, EWT test level, a third of the speed; see
    /// BENCHMARKS.md). A greedy model's weights score single moves, not whole sequences, and
    /// parse far worse in a beam (EWT test LAS 83.05 → 78.56 at 4), so a greedy model refuses
    /// any width but 1.
    pub fn set_beam(&mut self, width: u16) -> Result<(), NlpError> {
        let trained = self.model.parser.beam;
        if width == 0 {
            return Err(NlpError::Model("a beam needs a width of at least 1".into()));
        }
        if trained <= 1 && width > 1 {
            return Err(NlpError::Model(format!(
                "the model's parser is greedy; a beam of {width} needs a model trained with \
                 `detente train --beam`"
            )));
        }
        self.model.parser.beam = width;
        Ok(())
    }

    /// Makes `lemmas` known verbs of the lemmatizer, so that their unseen inflected forms are
    /// read back to them: an event dictionary's verbs, for instance, whose forms a treebank
    /// may never show ("lambasted", "blockading").
    pub fn know_verbs<'a>(&mut self, lemmas: impl IntoIterator<Item = &'a str>) {
        for l in lemmas {
            // Phrasal verbs ("pull out") are looked up by their first word.
            if let Some(head) = l.split_whitespace().next() {
                self.model.lemmatizer.add_verb(head);
            }
        }
    }

    /// Reads a model from bytes (the format of [`Model::to_bytes`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<Pipeline, NlpError> {
        Ok(Pipeline::from_model(Model::from_bytes(bytes)?))
    }

    /// Reads a model file.
    pub fn from_path(path: &Path) -> Result<Pipeline, NlpError> {
        let bytes = std::fs::read(path).map_err(|source| NlpError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Pipeline::from_bytes(&bytes)
            .map_err(|e| NlpError::Model(format!("{}: {e}", path.display())))
    }

    /// Where [`Pipeline::load_default`] looks, in order: `$DETENTE_NLP_MODEL`, `models/en-ud.bin`
    /// next to the executable and up to three directories above it (covers `target/release`),
    /// `models/` in the current directory, and the repository this crate was built from.
    pub fn default_model_candidates() -> Vec<PathBuf> {
        let mut c = Vec::new();
        if let Some(p) = std::env::var_os("DETENTE_NLP_MODEL") {
            c.push(PathBuf::from(p));
        }
        if let Ok(exe) = std::env::current_exe() {
            let mut dir = exe.parent().map(Path::to_path_buf);
            for _ in 0..4 {
                let Some(d) = dir else { break };
                c.push(d.join("models").join(MODEL_FILE));
                dir = d.parent().map(Path::to_path_buf);
            }
        }
        c.push(PathBuf::from("models").join(MODEL_FILE));
        c.push(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../models")
                .join(MODEL_FILE),
        );
        c
    }

    /// Loads the bundled model without configuration (see [`Pipeline::default_model_candidates`]).
    pub fn load_default() -> Result<Pipeline, NlpError> {
        let cands = Pipeline::default_model_candidates();
        for p in &cands {
            if p.is_file() {
                return Pipeline::from_path(p);
            }
        }
        let list: Vec<String> = cands.iter().map(|p| p.display().to_string()).collect();
        Err(NlpError::NoModel(list.join(", ")))
    }

    /// Tokenises, splits, tags, lemmatises and parses `text`. Offsets are bytes into `text`.
    pub fn parse(&self, text: &str) -> Vec<Sentence> {
        self.parse_with(text, &ReadOptions::default())
    }

    /// [`Pipeline::parse`] with a gazetteer: a capitalised word that `is_name` knows, and that
    /// the tagger read as a verb or a function word, is a proper noun ("*Beijing* imposed
    /// sanctions", "The *WHO* said"; see [`Tagger::mark_names`]).
    ///
    /// [`Tagger::mark_names`]: crate::tagger::Tagger::mark_names
    pub fn parse_with_names(&self, text: &str, is_name: &dyn Fn(&str) -> bool) -> Vec<Sentence> {
        self.parse_with(
            text,
            &ReadOptions {
                names: Some(is_name),
                ..ReadOptions::default()
            },
        )
    }

    /// [`Pipeline::parse_headline`] with a gazetteer, as [`Pipeline::parse_with_names`].
    pub fn parse_headline_with_names(
        &self,
        text: &str,
        is_name: &dyn Fn(&str) -> bool,
    ) -> Vec<Sentence> {
        self.parse_with(
            text,
            &ReadOptions {
                headline: true,
                names: Some(is_name),
                ..ReadOptions::default()
            },
        )
    }

    /// [`Pipeline::parse`] for a headline: a clause the tagger left without a finite verb gets
    /// the one it nearly chose ("Car bomb attack *kills* dozens"; see [`Tagger::ensure_verb`]).
    ///
    /// [`Tagger::ensure_verb`]: crate::tagger::Tagger::ensure_verb
    pub fn parse_headline(&self, text: &str) -> Vec<Sentence> {
        self.parse_with(
            text,
            &ReadOptions {
                headline: true,
                ..ReadOptions::default()
            },
        )
    }

    /// Tokenises, splits, tags and lemmatises `text`, and parses the sentences `options` asks
    /// a tree for. Offsets are bytes into `text`.
    pub fn parse_with(&self, text: &str, options: &ReadOptions) -> Vec<Sentence> {
        self.parse_texts_with(std::slice::from_ref(&text), options)
            .pop()
            .unwrap_or_default()
    }

    /// [`Pipeline::parse_with`] over several texts (an article's paragraphs: sentences never
    /// cross one; offsets are relative to each text), one list of sentences per text.
    ///
    /// Every sentence of every text is tagged before any is parsed, and `options.wants_tree`
    /// is asked about each in order between the two. The tagger's and the parser's tables are
    /// each tens of megabytes; read by turns, sentence after sentence, each evicts the other's
    /// most used rows from the core's cache (a simulated 1 MB cache misses 12 % less this way
    /// on the Wikinews articles).
    pub fn parse_texts_with(&self, texts: &[&str], options: &ReadOptions) -> Vec<Vec<Sentence>> {
        /// A sentence tagged and waiting for its tree.
        struct Tagged {
            text: usize,
            sentence: usize,
            words: Vec<(usize, usize)>,
            tags: Vec<u16>,
            /// Words of its dateline (0 for none).
            dateline: usize,
        }
        with_scratch(|scratch| {
            let mut out: Vec<Vec<Sentence>> = Vec::with_capacity(texts.len());
            let mut tagged: Vec<Tagged> = Vec::new();
            let mut forms: Vec<&str> = Vec::new();
            let mut spans: Vec<(usize, usize)> = Vec::new();
            for (ti, text) in texts.iter().enumerate() {
                let mut sents = Vec::new();
                for raw in tokenize::sentences(text) {
                    forms.clear();
                    forms.extend(raw.words.iter().map(|w| &text[w.start..w.end]));
                    spans.clear();
                    spans.extend(raw.words.iter().map(|w| (w.token_start, w.token_end)));
                    if options.wants_tags.is_some_and(|wants| !wants(&forms)) {
                        sents.push(Sentence {
                            start: raw.start,
                            end: raw.end,
                            tokens: untagged(&forms, &spans),
                        });
                        continue;
                    }
                    let dateline = match crate::dateline::dateline_len(forms.iter().copied()) {
                        d if d < forms.len() => d,
                        _ => 0,
                    };
                    let tokens = self.tag_apart(&forms, &spans, dateline, scratch, options);
                    tagged.push(Tagged {
                        text: ti,
                        sentence: sents.len(),
                        words: raw.words.iter().map(|w| (w.start, w.end)).collect(),
                        tags: scratch.tags.clone(),
                        dateline,
                    });
                    sents.push(Sentence {
                        start: raw.start,
                        end: raw.end,
                        tokens,
                    });
                }
                out.push(sents);
            }
            if let Some(wants) = options.wants_tree {
                tagged.retain(|t| wants(&out[t.text][t.sentence].tokens));
            }
            for t in tagged {
                let text = texts[t.text];
                forms.clear();
                forms.extend(t.words.iter().map(|&(a, b)| &text[a..b]));
                scratch.tags = t.tags;
                let tokens = &mut out[t.text][t.sentence].tokens;
                self.attach_apart(&forms, t.dateline, scratch, tokens);
            }
            out
        })
    }

    /// Parses several paragraphs (sentences never cross one); offsets are relative to each
    /// paragraph's own text.
    pub fn parse_paragraphs(&self, paragraphs: &[&str]) -> Vec<Vec<Sentence>> {
        self.parse_texts_with(paragraphs, &ReadOptions::default())
    }

    /// Annotates one already tokenised sentence (words as written). Offsets of the returned
    /// tokens are those of the words in `words.join(" ")`.
    pub fn annotate_words(&self, words: &[&str]) -> Vec<Token> {
        let mut spans = Vec::with_capacity(words.len());
        let mut pos = 0;
        for w in words {
            spans.push((pos, pos + w.len()));
            pos += w.len() + 1;
        }
        with_scratch(|scratch| {
            let mut tokens = self.tag_words(words, &spans, scratch, &ReadOptions::default());
            self.attach(words, scratch, &mut tokens);
            tokens
        })
    }

    /// Fills UPOS, XPOS, LEMMA, HEAD and DEPREL of a CoNLL-U sentence, keeping its words,
    /// IDs, multiword tokens and comments (gold-tokenisation evaluation).
    pub fn annotate_pretokenized(&self, s: &mut ConllSentence) {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let toks = self.annotate_words(&forms);
        for (w, t) in s.words.iter_mut().zip(toks) {
            w.upos = t.upos.into();
            w.xpos = t.xpos.into();
            w.lemma = t.lemma.into();
            w.head = t.head;
            w.deprel = t.deprel.into();
            w.deps.clear();
        }
    }

    /// The readings the tagger and lemmatizer may give `form`, wherever it stands: `f` is
    /// called with the UPOS and lemma of each (a lemma once per XPOS, so a UPOS may come more
    /// than once). A frequent word the treebank shows with one class alone ("the", "are") has
    /// that class, which the tagger gives it without scoring; any other word has every class.
    /// Only readings whose UPOS `upos` accepts are given (and their lemmas made). A reader that
    /// finds nothing of use in any reading of a sentence's words can decline to have it tagged
    /// ([`ReadOptions::wants_tags`]).
    pub fn readings(&self, form: &str, upos: impl Fn(&str) -> bool, mut f: impl FnMut(&str, &str)) {
        let mut lower = String::new();
        let tagger = &self.model.tagger;
        if let Some(&c) = tagger.tagdict.get(&crate::hash::str_hash(form)) {
            if !upos(tagger.upos(c)) {
                return;
            }
            let lemma = self
                .model
                .lemmatizer
                .lemmatize_with(form, tagger.xpos(c), &mut lower);
            f(tagger.upos(c), &lemma);
            return;
        }
        let by_xpos = self.by_xpos.get_or_init(|| {
            let mut groups: Vec<(String, Vec<String>)> = Vec::new();
            for (x, u) in &self.model.tagger.classes {
                match groups.iter_mut().find(|(gx, _)| gx == x) {
                    Some((_, us)) => us.push(u.clone()),
                    None => groups.push((x.clone(), vec![u.clone()])),
                }
            }
            groups
        });
        let wanted = by_xpos
            .iter()
            .filter(|(_, classes)| classes.iter().any(|u| upos(u)));
        let xposes = wanted.clone().map(|(x, _)| x.as_str());
        let mut classes = wanted.map(|(_, c)| c);
        self.model
            .lemmatizer
            .lemmatize_each(form, xposes, |_, lemma| {
                for u in classes.next().into_iter().flatten().filter(|u| upos(u)) {
                    f(u, &lemma);
                }
            });
    }

    /// Tags and lemmatises one sentence's words; their tag classes stay in `s.tags`.
    fn tag_words(
        &self,
        forms: &[&str],
        spans: &[(usize, usize)],
        s: &mut Scratch,
        options: &ReadOptions,
    ) -> Vec<Token> {
        let m = &self.model;
        m.tagger.tag(forms, &mut s.tag, &mut s.tags);
        m.tagger.mark_prepositions(forms, &mut s.tags);
        m.tagger.mark_chief_nouns(forms, &mut s.tags);
        m.tagger.mark_subordinators(forms, &mut s.tags);
        m.tagger.mark_fixed_verbs(forms, &mut s.tags);
        m.tagger.mark_perfect_auxiliaries(forms, &mut s.tags);
        m.tagger
            .mark_past_tenses(forms, &mut s.tags, &|f, x| m.lemmatizer.lemmatize(f, x));
        m.tagger.mark_modifying_participles(forms, &mut s.tags);
        m.tagger.mark_article_nouns(forms, &mut s.tags);
        m.tagger
            .mark_adjective_nouns(forms, &mut s.tags, &|f, x| m.lemmatizer.lemmatize(f, x));
        m.tagger
            .mark_agent_nouns(forms, &mut s.tags, &|f, x| m.lemmatizer.is_verb_form(f, x));
        m.tagger.mark_infinitives(
            forms,
            &mut s.tags,
            &|f, x| m.lemmatizer.is_verb_form(f, x),
            &|f, x| m.lemmatizer.lemmatize(f, x),
        );
        if let Some(is_name) = options.names {
            m.tagger.mark_names(forms, &mut s.tags, is_name);
        }
        m.tagger
            .mark_control_verbs(forms, &mut s.tags, &|f, x| m.lemmatizer.lemmatize(f, x));
        let verb_form = |f: &str, x: &str| m.lemmatizer.is_verb_form(f, x);
        if options.headline {
            m.tagger.mark_fixed_nouns(forms, &mut s.tags, &verb_form);
            m.tagger
                .ensure_verb(forms, &mut s.tag, &mut s.tags, &verb_form);
        } else {
            m.tagger
                .ensure_past_verb(forms, &mut s.tag, &mut s.tags, &verb_form);
        }
        let tokens: Vec<Token> = forms
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let c = s.tags[i];
                let xpos = class_string(&self.strings.xpos, c as usize);
                Token {
                    start: spans[i].0,
                    end: spans[i].1,
                    form: SmolStr::new(f),
                    lemma: m.lemmatizer.lemmatize_with(f, &xpos, &mut s.lower),
                    upos: class_string(&self.strings.upos, c as usize),
                    xpos,
                    head: 0,
                    deprel: SmolStr::default(),
                }
            })
            .collect();
        tokens
    }

    /// [`Pipeline::tag_words`] for a sentence whose first `dateline` words are its dateline,
    /// tagged apart from the rest (0: the whole sentence at once). `s.tags` holds all tags.
    fn tag_apart(
        &self,
        forms: &[&str],
        spans: &[(usize, usize)],
        dateline: usize,
        s: &mut Scratch,
        options: &ReadOptions,
    ) -> Vec<Token> {
        if dateline == 0 {
            return self.tag_words(forms, spans, s, options);
        }
        let (df, rf) = forms.split_at(dateline);
        let (ds, rs) = spans.split_at(dateline);
        let mut tokens = self.tag_words(df, ds, s, options);
        let mut tags = std::mem::take(&mut s.tags);
        tokens.extend(self.tag_words(rf, rs, s, options));
        tags.extend_from_slice(&s.tags);
        s.tags = tags;
        tokens
    }

    /// [`Pipeline::attach`] for a sentence tagged by [`Pipeline::tag_apart`]: the dateline and
    /// the rest are parsed as two trees, and the dateline's root hangs on the sentence's root
    /// as a loose dependent (`dep`).
    fn attach_apart(&self, forms: &[&str], dateline: usize, s: &mut Scratch, tokens: &mut [Token]) {
        if dateline == 0 || dateline >= tokens.len() || dateline > s.tags.len() {
            return self.attach(forms, s, tokens);
        }
        let tags = std::mem::take(&mut s.tags);
        let (dt, rt) = tags.split_at(dateline);
        let (df, rf) = forms.split_at(dateline);
        let (dtok, rtok) = tokens.split_at_mut(dateline);
        s.tags = rt.to_vec();
        self.attach(rf, s, rtok);
        let mut root = 0;
        for (i, t) in rtok.iter_mut().enumerate() {
            if t.head == 0 {
                root = dateline + i + 1;
            } else {
                t.head += dateline;
            }
        }
        s.tags = dt.to_vec();
        self.attach(df, s, dtok);
        for t in dtok.iter_mut().filter(|t| t.head == 0) {
            t.head = root;
            t.deprel = SmolStr::new_static("dep");
        }
        s.tags = tags;
    }

    /// Parses a tagged sentence (`s.tags` holds its tag classes) into `tokens`.
    fn attach(&self, forms: &[&str], s: &mut Scratch, tokens: &mut [Token]) {
        let m = &self.model;
        if m.supertagger.classes.is_empty() {
            s.stags.clear();
        } else {
            m.supertagger.tag(forms, &s.tags, &mut s.stag, &mut s.stags);
        }
        m.parser.parse(
            forms,
            &s.tags,
            &s.stags,
            &mut s.parse,
            &mut s.heads,
            &mut s.labels,
        );
        for (i, t) in tokens.iter_mut().enumerate() {
            t.head = s.heads[i] as usize;
            if let Some(l) = self.strings.deprel.get(s.labels[i] as usize) {
                t.deprel = l.clone();
            }
        }
    }
}
