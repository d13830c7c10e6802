//! Composition and date resolution on a small dictionary written here (independent of the
//! bundled one, so these pin the matching rules themselves).

use detente_lexicon::{Date, Lexicon};

const DICT: &str = "
# sources: test fixture
country RUS
  name: Russia | Russian Federation
  adjective: Russian
  people: Russian/Russians
  capital: Moscow
  metonym: Kremlin = RUSGOV
country GBR
  name: United Kingdom | Britain
  adjective: British
  metonym: Downing Street = GBRGOV
country IRQ
  name: Iraq
  adjective: Iraqi
country TUR
  name: Turkey
  adjective: Turkish
country BEL
  name: Belgium
  capital: Brussels
  metonym: Brussels = IGOEUREEC
igo IGOUNO
  name: United Nations | UN
person Sergei Lavrov
  role: RUSGOV 2004-03-09..
person Boris Johnson
  role: GBRGOV 2016-07-13..2018-07-09
  role: GBRGOV 2019-07-24..2022-09-06
  other: GBRLEG
person Recep Tayyip Erdoğan
  alias: Tayyip Erdoğan
  role: TURGOV 2003-03-14..
person Vladimir Putin
  role: RUSGOV 1999-08-09..
person Ali Allawi
  role: IRQGOV 2004-06-28..2005-05-03
  role: IRQLEG 2005-05-04..2006-05-20
person Kofi Annan
  role: IGOUNO 1997-01-01..2006-12-31
agent GOV
  noun: minister | foreign minister | counterpart | secretary general | president
agent LEG
  noun: parliament/parliaments
agent MIL
  noun: troops | soldier
agent COP
  noun: police/
";

fn lex() -> Lexicon {
    let (lex, errs) = Lexicon::from_text("fixture.txt", DICT);
    assert!(errs.is_empty(), "{errs:?}");
    lex
}

fn code(lex: &Lexicon, m: &str, d: &str) -> Option<String> {
    lex.lookup(m, Date::parse(d)).map(|r| r.code)
}

#[test]
fn a_person_whose_roles_have_ended_is_an_elite_of_the_last_country() {
    let lex = lex();
    // Before any role, no code; in a role, the role; after the last, a former office holder.
    assert_eq!(code(&lex, "Ali Allawi", "2000-01-01"), None);
    assert_eq!(
        code(&lex, "Ali Allawi", "2005-01-01").as_deref(),
        Some("IRQGOV")
    );
    assert_eq!(
        code(&lex, "Ali Allawi", "2010-01-01").as_deref(),
        Some("IRQELI")
    );
    // `other:` is the entry's own word for that time.
    assert_eq!(
        code(&lex, "Boris Johnson", "2023-01-01").as_deref(),
        Some("GBRLEG")
    );
    // An international office says nothing of a country.
    assert_eq!(code(&lex, "Kofi Annan", "2010-01-01"), None);
}

