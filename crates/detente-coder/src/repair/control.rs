//! "The court ordered the government to release the prisoners" often comes out with "to
//! release" an adverbial clause of "ordered" (a purpose: the court releasing them) instead of
//! its complement, whose subject is the one ordered. After a verb of asking, ordering, warning
//! or allowing and its object, an infinitive is that complement: in the treebanks (EWT test,
//! GUM), 19 of the 25 such infinitives the parser reads as adverbial are complements, and the
//! other six are "call" on the telephone, "press" a button, and "in order to". So "call"
//! counts only with "on" or "upon", "press" not at all, and "in order to" never.

use detente_nlp::Token;

/// Verbs whose object does what the infinitive after it says ("urged Israel to halt").
const OBJECT_CONTROL: &[&str] = &[
    "urge",
    "ask",
    "order",
    "tell",
    "warn",
    "call",
    "pressure",
    "persuade",
    "force",
    "compel",
    "allow",
    "permit",
    "invite",
    "encourage",
    "instruct",
    "require",
    "advise",
    "remind",
    "forbid",
    "authorize",
    "authorise",
    "implore",
    "beg",
    "enable",
    "oblige",
    "convince",
];

/// Nouns with an infinitive of their own: "backed the plan to cut taxes".
const TAKE_INFINITIVE: &[&str] = &[
    "plan",
    "deal",
    "agreement",
    "decision",
    "effort",
    "attempt",
    "bid",
    "right",
    "call",
    "move",
    "order",
    "proposal",
    "promise",
    "offer",
    "pledge",
    "threat",
    "chance",
    "opportunity",
    "way",
    "time",
    "power",
    "authority",
    "permission",
    "request",
    "demand",
    "push",
    "campaign",
    "step",
    "measure",
    "law",
    "bill",
    "resolution",
    "mandate",
    "initiative",
    "scheme",
    "ability",
    "commitment",
    "intention",
    "need",
    "obligation",
    "vote",
    "motion",
    "appeal",
];

