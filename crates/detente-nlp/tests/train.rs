//! Training is deterministic for a seed, and what it learns round-trips through the model file.

use detente_nlp::train::{train, TrainOptions};
use detente_nlp::{conllu, eval, Pipeline};

const EWT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/ud/UD_English-EWT/en_ewt-ud-train.conllu"
);

/// EWT's training sentences, or `None` (with a message) when `../shared` is absent.
fn ewt_train() -> Option<Vec<conllu::ConllSentence>> {
    let path = std::path::Path::new(EWT);
    if !path.exists() {
        eprintln!("skipping: {EWT} not found (../shared absent)");
        return None;
    }
    Some(conllu::read_file(path).expect("EWT train reads"))
}

#[test]
fn same_seed_same_model_and_it_learns() {
    let Some(all) = ewt_train() else {
        return;
    };
    let (train_part, held_out) = (&all[..1000], &all[1000..1300]);
    let opts = TrainOptions {
        tagger_epochs: 2,
        parser_epochs: 2,
        jackknife: 2,
        members: 1,
        ..TrainOptions::default()
    };
    let a = train(train_part, &opts, &mut |_| {})
        .expect("train")
        .to_bytes();
    let b = train(train_part, &opts, &mut |_| {})
        .expect("train")
        .to_bytes();
    assert!(a == b, "same seed, same bytes");
    let other = TrainOptions { seed: 7, ..opts };
    let c = train(train_part, &other, &mut |_| {})
        .expect("train")
        .to_bytes();
    assert!(a != c, "the seed matters");
    let nlp = Pipeline::from_bytes(&a).expect("loads");
    let s = eval::eval_gold(&nlp, held_out);
    // 1,000 sentences are enough to be far better than chance.
    assert!(s.upos > 80.0 && s.uas > 60.0, "{s:?}");
}

#[test]
fn an_averaged_model_keeps_its_first_members_features_and_differs_from_it() {
    let Some(all) = ewt_train() else {
        return;
    };
    let part = &all[..600];
    let one = TrainOptions {
        tagger_epochs: 2,
        parser_epochs: 2,
        jackknife: 2,
        members: 1,
        ..TrainOptions::default()
    };
    let three = TrainOptions {
        members: 3,
        ..one.clone()
    };
    let single = train(part, &one, &mut |_| {}).expect("train");
    let mut lines = Vec::new();
    let averaged = train(part, &three, &mut |m| lines.push(m.to_string())).expect("train");
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("member ")).count(),
        3,
        "{lines:?}"
    );
    // The first member is the single model of the same seed; the mean keeps its features
    // (less any whose mean weights round to nothing) and no other member's.
    for (a, s) in [
        (&averaged.parser.weights, &single.parser.weights),
        (&averaged.tagger.weights, &single.tagger.weights),
    ] {
        assert!(
            a.n_features() <= s.n_features() && a.n_features() * 100 >= s.n_features() * 99,
            "{} features against {}",
            a.n_features(),
            s.n_features()
        );
    }
    assert!(
        averaged.to_bytes() != single.to_bytes(),
        "the other members count"
    );
    let s = eval::eval_gold(&Pipeline::from_model(averaged), &all[600..800]);
    assert!(s.upos > 80.0 && s.uas > 60.0, "{s:?}");
}

#[test]
fn supertags_name_each_words_relation_and_the_side_of_its_head() {
    let text = "1\tPompeo\tPompeo\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n\
                2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n\
                3\tLavrov\tLavrov\tPROPN\tNNP\t_\t2\tobj\t_\t_\n\
                4\ttoday\ttoday\tNOUN\tNN\t_\t2\tobl:tmod\t_\t_\n\n";
    let s = conllu::read(text, "inline").expect("reads");
    let (classes, gold) = detente_nlp::train::supertag_data(&s);
    let named: Vec<&str> = gold[0]
        .iter()
        .map(|&c| classes[c as usize].as_str())
        .collect();
    // Subtypes are dropped: "obl:tmod" is an "obl".
    assert_eq!(named, ["nsubj/R", "root/0", "obj/L", "obl/L"]);
}

