//! Byte offset to (line, column) conversion, shared by syntax errors and the
//! compiler's position table.

/// Start offsets of every line of one source text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line number of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based line and 0-based byte column of an offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.starts[(line - 1) as usize];
        (line, offset - start)
    }

    /// The text of 1-based line `line`, without its newline.
    pub fn line_text<'a>(&self, source: &'a str, line: u32) -> &'a str {
        let i = (line.max(1) - 1) as usize;
        let Some(&start) = self.starts.get(i) else {
            return "";
        };
        let end = self
            .starts
            .get(i + 1)
            .map(|&e| e as usize)
            .unwrap_or(source.len());
        source
            .get(start as usize..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}
