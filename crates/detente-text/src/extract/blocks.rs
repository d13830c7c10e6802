//! The article subtree chosen by readability, flattened into text blocks (paragraphs, list
//! items, headings, captions) with what the filters need to judge them: tag, link text share,
//! and the class/id words of the block's ancestors inside the article.

use dom_query::NodeRef;

/// One block of text in document order.
#[derive(Debug, Clone, Default)]
pub struct Block {
    pub text: String,
    /// Innermost block-level tag (`p`, `li`, `h2`, `figcaption`, ...).
    pub tag: String,
    /// Characters of the text that sit inside links.
    pub link_chars: usize,
    /// Inside a `figure`, `figcaption` or a table caption.
    pub caption: bool,
    /// Lowercased class and id values of the ancestors, space-separated.
    pub hints: String,
}

impl Block {
    pub fn link_density(&self) -> f64 {
        let n = self.text.chars().count();
        if n == 0 {
            0.0
        } else {
            self.link_chars as f64 / n as f64
        }
    }

    pub fn is_heading(&self) -> bool {
        matches!(self.tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
    }
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "td",
    "th",
    "tr",
    "table",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "caption",
    "br",
    "hr",
    "main",
    "aside",
    "nav",
    "address",
    "details",
    "summary",
    "center",
    "form",
    "body",
    "html",
];

const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "button", "svg", "select", "option", "textarea", "template",
    "iframe", "object", "embed", "canvas", "input", "head",
];

struct Walker {
    out: Vec<Block>,
    cur: String,
    link_chars: usize,
    in_link: usize,
    stack: Vec<(String, String)>,
}

/// Flattens the subtree under `root` into blocks.
pub fn collect(root: &NodeRef) -> Vec<Block> {
    let mut w = Walker {
        out: Vec::new(),
        cur: String::new(),
        link_chars: 0,
        in_link: 0,
        stack: Vec::new(),
    };
    w.walk(root, 0);
    w.flush();
    w.out
}

impl Walker {
    fn flush(&mut self) {
        let text = self.cur.split_whitespace().collect::<Vec<_>>().join(" ");
        self.cur.clear();
        let link_chars = std::mem::take(&mut self.link_chars);
        if text.is_empty() {
            return;
        }
        let tag = self
            .stack
            .iter()
            .rev()
            .map(|(t, _)| t.as_str())
            .find(|t| BLOCK_TAGS.contains(t) && *t != "br" && *t != "hr")
            .unwrap_or("div")
            .to_string();
        let caption = self
            .stack
            .iter()
            .any(|(t, _)| matches!(t.as_str(), "figure" | "figcaption" | "caption"));
        let hints = self
            .stack
            .iter()
            .map(|(_, h)| h.as_str())
            .filter(|h| !h.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        self.out.push(Block {
            text,
            tag,
            link_chars,
            caption,
            hints,
        });
    }

    fn walk(&mut self, node: &NodeRef, depth: usize) {
        for child in node.children_it(false) {
            if child.is_text() {
                let t = child.text();
                if self.in_link > 0 {
                    self.link_chars += t
                        .split_whitespace()
                        .map(|w| w.chars().count() + 1)
                        .sum::<usize>();
                }
                self.cur.push_str(&t);
                continue;
            }
            if !child.is_element() {
                continue;
            }
            let name = child
                .node_name()
                .map(|n| n.to_ascii_lowercase())
                .unwrap_or_default();
            if SKIP_TAGS.contains(&name.as_str()) {
                continue;
            }
            let block = BLOCK_TAGS.contains(&name.as_str());
            if block {
                self.flush();
            }
            if name == "br" || name == "hr" {
                continue;
            }
            if depth > 400 {
                // Pathologically deep markup: take the text as it is.
                self.cur.push(' ');
                self.cur.push_str(&child.text());
                continue;
            }
            let hints = format!("{} {}", child.attr_or("class", ""), child.attr_or("id", ""))
                .trim()
                .to_ascii_lowercase();
            self.stack.push((name.clone(), hints));
            let link = name == "a";
            if link {
                self.in_link += 1;
            }
            if !block && !link {
                // Inline elements separate words only when the page put space around them.
            }
            self.walk(&child, depth + 1);
            if link {
                self.in_link -= 1;
            }
            if block {
                self.flush();
            }
            self.stack.pop();
            if matches!(name.as_str(), "td" | "th" | "dt" | "dd" | "li") {
                self.cur.push(' ');
            }
        }
    }
}