#[test]
fn mentions_resolve_by_composition_and_date() {
    let lex = lex();
    let cases = [
        (
            "Russian Foreign Minister Sergei Lavrov",
            "2019-05-14",
            "RUSGOV",
        ),
        ("his Russian counterpart", "2019-05-14", "RUSGOV"),
        ("the Kremlin", "2019-05-14", "RUSGOV"),
        ("Moscow", "2019-05-14", "RUS"),
        ("Boris Johnson", "2019-03-01", "GBRLEG"),
        ("Boris Johnson", "2019-09-01", "GBRGOV"),
        ("Boris Johnson", "2017-01-01", "GBRGOV"),
        ("Iraqi parliament", "2019-01-01", "IRQLEG"),
        ("Turkish troops", "2019-01-01", "TURMIL"),
        ("Russia's foreign minister", "2019-01-01", "RUSGOV"),
        ("UN Secretary-General", "2019-01-01", "IGOUNO"),
        ("Erdogan", "2019-01-01", "---"),
        ("Tayyip Erdogan", "2019-01-01", "TURGOV"),
        ("President Recep Tayyip Erdogan", "2019-01-01", "TURGOV"),
        ("Vladamir Putin", "2019-01-01", "RUSGOV"),
        ("the police", "2019-01-01", "---COP"),
        ("Downing Street", "2019-01-01", "GBRGOV"),
        ("Russians", "2019-01-01", "RUS"),
        // A seat of power named apart from the capital: Brussels that acts is the EU, while
        // its police are Belgium's.
        ("Brussels", "2019-01-01", "IGOEUREEC"),
        ("Brussels police", "2019-01-01", "BELCOP"),
        // A former office holder, with the office's field between ("former communications
        // minister"), is an elite; a former ally's minister holds office.
        ("former Turkish minister", "2019-01-01", "TURELI"),
        ("former communications minister", "2019-01-01", "---ELI"),
        ("a former ally's minister", "2019-01-01", "---GOV"),
    ];
    let mut bad = Vec::new();
    for (m, d, want) in cases {
        let got = code(&lex, m, d);
        let ok = if want == "---" {
            got.is_none()
        } else {
            got.as_deref() == Some(want)
        };
        if !ok {
            bad.push(format!("{m} @ {d}: want {want}, got {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn lookup_says_why() {
    let lex = lex();
    let r = lex
        .lookup(
            "Russian Foreign Minister Sergei Lavrov",
            Date::parse("2019-05-14"),
        )
        .unwrap();
    assert_eq!(r.matched.len(), 3, "{r:?}");
    assert!(
        r.why.contains("Sergei Lavrov") && r.why.contains("fixture.txt:"),
        "{}",
        r.why
    );
}

#[test]
fn short_capital_names_need_capitals_in_text() {
    let (lex, errs) = Lexicon::from_text(
        "fixture.txt",
        "country USA\n  name: United States | US | U.S.\n  adjective: American\nigo IGOUNO\n  name: United Nations | UN\n",
    );
    assert!(errs.is_empty());
    assert_eq!(code(&lex, "US", "2019-01-01").as_deref(), Some("USA"));
    assert_eq!(
        code(&lex, "the UN", "2019-01-01").as_deref(),
        Some("IGOUNO")
    );
    assert_eq!(code(&lex, "he told us", "2019-01-01"), None);
    assert_eq!(
        code(&lex, "united states", "2019-01-01").as_deref(),
        Some("USA")
    );
    // An acronym of three letters or fewer spells an English word: only capitals are the name.
    let (lex, errs) = Lexicon::from_text(
        "fixture.txt",
        "igo IGOUNOHLHWHO\n  name: World Health Organization | WHO\nigo IGONAT\n  name: North Atlantic Treaty Organization | NATO\n",
    );
    assert!(errs.is_empty());
    assert_eq!(
        code(&lex, "the WHO", "2019-01-01").as_deref(),
        Some("IGOUNOHLHWHO")
    );
    assert_eq!(code(&lex, "Who", "2019-01-01"), None);
    // A longer one is no word, and British papers write it "Nato".
    assert_eq!(code(&lex, "Nato", "2019-01-01").as_deref(), Some("IGONAT"));
}

#[test]
fn former_office_holders_are_elites() {
    let lex = lex();
    let cases = [
        ("former Iraqi troops", "IRQELI"),
        ("former minister", "---ELI"),
        ("the former Iraqi parliament", "IRQELI"),
        // A person keeps the code of the date: "former" is the writer's view of today.
        ("former President Vladimir Putin", "RUSGOV"),
        ("Iraqi troops", "IRQMIL"),
    ];
    let mut bad = Vec::new();
    for (m, want) in cases {
        let got = code(&lex, m, "2019-01-01");
        if got.as_deref() != Some(want) {
            bad.push(format!("{m}: want {want}, got {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn an_organisation_before_a_country_is_its_national_section() {
    let (lex, errs) = Lexicon::from_text(
        "fixture.txt",
        "country ESP\n  name: Spain\n  adjective: Spanish\nagent NGO~\n  noun: MSF\nagent GOV\n  noun: minister\n",
    );
    assert!(errs.is_empty(), "{errs:?}");
    let code = |m: &str| lex.lookup(m, None).map(|r| r.code);
    assert_eq!(code("MSF Spain").as_deref(), Some("NGOESP"));
    assert_eq!(code("MSF").as_deref(), Some("NGO---"));
    // Only organisations have national sections; an office before a name is no title of it.
    assert_eq!(code("minister Spain").as_deref(), Some("---GOV"));
    // An adjective is no country's name here: "MSF Spanish" is no section.
    assert_eq!(code("MSF Spanish").as_deref(), Some("NGO---"));
    // A role after the name takes the country: "an MSF Spain minister" is Spain's minister.
    assert_eq!(code("MSF Spain minister").as_deref(), Some("ESPGOV"));
}

#[test]
fn a_mass_noun_matches_only_as_written() {
    let lex = lex();
    // "police/" has no plural: "polices" (the verb) is no police force; "troops" inflects.
    assert_eq!(
        code(&lex, "Iraqi police", "2019-01-01").as_deref(),
        Some("IRQCOP")
    );
    let views = |words: &[(&'static str, &'static str)]| -> Vec<String> {
        let toks: Vec<detente_lexicon::TokenView> = words
            .iter()
            .map(|(f, l)| detente_lexicon::TokenView::new(f, l))
            .collect();
        lex.actors_in(&toks, None)
            .into_iter()
            .map(|m| m.code)
            .collect()
    };
    assert_eq!(
        views(&[("Iraq", "Iraq"), ("polices", "police")]),
        vec!["IRQ"]
    );
    // A form the index does not list, found through its lemma.
    assert_eq!(
        views(&[("Iraqi", "Iraqi"), ("soldiery", "soldier")]),
        vec!["IRQMIL"]
    );
}
