//! SyntaxError: one error with CPython 3.11's message, rendered by `miette`.

use crate::ast::Span;
use crate::line_index::LineIndex;
use miette::{Diagnostic, LabeledSpan, NamedSource, SourceSpan};
use std::fmt;

/// Which of CPython's syntax error classes this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Input nested too deeply for the recursive passes (CPython reports this from its
    /// compiler as `RecursionError: maximum recursion depth exceeded during compilation`).
    RecursionError,
}

impl SyntaxErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A syntax error found by the lexer, the parser or the compiler.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// CPython's message, e.g. `expected ':'`.
    pub message: String,
    pub filename: String,
    /// 1-based line, as CPython's `lineno`.
    pub line: u32,
    /// 0-based byte column of the start of the span.
    pub col: u32,
    pub span: Span,
    /// The whole source, for the snippet.
    pub source: String,
    /// A hint for a recognisable mistake.
    pub help: Option<String>,
}

impl SyntaxError {
    pub fn new(
        kind: SyntaxErrorKind,
        message: impl Into<String>,
        filename: &str,
        source: &str,
        span: Span,
    ) -> SyntaxError {
        let index = LineIndex::new(source);
        let (line, col) = index.line_col(span.start.min(source.len() as u32));
        SyntaxError {
            kind,
            message: message.into(),
            filename: filename.to_string(),
            line,
            col,
            span,
            source: source.to_string(),
            help: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> SyntaxError {
        self.help = Some(help.into());
        self
    }

    /// The last line CPython prints, e.g. `IndentationError: unexpected indent`.
    pub fn python_line(&self) -> String {
        format!("{}: {}", self.kind.class_name(), self.message)
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.python_line())
    }
}

impl std::error::Error for SyntaxError {}

impl Diagnostic for SyntaxError {
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let len = self.source.len();
        let start = (self.span.start as usize).min(len);
        let end = (self.span.end as usize).clamp(start, len);
        let span = SourceSpan::new(start.into(), end - start);
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            Some(self.message.clone()),
            span,
        ))))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h.clone()) as Box<dyn fmt::Display>)
    }
}

impl SyntaxError {
    /// A miette report naming the file, for printing.
    pub fn to_report(&self) -> miette::Report {
        let named = NamedSource::new(self.filename.clone(), self.source.clone());
        miette::Report::new(self.clone()).with_source_code(named)
    }

    /// The report the `coil` command prints: miette's graphical report whose headline
    /// is CPython's last line verbatim (`SyntaxError: expected ':'`), never wrapped
    /// (a wrapped headline would no longer contain that line), then the snippet with
    /// `file:line:column`. Colours and Unicode box drawing only for a terminal.
    pub fn render(&self, color: bool) -> String {
        use miette::{GraphicalReportHandler, GraphicalTheme};
        // miette pads with Rust's `{:width$}`, which panics past 65,535
        // columns: a source with such lines gets CPython's plain report.
        if self.source.lines().any(|l| l.len() > PLAIN_REPORT_COLUMNS) {
            return self.plain_report();
        }
        let theme = if color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::none()
        };
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_links(false)
            .with_wrap_lines(false)
            .with_width(usize::MAX / 2);
        let named = Named {
            error: self,
            source: NamedSource::new(self.filename.clone(), self.source.clone()),
        };
        let mut out = String::new();
        if handler.render_report(&mut out, &named).is_err() {
            // Rendering into a String cannot fail; keep CPython's line regardless.
            out = self.python_line();
        }
        out
    }
}

/// Lines longer than this (in bytes) are not given to miette (see `render`).
const PLAIN_REPORT_COLUMNS: usize = 30_000;

impl SyntaxError {
    /// CPython's report without the snippet: `File "name", line N`, then the
    /// class and message.
    fn plain_report(&self) -> String {
        format!(
            "  File \"{}\", line {}\n{}\n",
            self.filename,
            self.line,
            self.python_line()
        )
    }
}

/// The error with its source named after the file, so the snippet's header reads
/// `[prog.py:4:7]` (the `Diagnostic` impl above gives the bare text, for tests).
struct Named<'a> {
    error: &'a SyntaxError,
    source: NamedSource<String>,
}

impl fmt::Debug for Named<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.error, f)
    }
}

impl fmt::Display for Named<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.error, f)
    }
}

impl std::error::Error for Named<'_> {}

impl Diagnostic for Named<'_> {
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.error.labels()
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.error.help()
    }
}
