//! Reading a CSV file record by record, never whole: BOM dropped, comma or semicolon sniffed
//! from the header line, cells checked for UTF-8 and size, column counts and open quotes caught.

use std::cell::Cell;
use std::io::{BufRead, BufReader, Read};
use std::rc::Rc;

use crate::error::{CoreError, Result};

/// A cell longer than this is refused: no real name or note is that long, a runaway quote is.
pub const CELL_MAX: usize = 100 * 1024;

/// Counts bytes and double quotes as the parser pulls them, for progress and the open-quote check.
struct Counting<R> {
    inner: R,
    bytes: Rc<Cell<u64>>,
    quotes: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes.set(self.bytes.get() + n as u64);
        let q = buf[..n].iter().filter(|b| **b == b'"').count() as u64;
        self.quotes.set(self.quotes.get() + q);
        Ok(n)
    }
}

/// One data record: its row number as a spreadsheet shows it (the header is row 1) and its cells.
pub(crate) struct Record {
    pub row: u64,
    pub cells: Vec<String>,
}

pub(crate) struct Source<R: Read> {
    reader: csv::Reader<Counting<BufReader<R>>>,
    pub headers: Vec<String>,
    pub delimiter: u8,
    bytes: Rc<Cell<u64>>,
    quotes: Rc<Cell<u64>>,
    record: csv::ByteRecord,
    last_row: u64,
    last_width: usize,
}

fn bad(row: u64, column: Option<(usize, &str)>, message: String) -> CoreError {
    let location = match column {
        Some((i, header)) if !header.is_empty() => {
            format!("row {row}, column {} \"{header}\"", i + 1)
        }
        Some((i, _)) => format!("row {row}, column {}", i + 1),
        None => format!("row {row}"),
    };
    CoreError::InvalidImport {
        location,
        field: None,
        message,
    }
}

impl<R: Read> Source<R> {
    /// Opens the stream and reads the header row.
    pub fn open(input: R) -> Result<Source<R>> {
        let mut buffered = BufReader::with_capacity(64 * 1024, input);
        let head = buffered.fill_buf().map_err(|source| CoreError::Io {
            context: "reading the CSV file".into(),
            source,
        })?;
        let bom = head.starts_with(b"\xEF\xBB\xBF");
        let delimiter = sniff(if bom { &head[3..] } else { head });
        if bom {
            buffered.consume(3);
        }
        let bytes = Rc::new(Cell::new(if bom { 3 } else { 0 }));
        let quotes = Rc::new(Cell::new(0));
        let reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            // Column counts are checked here, so the error can name the row and the fix.
            .flexible(true)
            .from_reader(Counting {
                inner: buffered,
                bytes: bytes.clone(),
                quotes: quotes.clone(),
            });
        let mut source = Source {
            reader,
            headers: Vec::new(),
            delimiter,
            bytes,
            quotes,
            record: csv::ByteRecord::new(),
            last_row: 0,
            last_width: 0,
        };
        let Some(first) = source.read_raw(true)? else {
            return Err(bad(1, None, "the file is empty; it needs a header row naming the columns, e.g. Name,Email,Department".into()));
        };
        let headers: Vec<String> = first.cells.iter().map(|h| h.trim().to_string()).collect();
        for (i, h) in headers.iter().enumerate() {
            if h.is_empty() {
                return Err(bad(
                    1,
                    Some((i, "")),
                    "this header cell is empty; give the column a name or delete it".into(),
                ));
            }
            let key = super::fields::normalize(h);
            if let Some(j) = headers[..i]
                .iter()
                .position(|o| super::fields::normalize(o) == key)
            {
                return Err(bad(
                    1,
                    Some((i, h)),
                    format!("the header \"{h}\" appears twice (columns {} and {}); rename or delete one of them", j + 1, i + 1),
                ));
            }
        }
        source.headers = headers;
        Ok(source)
    }

    /// Bytes consumed so far (for progress over the file size).
    pub fn bytes_read(&self) -> u64 {
        self.bytes.get()
    }

