"""Raw text of CoNLL-U files from their `# text` lines: sentences of a paragraph joined by a
space, paragraphs and documents separated by a blank line (as detente's eval-parse --raw does)."""
import sys

for path in sys.argv[1:]:
    first = True
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# newdoc") or line.startswith("# newpar"):
                if not first:
                    sys.stdout.write("\n\n")
                    first = True
            elif line.startswith("# text = "):
                if not first:
                    sys.stdout.write(" ")
                sys.stdout.write(line[len("# text = "):].rstrip("\n"))
                first = False
    sys.stdout.write("\n\n")
