//! Reading an exported CSV back for the export tests: the framing every export shares (CRLF,
//! no BOM) checked once, then the header and the rows as strings.

pub fn parse_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    assert!(text.ends_with("\r\n"), "CRLF line ends");
    assert!(!text.starts_with('\u{feff}'), "no BOM");
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("a header row")
        .iter()
        .map(String::from)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a CSV record").iter().map(String::from).collect())
        .collect();
    (header, rows)
}
