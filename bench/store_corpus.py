#!/usr/bin/env python3
"""Generates a news corpus for the event-store benchmark, as JSON lines on stdout.

   python3 bench/store_corpus.py [--no-copies] N [WIKINEWS.jsonl] > corpus.jsonl

Articles are built from our own templates: a dated headline and a few paragraphs in which
leaders, ministries and armed forces of about forty countries meet, criticise, accuse, threaten,
aid and sign with each other, with background sentences between. About one article in ten is
a syndicated copy of an earlier one (a new byline, same text, another outlet), and one in five
re-reports an earlier event from another outlet, as news does. When the Wikinews sample is
given, one article in four is a Wikinews text (with a fresh id, so each is a new document).
--no-copies leaves out the syndicated copies (and the Wikinews texts, which repeat).
Deterministic: the same N gives the same corpus.
"""
import json
import random
import sys

COUNTRIES = [
    ("United States", "American", "Washington"), ("Russia", "Russian", "Moscow"),
    ("China", "Chinese", "Beijing"), ("France", "French", "Paris"), ("Germany", "German", "Berlin"),
    ("Britain", "British", "London"), ("Japan", "Japanese", "Tokyo"), ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"), ("Iran", "Iranian", "Tehran"), ("Israel", "Israeli", "Jerusalem"),
    ("Turkey", "Turkish", "Ankara"), ("Egypt", "Egyptian", "Cairo"), ("Brazil", "Brazilian", "Brasilia"),
    ("Mexico", "Mexican", "Mexico City"), ("Canada", "Canadian", "Ottawa"), ("Ukraine", "Ukrainian", "Kyiv"),
    ("Poland", "Polish", "Warsaw"), ("Italy", "Italian", "Rome"), ("Spain", "Spanish", "Madrid"),
    ("South Korea", "South Korean", "Seoul"), ("North Korea", "North Korean", "Pyongyang"),
    ("Saudi Arabia", "Saudi", "Riyadh"), ("Syria", "Syrian", "Damascus"), ("Iraq", "Iraqi", "Baghdad"),
    ("Nigeria", "Nigerian", "Abuja"), ("Kenya", "Kenyan", "Nairobi"), ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("South Africa", "South African", "Pretoria"), ("Indonesia", "Indonesian", "Jakarta"),
    ("Vietnam", "Vietnamese", "Hanoi"), ("Australia", "Australian", "Canberra"),
    ("Argentina", "Argentine", "Buenos Aires"), ("Venezuela", "Venezuelan", "Caracas"),
    ("Colombia", "Colombian", "Bogota"), ("Afghanistan", "Afghan", "Kabul"), ("Qatar", "Qatari", "Doha"),
    ("Greece", "Greek", "Athens"), ("Sweden", "Swedish", "Stockholm"), ("Norway", "Norwegian", "Oslo"),
]
ROLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "government", "army"]
ACTIONS = [
    ("{a} met with {b} in {place} on {day}.", "meet"),
    ("{a} held talks with {b} in {place} on {day} about trade and security.", "meet"),
    ("{a} criticized {b} on {day} over its policy in the region.", "criticize"),
    ("{a} accused {b} of violating the ceasefire on {day}.", "accuse"),
    ("{a} threatened {b} with sanctions on {day}.", "threaten"),
    ("{a} signed an agreement with {b} in {place} on {day}.", "agree"),
    ("{a} praised {b} for its help after the floods.", "praise"),
    ("{a} sent humanitarian aid to {b} on {day}.", "aid"),
    ("{a} condemned {b} for the missile test.", "condemn"),
    ("{a} expelled diplomats of {b} on {day}.", "expel"),
    ("{a} invited {b} to a summit in {place}.", "invite"),
    ("{a} urged {b} to release the detained journalists.", "appeal"),
]
BACKGROUND = [
    "Relations between the two countries have been strained for several years.",
    "Officials said further meetings were planned for the coming months.",
    "The talks followed weeks of tension along the border.",
    "Analysts said the move was aimed at voters at home as much as at the neighbours.",
    "Markets reacted calmly to the news, with the currency little changed.",
    "The ministry did not respond to a request for comment.",
    "Both sides have traded accusations since the election last year.",
    "A spokesman said the government remained open to dialogue.",
]
OUTLETS = ["example-news.com", "daily-herald.example", "worldwire.example", "post-gazette.example",
           "times-courier.example", "globalreport.example", "evening-star.example", "capital-tribune.example"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def actor(rng, c):
    role = rng.choice(ROLES)
    if role in ("government", "army"):
        return f"the {c[1]} {role}"
    return f"the {c[1]} {role}"


def main():
    args = sys.argv[1:]
    no_copies = "--no-copies" in args
    args = [a for a in args if a != "--no-copies"]
    n = int(args[0])
    wiki = []
    if len(args) > 1:
        with open(args[1], encoding="utf-8") as f:
            wiki = [json.loads(l) for l in f if l.strip()]
    rng = random.Random(6)
    made = []
    out = sys.stdout
    for i in range(n):
        r = rng.random()
        if wiki and r < 0.25:
            w = rng.choice(wiki)
            doc = {"id": f"wn{i}", "url": f"https://wikinews.example/{i}", "date": w["date"],
                   "title": w["title"], "text": w["text"]}
        elif made and r < 0.35 and not no_copies:
            src = rng.choice(made)
            doc = dict(src, id=f"syn{i}", url=f"https://{rng.choice(OUTLETS)}/wire/{i}",
                       text="By Wire Staff\n\n" + src["text"])
        else:
            year = rng.choice([2019, 2020])
            month = rng.randint(1, 12)
            day = rng.randint(1, 28)
            if made and r < 0.55:
                # Another outlet re-reports an earlier event in its own words.
                base = rng.choice(made)
                a, b, tpl, place = base["_event"]
                date = base["date"]
            else:
                a, b = rng.sample(COUNTRIES, 2)
                tpl = rng.choice(ACTIONS)[0]
                place = rng.choice([a[2], b[2], "Geneva", "Vienna"])
                date = f"{year}-{month:02d}-{day:02d}"
            wd = rng.choice(WEEKDAYS)
            lead = tpl.format(a=actor(rng, a), b=actor(rng, b), place=place, day=wd)
            lead = lead[0].upper() + lead[1:]
            paras = [lead]
            for _ in range(rng.randint(2, 4)):
                s = rng.sample(BACKGROUND, 2)
                c, d = rng.sample(COUNTRIES, 2)
                t2 = rng.choice(ACTIONS)[0].format(a=actor(rng, c), b=actor(rng, d), place=c[2], day=rng.choice(WEEKDAYS))
                paras.append(" ".join([s[0], t2[0].upper() + t2[1:], s[1]]))
            title = f"{a[0]} and {b[0]}: {rng.choice(['talks', 'tensions', 'new row', 'agreement', 'summit'])}"
            doc = {"id": f"art{i}", "url": f"https://{rng.choice(OUTLETS)}/{year}/{i}", "date": date,
                   "title": title, "text": "\n\n".join(paras), "_event": (a, b, tpl, place)}
            made.append(doc)
            if len(made) > 2000:
                made.pop(0)
        rec = {k: v for k, v in doc.items() if not k.startswith("_")}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
