//! Word lists the tokenizer needs: abbreviations that keep their period, abbreviations that
//! may also end a sentence, hyphen prefixes that EWT keeps attached, and apostrophe-less
//! contractions that EWT splits.

/// Lowercased abbreviations (without the final period) that keep their period.
pub fn is_abbrev(lower: &str) -> bool {
    matches!(
        lower,
        "mr" | "mrs" | "ms" | "dr" | "prof" | "sr" | "jr" | "st" | "mt" | "ft" | "gen" | "lt"
            | "col" | "maj" | "capt" | "cpt" | "sgt" | "adm" | "gov" | "sen" | "rep" | "reps"
            | "sens" | "pres" | "rev" | "hon" | "messrs" | "mme" | "mlle" | "gens" | "cmdr"
            | "supt" | "insp" | "brig" | "cpl" | "pvt" | "det" | "atty" | "amb" | "asst"
            | "inc" | "corp" | "co" | "ltd" | "llc" | "bros" | "dept" | "univ" | "assn"
            | "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept"
            | "oct" | "nov" | "dec" | "mon" | "tue" | "tues" | "wed" | "thu" | "thur"
            | "thurs" | "fri" | "sat" | "sun" | "vs" | "etc" | "approx" | "est" | "no"
            | "nos" | "vol" | "vols" | "pp" | "p" | "fig" | "figs" | "ca" | "cf" | "al"
            | "ave" | "blvd" | "rd" | "hwy" | "ste" | "apt" | "min" | "max" | "mln" | "bln"
            | "yr" | "yrs" | "hr" | "hrs" | "oz" | "lb" | "lbs" | "kg" | "km" | "cm" | "mm"
            | "sq" | "tel" | "ext" | "dist" | "govt" | "natl" | "intl" | "ariz" | "calif"
            | "colo" | "conn" | "fla" | "ga" | "ill" | "ind" | "kan" | "ky" | "la" | "md"
            | "mass" | "mich" | "minn" | "miss" | "mo" | "mont" | "neb" | "nev" | "okla"
            | "ore" | "pa" | "tenn" | "tex" | "va" | "vt" | "wash" | "wis" | "wyo" | "arrv"
    )
}

/// Abbreviations that are also ordinary words ("sun", "ill"): only abbreviations when capitalised.
pub fn is_common_word(lower: &str) -> bool {
    matches!(
        lower,
        "sun" | "sat" | "mar" | "ill" | "miss" | "mass" | "wash" | "ind" | "la" | "mo" | "ore"
            | "pa" | "al" | "est" | "min" | "max" | "ca" | "co" | "p" | "dec" | "fig" | "ave"
            | "ste" | "det" | "amb" | "pp" | "rep" | "ext" | "tel" | "sq" | "mon" | "wed"
            | "col" | "hon" | "gen" | "rev" | "dist" | "vol" | "apt" | "hr" | "yr" | "ft"
            | "sen" | "fri" | "jun" | "jan" | "aug" | "mt" | "st" | "rd" | "lb" | "kg" | "km"
            | "cm" | "mm" | "oz" | "tue" | "thu" | "bros" | "pres" | "md" | "ga" | "ky" | "va"
            | "vt" | "neb" | "nev" | "mich" | "minn" | "kan" | "conn" | "tex" | "fla"
    )
}

/// Abbreviations after which a capitalised word usually starts a new sentence.
pub fn may_end_sentence(lower_with_dot: &str) -> bool {
    matches!(
        lower_with_dot,
        "etc." | "inc." | "corp." | "ltd." | "co." | "llc." | "jr." | "sr." | "a.m." | "p.m."
            | "bros."
    )
}

/// Prefixes that stay attached to the rest of a hyphenated word ("e-mail", "co-workers").
pub fn keeps_hyphen(lower_prefix: &str) -> bool {
    matches!(
        lower_prefix,
        "e" | "co" | "pre" | "post" | "non" | "re" | "semi" | "anti" | "multi" | "mid" | "ex"
            | "inter" | "intra" | "sub" | "trans" | "pro" | "mis" | "bi" | "tri" | "uni"
    )
}

/// Contractions written without an apostrophe, with the byte length of their first word.
pub fn bare_contraction(lower: &str) -> Option<usize> {
    Some(match lower {
        "cannot" => 3,
        "gonna" | "wanna" => 3,
        "gotta" => 3,
        "dont" | "wont" | "cant" | "aint" => 2,
        "didnt" | "isnt" => lower.len() - 2,
        "doesnt" | "wasnt" | "arent" | "hasnt" | "hadnt" | "werent" | "havent" | "couldnt"
        | "wouldnt" | "shouldnt" => lower.len() - 2,
        _ => return None,
    })
}

/// Last parts of dotted names that make them one token ("enron.com", "TEXT.htm").
pub fn is_tld_or_extension(lower: &str) -> bool {
    matches!(
        lower,
        "com" | "org" | "net" | "edu" | "gov" | "mil" | "int" | "info" | "biz" | "io" | "uk"
            | "us" | "ca" | "de" | "fr" | "ru" | "cn" | "jp" | "au" | "in" | "it" | "es" | "nl"
            | "eu" | "co" | "tv" | "me" | "ly" | "pdf" | "htm" | "html" | "doc" | "docx" | "xls"
            | "xlsx" | "ppt" | "pptx" | "txt" | "jpg" | "jpeg" | "png" | "gif" | "zip" | "exe"
            | "csv" | "xml" | "json" | "mp3" | "mp4" | "wav" | "avi" | "php" | "asp" | "aspx"
            | "rtf" | "wpd" | "dat" | "log" | "js" | "css"
    )
}
