//! Training is deterministic for a seed, and what it learns round-trips through the model file.

use detente_nlp::train::{train, TrainOptions};
use detente_nlp::{conllu, eval, Pipeline};

const EWT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/ud/UD_English-EWT/en_ewt-ud-train.conllu"
);

#[test]
fn same_seed_same_model_and_it_learns() {
    let path = std::path::Path::new(EWT);
    if !path.exists() {
        eprintln!("skipping: {EWT} not found (../shared absent)");
        return;
    }
    let all = conllu::read_file(path).expect("EWT train reads");
    let (train_part, held_out) = (&all[..1000], &all[1000..1300]);
    let opts = TrainOptions {
        tagger_epochs: 2,
        parser_epochs: 2,
        jackknife: 2,
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
