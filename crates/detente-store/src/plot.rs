//! A dyad series drawn as a standalone SVG: the cooperation–conflict index with its confidence
//! band above, events per period in each direction below. Hand-written SVG: two panels of
//! lines and bars need no plotting library.

use std::fmt::Write;

use crate::series::SeriesRow;

const W: f64 = 960.0;
const H: f64 = 540.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 48.0;
const MID: f64 = 330.0;
const GAP: f64 = 36.0;
const BOTTOM: f64 = 56.0;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The SVG document for `rows` of the dyad `a`–`b`.
pub fn svg(rows: &[SeriesRow], a: &str, b: &str, period: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, r#"<rect width="{W}" height="{H}" fill="white"/>"#);
    let _ = writeln!(
        s,
        r#"<text x="{LEFT}" y="24" font-size="16" font-weight="bold">{} – {}: cooperation–conflict index by {}</text>"#,
        esc(a),
        esc(b),
        esc(period)
    );
    let n = rows.len().max(1) as f64;
    let plot_w = W - LEFT - RIGHT;
    let x = |i: usize| LEFT + plot_w * (i as f64 + 0.5) / n;
    // Upper panel: index in [-1, 1].
    let y = |v: f64| TOP + (1.0 - v) / 2.0 * (MID - TOP);
    for v in [-1.0, -0.5, 0.0, 0.5, 1.0] {
        let stroke = if v == 0.0 { "#888" } else { "#e4e4e4" };
        let _ = writeln!(
            s,
            r#"<line x1="{LEFT}" x2="{}" y1="{:.1}" y2="{:.1}" stroke="{stroke}"/>"#,
            W - RIGHT,
            y(v),
            y(v)
        );
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{:.1}" text-anchor="end">{v:+.1}</text>"#,
            LEFT - 6.0,
            y(v) + 4.0
        );
    }
    let _ = writeln!(
        s,
        r#"<text x="14" y="{:.1}" transform="rotate(-90 14 {:.1})" text-anchor="middle">index (coop − conflict)</text>"#,
        (TOP + MID) / 2.0,
        (TOP + MID) / 2.0
    );
    // The band and the line are drawn per run of consecutive periods with data.
    for run in runs(rows) {
        let mut band = String::new();
        for &i in &run {
            let _ = write!(
                band,
                "{:.1},{:.1} ",
                x(i),
                y(rows[i].index_high.unwrap_or(0.0))
            );
        }
        for &i in run.iter().rev() {
            let _ = write!(
                band,
                "{:.1},{:.1} ",
                x(i),
                y(rows[i].index_low.unwrap_or(0.0))
            );
        }
        let _ = writeln!(
            s,
            r##"<polygon points="{}" fill="#4a7ab8" fill-opacity="0.2" stroke="none"/>"##,
            band.trim_end()
        );
        let line: Vec<String> = run
            .iter()
            .map(|&i| format!("{:.1},{:.1}", x(i), y(rows[i].index.unwrap_or(0.0))))
            .collect();
        let _ = writeln!(
            s,
            r##"<polyline points="{}" fill="none" stroke="#1f4e8c" stroke-width="2"/>"##,
            line.join(" ")
        );
        for &i in &run {
            // Error bars too: a lone period's band is a polygon without area.
            let (lo, hi) = (
                rows[i].index_low.unwrap_or(0.0),
                rows[i].index_high.unwrap_or(0.0),
            );
            let _ = writeln!(
                s,
                r##"<line x1="{0:.1}" x2="{0:.1}" y1="{1:.1}" y2="{2:.1}" stroke="#4a7ab8" stroke-opacity="0.6"/>"##,
                x(i),
                y(hi),
                y(lo)
            );
        }
        for &i in &run {
            let _ = writeln!(
                s,
                r##"<circle cx="{:.1}" cy="{:.1}" r="2.5" fill="#1f4e8c"><title>{}: index {:+.2} ({} events)</title></circle>"##,
                x(i),
                y(rows[i].index.unwrap_or(0.0)),
                rows[i].period,
                rows[i].index.unwrap_or(0.0),
                rows[i].events()
            );
        }
    }
    // Lower panel: events per period, forward and backward side by side.
    let top2 = MID + GAP;
    let bottom2 = H - BOTTOM;
    let max = rows
        .iter()
        .map(|r| r.forward.events.max(r.backward.events))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let yb = |v: f64| bottom2 - v / max * (bottom2 - top2);
    let _ = writeln!(
        s,
        r##"<line x1="{LEFT}" x2="{}" y1="{bottom2}" y2="{bottom2}" stroke="#888"/>"##,
        W - RIGHT
    );
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{:.1}" text-anchor="end">{}</text>"#,
        LEFT - 6.0,
        top2 + 4.0,
        max as u64
    );
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{:.1}" text-anchor="end">0</text>"#,
        LEFT - 6.0,
        bottom2 + 4.0
    );
    let bw = (plot_w / n * 0.4).clamp(0.5, 16.0);
    for (i, r) in rows.iter().enumerate() {
        for (k, (v, color)) in [
            (r.forward.events, "#1f4e8c"),
            (r.backward.events, "#d9822b"),
        ]
        .into_iter()
        .enumerate()
        {
            if v == 0 {
                continue;
            }
            let x0 = x(i) - bw + k as f64 * bw;
            let _ = writeln!(
                s,
                r#"<rect x="{x0:.1}" y="{:.1}" width="{bw:.1}" height="{:.1}" fill="{color}"/>"#,
                yb(v as f64),
                bottom2 - yb(v as f64)
            );
        }
    }
    let _ = writeln!(
        s,
        r##"<rect x="{}" y="{}" width="10" height="10" fill="#1f4e8c"/><text x="{}" y="{}">{} → {}</text>"##,
        W - 250.0,
        top2 - 22.0,
        W - 236.0,
        top2 - 13.0,
        esc(a),
        esc(b)
    );
    let _ = writeln!(
        s,
        r##"<rect x="{}" y="{}" width="10" height="10" fill="#d9822b"/><text x="{}" y="{}">{} → {}</text>"##,
        W - 130.0,
        top2 - 22.0,
        W - 116.0,
        top2 - 13.0,
        esc(b),
        esc(a)
    );
    let _ = writeln!(
        s,
        r#"<text x="{LEFT}" y="{}" >events per {}</text>"#,
        top2 - 13.0,
        esc(period)
    );
    // About ten date labels along the bottom.
    let step = rows.len().div_ceil(10).max(1);
    for (i, r) in rows.iter().enumerate().step_by(step) {
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{}" text-anchor="middle">{}</text>"#,
            x(i),
            bottom2 + 18.0,
            esc(&r.period)
        );
    }
    s.push_str("</svg>\n");
    s
}

/// Index runs of consecutive rows that have an index value.
fn runs(rows: &[SeriesRow]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut cur = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        if r.index.is_some() {
            cur.push(i);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}
