//! The comparison's reports as parts made once, in words, that the Markdown, the HTML and
//! the PDF only lay out: tables of cells, and lists of lines with lines under them. So the
//! three say the same, and none of them parses another.

use std::fmt::Write as _;

use crate::export::escape::{escape, escape_inline, escape_markdown};

/// A table: its heads, which columns are numbers (set flush right), which keep each cell on
/// one line (numbers and dates), and its rows of cells.
#[derive(Clone)]
pub struct ReportTable {
    pub headings: Vec<String>,
    pub numeric: Vec<bool>,
    pub whole: Vec<bool>,
    pub rows: Vec<Vec<String>>,
}

impl ReportTable {
    /// A table with `columns` as (heading, is a number).
    pub fn new(columns: Vec<(String, bool)>) -> Self {
        let (headings, numeric): (Vec<String>, Vec<bool>) = columns.into_iter().unzip();
        Self {
            headings,
            whole: numeric.clone(),
            numeric,
            rows: Vec::new(),
        }
    }

    /// The same, with `column`'s cells kept on one line (a date).
    pub fn keeping_whole(mut self, column: usize) -> Self {
        if let Some(whole) = self.whole.get_mut(column) {
            *whole = true;
        }
        self
    }

    pub fn markdown(&self) -> String {
        let mut out = format!("| {} |\n|", self.headings.join(" | "));
        for numeric in &self.numeric {
            out.push_str(if *numeric { "---:|" } else { "---|" });
        }
        out.push('\n');
        for row in &self.rows {
            let cells: Vec<String> = row.iter().map(|cell| escape_markdown(cell)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        out
    }

    pub fn html(&self) -> String {
        let class = |column: usize| {
            if self.numeric.get(column).copied().unwrap_or(false) {
                " class=\"number\""
            } else if self.whole.get(column).copied().unwrap_or(false) {
                " class=\"whole\""
            } else {
                ""
            }
        };
        let mut out = String::from("<table>\n<thead><tr>");
        for (column, heading) in self.headings.iter().enumerate() {
            let _ = write!(
                out,
                "<th scope=\"col\"{}>{}</th>",
                class(column),
                escape(heading)
            );
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in &self.rows {
            out.push_str("<tr>");
            for (column, cell) in row.iter().enumerate() {
                let _ = write!(out, "<td{}>{}</td>", class(column), escape(cell));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
        out
    }
}

/// A line of a list, with a mark in front ("⚠" for a festering finding, "☑"/"☐" for an
/// action) and lines under it.
pub struct ListLine {
    pub mark: Option<&'static str>,
    pub text: String,
    pub under: Vec<ListLine>,
}

impl ListLine {
    pub fn new(text: String) -> Self {
        Self {
            mark: None,
            text,
            under: Vec::new(),
        }
    }

    pub fn marked(mark: &'static str, text: String) -> Self {
        Self {
            mark: Some(mark),
            ..Self::new(text)
        }
    }

    fn words(&self) -> String {
        self.mark
            .map_or_else(|| self.text.clone(), |mark| format!("{mark} {}", self.text))
    }
}

/// A list as Markdown, two spaces deeper for each level.
pub fn list_markdown(out: &mut String, lines: &[ListLine], depth: usize) {
    for line in lines {
        let _ = writeln!(
            out,
            "{}- {}",
            "  ".repeat(depth),
            escape_inline(&line.words())
        );
        list_markdown(out, &line.under, depth + 1);
    }
}

pub fn list_html(out: &mut String, lines: &[ListLine]) {
    if lines.is_empty() {
        return;
    }
    out.push_str("<ul>\n");
    for line in lines {
        let _ = write!(out, "<li>{}", escape(&line.words()));
        list_html(out, &line.under);
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

#[cfg(test)]
mod tests {
    use super::{ListLine, ReportTable, list_html, list_markdown};

    #[test]
    fn a_table_sets_numbers_right_and_escapes_each_format() {
        let mut table = ReportTable::new(vec![
            ("Workshop".to_owned(), false),
            ("Sales".to_owned(), true),
        ]);
        table
            .rows
            .push(vec!["Q1 | <b>".to_owned(), "1.95".to_owned()]);
        assert_eq!(
            table.markdown(),
            "| Workshop | Sales |\n|---|---:|\n| Q1 \\| \\<b\\> | 1.95 |\n"
        );
        assert!(
            table
                .html()
                .contains("<td>Q1 | &lt;b&gt;</td><td class=\"number\">1.95</td>")
        );
    }

    #[test]
    fn a_list_nests_and_marks_its_lines() {
        let mut line = ListLine::new("Actions: 1 of 2 done".to_owned());
        line.under = vec![
            ListLine::marked("☑", "Deal *desk*".to_owned()),
            ListLine::marked("☐", "Review".to_owned()),
        ];
        let mut markdown = String::new();
        list_markdown(&mut markdown, std::slice::from_ref(&line), 0);
        assert_eq!(
            markdown,
            "- Actions: 1 of 2 done\n  - ☑ Deal \\*desk\\*\n  - ☐ Review\n"
        );
        let mut html = String::new();
        list_html(&mut html, &[line]);
        assert_eq!(
            html,
            "<ul>\n<li>Actions: 1 of 2 done<ul>\n<li>☑ Deal *desk*</li>\n<li>☐ Review</li>\n</ul>\n</li>\n</ul>\n"
        );
    }
}