#[test]
fn a_model_with_supertags_round_trips_and_its_parser_reads_them() {
    let Some(all) = ewt_train() else {
        return;
    };
    let (train_part, held_out) = (&all[..1000], &all[1000..1300]);
    let plain = TrainOptions {
        tagger_epochs: 2,
        parser_epochs: 2,
        jackknife: 2,
        members: 2,
        ..TrainOptions::default()
    };
    let with = TrainOptions {
        supertags: true,
        ..plain.clone()
    };
    let model = train(train_part, &with, &mut |_| {}).expect("train");
    assert!(model.supertagger.classes.iter().any(|c| c == "root/0"));
    let bytes = model.to_bytes();
    assert_eq!(
        bytes[8..12],
        4u32.to_le_bytes(),
        "a supertagger needs format 4"
    );
    // Format 3 numbered the supertag templates differently: read, it would parse with weights
    // that answer no feature, so it is refused with a word on what to do.
    let mut early = bytes.clone();
    early[8..12].copy_from_slice(&3u32.to_le_bytes());
    let err = Pipeline::from_bytes(&early).expect_err("format 3 is refused");
    assert!(err.to_string().contains("retrain"), "{err}");
    let plain_model = train(train_part, &plain, &mut |_| {}).expect("train");
    let plain_bytes = plain_model.to_bytes();
    assert_eq!(
        plain_bytes[8..12],
        2u32.to_le_bytes(),
        "without one, format 2"
    );

    let loaded = Pipeline::from_bytes(&bytes).expect("loads");
    assert_eq!(
        loaded.model().supertagger.classes,
        model.supertagger.classes
    );
    let text = eval::raw_text(held_out);
    let conll = |nlp: &Pipeline| -> Vec<(usize, String)> {
        nlp.parse(&text)
            .iter()
            .flat_map(|s| s.tokens.iter().map(|t| (t.head, t.deprel.to_string())))
            .collect()
    };
    let in_memory = conll(&Pipeline::from_model(model.clone()));
    assert_eq!(
        conll(&loaded),
        in_memory,
        "the file parses as the model did"
    );
    let s = eval::eval_gold(&loaded, held_out);
    assert!(s.upos > 80.0 && s.uas > 60.0, "{s:?}");
    // The supertagger trains on a random stream of its own: the tagger is the plain model's,
    // so the two models differ in their trees only.
    let tags = |nlp: &Pipeline| -> Vec<String> {
        nlp.parse(&text)
            .iter()
            .flat_map(|s| s.tokens.iter().map(|t| t.xpos.to_string()))
            .collect()
    };
    assert_eq!(tags(&loaded), tags(&Pipeline::from_model(plain_model)));

    // Without its supertagger the same parser leaves out the templates that read supertags,
    // and its trees change.
    let mut blind = model;
    blind.supertagger = Default::default();
    assert_ne!(conll(&Pipeline::from_model(blind)), in_memory);
}

#[test]
fn a_beam_model_records_its_width_and_parses_with_it() {
    let Some(all) = ewt_train() else {
        return;
    };
    let (train_part, held_out) = (&all[..1000], &all[1000..1300]);
    let opts = TrainOptions {
        tagger_epochs: 2,
        parser_epochs: 3,
        jackknife: 2,
        beam: 4,
        ..TrainOptions::default()
    };
    let model = train(train_part, &opts, &mut |_| {}).expect("train");
    assert_eq!(model.parser.beam, 4);
    let bytes = model.to_bytes();
    assert_eq!(bytes[8..12], 5u32.to_le_bytes(), "a beam needs format 5");
    let again = train(train_part, &opts, &mut |_| {}).expect("train");
    assert!(again.to_bytes() == bytes, "same seed, same bytes");
    let loaded = Pipeline::from_bytes(&bytes).expect("loads");
    assert_eq!(loaded.model().parser.beam, 4);
    let beam = eval::eval_gold(&loaded, held_out);
    assert!(beam.upos > 80.0 && beam.uas > 60.0, "{beam:?}");
    // Its weights were trained for the search: without it, the same weights parse worse.
    let mut greedy = model.clone();
    greedy.parser.beam = 1;
    let without = eval::eval_gold(&Pipeline::from_model(greedy), held_out);
    assert!(beam.uas > without.uas, "{beam:?} against {without:?}");
    // Decoded wider than trained: the same weights, another search, valid trees.
    let mut wide = loaded.clone();
    wide.set_beam(8).expect("a beam model takes any width");
    assert_eq!(wide.model().parser.beam, 8);
    let text = eval::raw_text(held_out);
    let trees = |nlp: &Pipeline| -> Vec<Vec<(usize, String)>> {
        nlp.parse(&text)
            .iter()
            .map(|s| {
                s.tokens
                    .iter()
                    .map(|t| (t.head, t.deprel.to_string()))
                    .collect()
            })
            .collect()
    };
    let (at4, at8) = (trees(&loaded), trees(&wide));
    assert_ne!(at4, at8, "the width is the one parsed with");
    for s in &at8 {
        assert_eq!(s.iter().filter(|(h, _)| *h == 0).count(), 1, "{s:?}");
        assert!(s.iter().all(|(h, _)| *h <= s.len()), "{s:?}");
    }
    let w = eval::eval_gold(&wide, held_out);
    assert!(w.uas > 60.0, "{w:?}");
    assert!(wide.set_beam(0).is_err());
    // A greedy model's weights were never trained for a search: refused.
    let mut one = model.clone();
    one.parser.beam = 1;
    let mut plain = Pipeline::from_model(one);
    let e = plain.set_beam(4).expect_err("greedy");
    assert!(e.to_string().contains("greedy"), "{e}");
    plain.set_beam(1).expect("width 1 is the greedy parser");
    // Pruned once trained: fewer weights, the same ones that were large, still a parser.
    let opts = TrainOptions {
        prune: 0.01,
        ..opts
    };
    let pruned = train(train_part, &opts, &mut |_| {}).expect("train");
    let (all_w, kept_w) = (
        model.parser.weights.n_weights(),
        pruned.parser.weights.n_weights(),
    );
    assert!(kept_w < all_w * 9 / 10, "{kept_w} of {all_w} weights kept");
    let mut by_hand = model.clone();
    by_hand.parser.weights = model.parser.weights.pruned(0.01);
    assert!(by_hand.to_bytes() == pruned.to_bytes());
    let p = eval::eval_gold(&Pipeline::from_model(pruned), held_out);
    assert!(p.uas > 60.0, "{p:?}");
}