/// The tokens with an infinitive after a controlling verb's object made its complement, or
/// `None`.
pub fn object_complement(tokens: &[Token]) -> Option<Vec<Token>> {
    let n = tokens.len();
    let is = |i: usize, w: &str| tokens[i].form.eq_ignore_ascii_case(w);
    let mut out: Option<Vec<Token>> = None;
    for c in 1..n {
        let t = &tokens[c];
        let on_noun = t.deprel == "acl" && t.xpos == "VB";
        if (t.deprel != "advcl" || t.xpos != "VB") && !on_noun {
            continue;
        }
        let Some(mut v) = t.head.checked_sub(1).filter(|&v| v < c) else {
            continue;
        };
        // The parser may hang it on the object instead: "The opposition leader, Raila Odinga,
        // called on the government to withdraw the bill" (but a noun that takes an
        // infinitive has its own: "urged the plan to cut taxes").
        if on_noun {
            let o = v;
            let Some(verb) = tokens[o].head.checked_sub(1).filter(|&p| p < o) else {
                continue;
            };
            let own = TAKE_INFINITIVE.contains(&tokens[o].lemma.to_lowercase().as_str());
            if own || tokens[o].upos == "VERB" {
                continue;
            }
            v = verb;
        }
        // "to" right before it, marking it, and not "in order to" or "so as to".
        let marked = tokens[c - 1].head == c + 1 && is(c - 1, "to");
        let order = c >= 2 && (is(c - 2, "order") || is(c - 2, "as"));
        if !marked || order {
            continue;
        }
        let lemma = tokens[v].lemma.to_lowercase();
        if !OBJECT_CONTROL.contains(&lemma.as_str()) {
            continue;
        }
        let kids = || (0..n).filter(move |&i| tokens[i].head == v + 1);
        // The object, between the verb and the infinitive: "called on both sides to" has it
        // as an oblique of "on".
        let object = kids().find(|&o| {
            o > v
                && o < c
                && match tokens[o].deprel.as_str() {
                    "obj" | "iobj" => lemma != "call",
                    "obl" => {
                        (0..n).any(|m| tokens[m].head == o + 1 && (is(m, "on") || is(m, "upon")))
                            && lemma == "call"
                    }
                    _ => false,
                }
        });
        if object.is_some_and(|o| !on_noun || tokens[c].head == o + 1) {
            let out = out.get_or_insert_with(|| tokens.to_vec());
            out[c].deprel = "xcomp".into();
            out[c].head = v + 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::testing::sent;

    #[test]
    fn an_infinitive_after_the_object_of_an_order_is_its_complement() {
        // The court ordered the government to release the prisoners.
        let s = sent("The/DET/2/det court/NOUN/3/nsubj ordered/VERB/0/root/order the/DET/5/det government/NOUN/3/obj to/PART/7/mark release/VERB/3/advcl/release/VB the/DET/9/det prisoners/NOUN/7/obj");
        let out = object_complement(&s.tokens).expect("repaired");
        assert_eq!(out[6].deprel.as_str(), "xcomp");
        // The UN called on both sides to respect the ceasefire.
        let s = sent("The/DET/2/det UN/PROPN/3/nsubj called/VERB/0/root/call on/ADP/6/case both/DET/6/det sides/NOUN/3/obl to/PART/8/mark respect/VERB/3/advcl/respect/VB the/DET/10/det ceasefire/NOUN/8/obj");
        let out = object_complement(&s.tokens).expect("repaired");
        assert_eq!(out[7].deprel.as_str(), "xcomp");
    }

    #[test]
    fn an_infinitive_on_the_object_itself_is_the_verbs_complement() {
        // The leader called on the government to withdraw the bill ("to withdraw" on the noun).
        let s = sent("The/DET/2/det leader/NOUN/3/nsubj called/VERB/0/root/call on/ADP/6/case the/DET/6/det government/NOUN/3/obl to/PART/8/mark withdraw/VERB/6/acl/withdraw/VB the/DET/10/det bill/NOUN/8/obj");
        let out = object_complement(&s.tokens).expect("repaired");
        assert_eq!((out[7].head, out[7].deprel.as_str()), (3, "xcomp"));
        // A noun with an infinitive of its own keeps it: "urged the plan to cut taxes".
        let s = sent("They/PRON/2/nsubj urged/VERB/0/root/urge the/DET/4/det plan/NOUN/2/obj to/PART/6/mark cut/VERB/4/acl/cut/VB taxes/NOUN/6/obj");
        assert!(object_complement(&s.tokens).is_none());
        // Nor the infinitive on a noun that is no object of the verb: "called the vote a bid
        // to stall" has none after "on".
        let s = sent("He/PRON/2/nsubj called/VERB/0/root/call on/ADP/5/case the/DET/5/det members/NOUN/2/obl ,/PUNCT/2/punct the/DET/8/det group/NOUN/2/obj to/PART/10/mark act/VERB/8/acl/act/VB");
        assert!(object_complement(&s.tokens).is_none());
    }

    #[test]
    fn a_purpose_stays_a_purpose() {
        // Not a verb of asking: "sent troops to protect the border".
        let s = sent("Russia/PROPN/2/nsubj sent/VERB/0/root/send troops/NOUN/2/obj to/PART/5/mark protect/VERB/2/advcl/protect/VB the/DET/7/det border/NOUN/5/obj");
        assert!(object_complement(&s.tokens).is_none());
        // A call on the telephone: "will call him to confirm".
        let s = sent("She/PRON/2/nsubj called/VERB/0/root/call him/PRON/2/obj to/PART/5/mark confirm/VERB/2/advcl/confirm/VB");
        assert!(object_complement(&s.tokens).is_none());
        // "in order to": "requested donations in order to help".
        let s = sent("He/PRON/2/nsubj requested/VERB/0/root/request donations/NOUN/2/obj in/ADP/7/mark order/NOUN/4/fixed to/PART/7/mark help/VERB/2/advcl/help/VB");
        assert!(object_complement(&s.tokens).is_none());
        // No object before it: "warned to avoid the area" is the warner's.
        let s = sent("Police/NOUN/2/nsubj warned/VERB/0/root/warn to/PART/4/mark avoid/VERB/2/advcl/avoid/VB the/DET/6/det area/NOUN/4/obj");
        assert!(object_complement(&s.tokens).is_none());
    }
}
