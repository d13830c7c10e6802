//! Past forms of English irregular verbs, for the lemmatizer: a verb whose past a treebank
//! never shows is otherwise left as it is ("froze", "overran"), and the event coder looks verbs
//! up by lemma. A table of facts of English, written for this project; each row is
//! `base past participle`, with variants after a slash.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

const TABLE: &str = "\
arise arose arisen
awake awoke awoken
bear bore borne/born
beat beat beaten
become became become
begin began begun
bend bent bent
bind bound bound
bite bit bitten
bleed bled bled
blow blew blown
break broke broken
breed bred bred
bring brought brought
build built built
burn burnt burnt
burst burst burst
buy bought bought
cast cast cast
catch caught caught
choose chose chosen
cling clung clung
come came come
cost cost cost
creep crept crept
cut cut cut
deal dealt dealt
dig dug dug
draw drew drawn
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
flee fled fled
fling flung flung
fly flew flown
forbid forbade forbidden
forecast forecast forecast
foresee foresaw foreseen
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got gotten/got
give gave given
go went gone
grind ground ground
grow grew grown
hang hung hung
hear heard heard
hide hid hidden
hit hit hit
hold held held
hurt hurt hurt
keep kept kept
know knew known
lay laid laid
lead led led
leave left left
lend lent lent
let let let
lie lay lain
light lit lit
lose lost lost
make made made
mean meant meant
meet met met
mislead misled misled
overcome overcame overcome
overrun overran overrun
oversee oversaw overseen
overtake overtook overtaken
overthrow overthrew overthrown
pay paid paid
put put put
quit quit quit
read read read
rebuild rebuilt rebuilt
redo redid redone
repay repaid repaid
retake retook retaken
rethink rethought rethought
ride rode ridden
ring rang rung
rise rose risen
run ran run
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
set set set
shake shook shaken
shed shed shed
shoot shot shot
show showed shown
shrink shrank shrunk
shut shut shut
sing sang sung
sink sank/sunk sunk
sit sat sat
slay slew slain
sleep slept slept
slide slid slid
speak spoke spoken
speed sped sped
spend spent spent
spin spun spun
split split split
spread spread spread
spring sprang sprung
stand stood stood
steal stole stolen
stick stuck stuck
sting stung stung
strike struck struck/stricken
strive strove striven
swear swore sworn
sweep swept swept
swing swung swung
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
undergo underwent undergone
understand understood understood
undertake undertook undertaken
undo undid undone
uphold upheld upheld
upset upset upset
wake woke woken
wear wore worn
weave wove woven
weep wept wept
win won won
withdraw withdrew withdrawn
withhold withheld withheld
withstand withstood withstood
write wrote written
";

/// The base form of an irregular past or participle (`form` lowercased), if it is one.
pub fn base_of(form: &str) -> Option<&'static str> {
    static BASES: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    BASES
        .get_or_init(|| {
            let mut m = FxHashMap::default();
            for row in TABLE.lines() {
                let mut cols = row.split(' ');
                let Some(base) = cols.next() else { continue };
                for f in cols.flat_map(|c| c.split('/')).filter(|f| *f != base) {
                    m.entry(f).or_insert(base);
                }
            }
            m
        })
        .get(form)
        .copied()
}

#[cfg(test)]
mod tests {
    use super::base_of;

    #[test]
    fn irregular_pasts_and_participles_give_their_base() {
        assert_eq!(base_of("froze"), Some("freeze"));
        assert_eq!(base_of("overthrown"), Some("overthrow"));
        assert_eq!(base_of("sunk"), Some("sink"));
        assert_eq!(base_of("sank"), Some("sink"));
        assert_eq!(base_of("walked"), None);
        // A base that equals its past ("cut", "hit") is no irregular past to rewrite.
        assert_eq!(base_of("cut"), None);
    }
}
