"""spaCy en_core_web_sm on the same text, tagger and parser only, one process."""
import sys
import time

import spacy

text = open(sys.argv[1], encoding="utf-8").read()
paragraphs = [p for p in text.split("\n\n") if p.strip()]
t0 = time.time()
nlp = spacy.load("en_core_web_sm", exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])
load = time.time() - t0
t0 = time.time()
words = 0
for doc in nlp.pipe(paragraphs, batch_size=64, n_process=1):
    words += len(doc)
el = time.time() - t0
print(f"spaCy {spacy.__version__} en_core_web_sm pipes={nlp.pipe_names}: {words} words in {el:.1f}s, "
      f"words/s {int(words / el)}, load {load:.1f}s")