    /// The next data record, checked; None at the end of the file.
    pub fn next(&mut self) -> Result<Option<Record>> {
        let Some(record) = self.read_raw(false)? else {
            return Ok(None);
        };
        // A blank line (one empty cell) is skipped, as spreadsheets add them at the end.
        if record.cells.len() == 1 && record.cells[0].trim().is_empty() && self.headers.len() > 1 {
            return self.next();
        }
        if record.cells.len() != self.headers.len() {
            return Err(bad(
                record.row,
                None,
                format!(
                    "this row has {} cells but the header has {} columns; every row needs one cell per column (quote cells that contain the separator \"{}\")",
                    record.cells.len(),
                    self.headers.len(),
                    self.delimiter as char
                ),
            ));
        }
        Ok(Some(record))
    }

    fn read_raw(&mut self, header: bool) -> Result<Option<Record>> {
        let more = match self.reader.read_byte_record(&mut self.record) {
            Ok(more) => more,
            Err(e) => {
                let row = self.last_row + 1;
                return Err(bad(
                    row,
                    None,
                    format!("the file cannot be read as CSV: {e}"),
                ));
            }
        };
        if !more {
            // Quotes come in pairs in RFC 4180; an odd count means the last cell opened one
            // and the file ended inside it.
            if !self.quotes.get().is_multiple_of(2) && self.last_row > 0 {
                let column = self.last_width.saturating_sub(1);
                let header = self.headers.get(column).cloned().unwrap_or_default();
                return Err(bad(
                    self.last_row,
                    Some((column, &header)),
                    "a quote (\") opened in this cell is never closed; close it, or double a quote that is part of the text (\"\")".into(),
                ));
            }
            return Ok(None);
        }
        // Rows as a spreadsheet numbers them: a cell with line breaks is still one row.
        let row = self.last_row + 1;
        self.last_row = row;
        self.last_width = self.record.len();
        let mut cells = Vec::with_capacity(self.record.len());
        for (i, raw) in self.record.iter().enumerate() {
            let header = if header {
                String::new()
            } else {
                self.headers.get(i).cloned().unwrap_or_default()
            };
            if raw.len() > CELL_MAX {
                return Err(bad(
                    row,
                    Some((i, &header)),
                    format!(
                        "this cell holds {} KB, more than the {} KB a cell may hold; shorten it (a quote left open makes one huge cell)",
                        raw.len() / 1024,
                        CELL_MAX / 1024
                    ),
                ));
            }
            match std::str::from_utf8(raw) {
                Ok(text) => cells.push(text.to_string()),
                Err(e) => {
                    return Err(bad(
                        row,
                        Some((i, &header)),
                        format!(
                            "this cell is not UTF-8 text (bad byte at position {}); save the file as \"CSV UTF-8\" and import it again",
                            e.valid_up_to() + 1
                        ),
                    ))
                }
            }
        }
        Ok(Some(Record { row, cells }))
    }
}

/// Semicolon when the header line has more semicolons than commas outside quotes
/// (spreadsheets in locales with a decimal comma write that), else comma.
fn sniff(head: &[u8]) -> u8 {
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for b in head {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas {
        b';'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_the_header_line_only() {
        assert_eq!(sniff(b"Name;Email;Unit\r\na,b;c"), b';');
        assert_eq!(sniff(b"Name,Email\n;;;;;"), b',');
        assert_eq!(sniff(b"\"a;b;c\",d\n"), b',');
    }

    #[test]
    fn bom_and_bare_cr_lines() {
        let data = b"\xEF\xBB\xBFName;Unit\rAda;Ops\rBob;Ops\r".to_vec();
        let mut s = Source::open(&data[..]).unwrap();
        assert_eq!(s.headers, vec!["Name", "Unit"]);
        let a = s.next().unwrap().unwrap();
        assert_eq!(
            (a.row, a.cells.clone()),
            (2, vec!["Ada".to_string(), "Ops".to_string()])
        );
        assert_eq!(s.next().unwrap().unwrap().row, 3);
        assert!(s.next().unwrap().is_none());
    }
}