#[test]
fn a_model_with_clusters_round_trips_and_its_tagger_and_parser_read_them() {
    let Some(all) = ewt_train() else {
        return;
    };
    let (train_part, held_out) = (&all[..1000], &all[1000..1300]);
    // Classes as vectors learned from unlabelled text would give them, here made from each
    // word's commonest tag over training and held-out text alike: the held-out words the
    // training part never showed then have a class that says what they are.
    let mut seen: std::collections::HashMap<String, std::collections::HashMap<String, usize>> =
        Default::default();
    for w in all[..1300].iter().flat_map(|s| &s.words) {
        *seen
            .entry(w.form.to_lowercase())
            .or_default()
            .entry(w.xpos.clone())
            .or_default() += 1;
    }
    let mut names: Vec<String> = seen.values().flat_map(|m| m.keys().cloned()).collect();
    names.sort();
    names.dedup();
    let mut clusters = detente_nlp::clusters::Clusters::default();
    for (word, tags) in &seen {
        let Some((top, _)) = tags
            .iter()
            .max_by_key(|(t, n)| (**n, std::cmp::Reverse(*t)))
        else {
            continue;
        };
        let id = names.iter().position(|n| n == top).unwrap_or(0) as u16;
        clusters.insert(word, [id / 8, id, id]);
    }
    let plain = TrainOptions {
        tagger_epochs: 2,
        parser_epochs: 2,
        jackknife: 2,
        ..TrainOptions::default()
    };
    let with = TrainOptions {
        clusters: std::sync::Arc::new(clusters),
        ..plain.clone()
    };
    let model = train(train_part, &with, &mut |_| {}).expect("train");
    let bytes = model.to_bytes();
    assert_eq!(bytes[8..12], 6u32.to_le_bytes(), "clusters need format 6");
    let loaded = Pipeline::from_bytes(&bytes).expect("loads");
    assert_eq!(*loaded.model().tagger.clusters, *with.clusters);
    assert_eq!(*loaded.model().parser.clusters, *with.clusters);
    let text = eval::raw_text(held_out);
    let trees = |nlp: &Pipeline| -> Vec<(String, usize, String)> {
        nlp.parse(&text)
            .iter()
            .flat_map(|s| {
                s.tokens
                    .iter()
                    .map(|t| (t.xpos.to_string(), t.head, t.deprel.to_string()))
            })
            .collect()
    };
    assert_eq!(
        trees(&loaded),
        trees(&Pipeline::from_model(model.clone())),
        "the file parses as the model did"
    );
    let with_score = eval::eval_gold(&loaded, held_out);
    let plain_score = eval::eval_gold(
        &Pipeline::from_model(train(train_part, &plain, &mut |_| {}).expect("train")),
        held_out,
    );
    assert!(
        with_score.upos > plain_score.upos + 1.0 && with_score.uas > plain_score.uas,
        "with clusters {with_score:?}, without {plain_score:?}"
    );
    // The parser reads them too: the same tags without the parser's clusters give other trees.
    let mut blind = model;
    blind.parser.clusters = Default::default();
    assert_ne!(trees(&Pipeline::from_model(blind)), trees(&loaded));
}
