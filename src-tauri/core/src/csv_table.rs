//! The one CSV writer every list export shares: RFC 4180 quoting by the `csv` crate, CRLF line
//! ends, UTF-8 without BOM, a header row first (so an empty list is the header alone).

use crate::error::{CoreError, Result};

/// `header` then `rows` as CSV text. `what` names the list in the error ("the actions CSV").
pub(crate) fn csv_text<R, C>(what: &str, header: &[&str], rows: R) -> Result<String>
where
    R: IntoIterator<Item = C>,
    C: IntoIterator,
    C::Item: AsRef<[u8]>,
{
    let fail = |e: String| CoreError::Io {
        context: format!("writing {what}"),
        source: std::io::Error::other(e),
    };
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    out.write_record(header).map_err(|e| fail(e.to_string()))?;
    for row in rows {
        out.write_record(row).map_err(|e| fail(e.to_string()))?;
    }
    let bytes = out.into_inner().map_err(|e| fail(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| fail(e.to_string()))
}

/// A date or nothing, as a cell.
pub(crate) fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_what_needs_quoting_and_ends_lines_with_crlf() {
        let text = csv_text(
            "a test",
            &["a", "b"],
            [vec!["x, y".to_string(), "say \"hi\"\nthen go".into()]],
        )
        .unwrap();
        assert_eq!(text, "a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthen go\"\r\n");
    }

    #[test]
    fn no_rows_is_the_header_alone() {
        let none: Vec<Vec<String>> = Vec::new();
        assert_eq!(csv_text("a test", &["a", "b"], none).unwrap(), "a,b\r\n");
    }
}
