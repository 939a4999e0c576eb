//! Charts drawn by hand as inline SVG for the HTML reports (no namespace: the HTML parser
//! gives inline `<svg>` its own, and the page names no address): one horizontal stacked bar per row
//! (a body's overdue / open / done, a letter's scorecard). Written here rather than with a
//! plotting crate so the labels take the page's Chinese font stack (plotters' SVG backend
//! hard-codes `sans-serif`) and every label is escaped as the page's text is.

use crate::text::{inert_line, truncate};

/// A stacked bar chart: a series per colour, a bar per row, the rows' values in series order.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// What the chart shows, said to screen readers and as the figure's caption.
    pub title: String,
    pub series: Vec<Series>,
    pub bars: Vec<Bar>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub label: String,
    pub color: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub values: Vec<usize>,
}

/// The drawing's size in user units; the page scales it to its column (A4 print: 180 mm).
const WIDTH: usize = 680;
/// Where the bars start: the labels take what is left of it.
const BARS_X: usize = 200;
/// Room after the longest bar for its total.
const TOTAL_ROOM: usize = 50;
const BAR_H: usize = 16;
const ROW_H: usize = 24;
const LEGEND_H: usize = 28;
/// A label longer than this many display columns is cut with `…` (its full text stays in
/// the bar's tooltip).
const LABEL_COLS: usize = 28;

/// XML text or attribute value: control characters made visible, markup characters escaped.
fn xml(s: &str) -> String {
    super::html::esc(s)
}

/// The fonts as an attribute value: the page's stack, quoted with single quotes.
fn font_family() -> String {
    super::html::heading_fonts().replace('"', "'")
}

/// The chart as an `<svg>` element, or nothing when it has no bar.
pub fn render(c: &Chart) -> String {
    if c.bars.is_empty() {
        return String::new();
    }
    let most = c
        .bars
        .iter()
        .map(|b| b.values.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let span = WIDTH - BARS_X - TOTAL_ROOM;
    let height = LEGEND_H + c.bars.len() * ROW_H + 8;
    let title = xml(&c.title);
    let mut s = format!(
        "<figure class=\"chart\">\n<svg viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\"{title}\" font-family=\"{}\" font-size=\"12\">\n<title>{title}</title>\n",
        font_family()
    );
    // The legend: a swatch and a label per series, left to right.
    let mut x = BARS_X;
    for series in &c.series {
        s.push_str(&format!(
            "<rect x=\"{x}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{}\" y=\"16\">{}</text>\n",
            series.color,
            x + 16,
            xml(&series.label)
        ));
        x += 16 + crate::text::width(&inert_line(&series.label)) * 7 + 18;
    }
    for (n, bar) in c.bars.iter().enumerate() {
        let y = LEGEND_H + n * ROW_H;
        let label = inert_line(&bar.label);
        s.push_str(&format!(
            "<g><title>{}</title><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
            xml(&bar.label),
            BARS_X - 8,
            y + BAR_H - 4,
            xml(&truncate(&label, LABEL_COLS))
        ));
        let mut at = 0;
        for (value, series) in bar.values.iter().zip(&c.series) {
            if *value == 0 {
                continue;
            }
            let start = BARS_X + at * span / most;
            at += value;
            let end = BARS_X + at * span / most;
            s.push_str(&format!(
                "<rect x=\"{start}\" y=\"{y}\" width=\"{}\" height=\"{BAR_H}\" fill=\"{}\"><title>{}: {value}</title></rect>\n",
                end - start,
                series.color,
                xml(&series.label)
            ));
        }
        let total: usize = bar.values.iter().sum();
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\">{total}</text></g>\n",
            BARS_X + at * span / most + 4,
            y + BAR_H - 4
        ));
    }
    s.push_str(&format!(
        "</svg>\n<figcaption>{title}</figcaption>\n</figure>\n"
    ));
    s
}

/// Bars per body: overdue, open (not overdue), done; also the overdue report's chart.
pub fn bodies(standings: &[(String, [usize; 3])], title: String) -> Chart {
    let labels = crate::messages::charts::standing_series();
    let colors = ["#b22222", "#4a78b5", "#3c8d40"];
    Chart {
        title,
        series: labels
            .iter()
            .zip(colors)
            .map(|(l, color)| Series {
                label: l.to_string(),
                color,
            })
            .collect(),
        bars: standings
            .iter()
            .map(|(name, c)| Bar {
                label: name.clone(),
                values: c.to_vec(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(label: &str) -> Chart {
        Chart {
            title: "各单位事项<情况>".into(),
            series: vec![
                Series {
                    label: "逾期".into(),
                    color: "#b22222",
                },
                Series {
                    label: "已完成".into(),
                    color: "#3c8d40",
                },
            ],
            bars: vec![
                Bar {
                    label: label.into(),
                    values: vec![3, 1],
                },
                Bar {
                    label: "吉林大学".into(),
                    values: vec![0, 2],
                },
            ],
        }
    }

    #[test]
    fn bars_are_scaled_to_the_longest_and_labels_escaped() {
        let svg = render(&chart("省科技厅 & \"研究院\"\u{1b}[2J"));
        assert!(svg.contains("&amp; &quot;研究院&quot;␛[2J"), "{svg}");
        assert!(!svg.contains('\x1b') && !svg.contains("<情况>"));
        assert!(svg.contains("&lt;情况&gt;"));
        // The longest bar (4) fills the span; 3 of it is the first segment.
        let span = WIDTH - BARS_X - TOTAL_ROOM;
        assert!(svg.contains(&format!(
            "x=\"{BARS_X}\" y=\"{LEGEND_H}\" width=\"{}\"",
            span * 3 / 4
        )));
        // A zero leaves no segment; the second bar starts its done at the left.
        assert_eq!(svg.matches("<rect").count(), 2 + 3);
        assert!(svg.contains("font-family=\"'SimHei', '黑体'"), "{svg}");
    }

    #[test]
    fn a_long_label_is_cut_and_no_bar_draws_nothing() {
        let svg = render(&chart(&"香港大学吉林省研究院".repeat(4)));
        assert!(svg.contains('…'));
        let empty = Chart {
            bars: Vec::new(),
            ..chart("x")
        };
        assert_eq!(render(&empty), "");
    }
}
