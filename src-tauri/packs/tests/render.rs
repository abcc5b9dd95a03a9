//! Round trips through real PDFs: what goes in as data comes out verbatim (pdftotext), consent
//! and privacy hold, hostile text is never evaluated, long text paginates, briefs stay short.

use crate::fixture::*;
use chrono::NaiveDate;
use sponsor_desk_core::demo::{self, DemoSize};
use sponsor_desk_core::{sponsors, Store};
use sponsor_desk_packs::{self as packs, PackOptions, Section};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|e| panic!("{e}"))
}

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

fn brief_text(f: &Fixture, sponsor: i64, options: &PackOptions) -> (String, Vec<u8>) {
    let data = packs::brief(f.store.conn(), sponsor, day("2025-06-01"), options)
        .unwrap_or_else(|e| panic!("{e}"));
    let pdf = packs::pdf(&data).unwrap_or_else(|e| panic!("{e}"));
    let dir = temp();
    (pdf_text(dir.path(), &pdf), pdf)
}

fn committee_text(f: &Fixture) -> String {
    let data = packs::committee_pack(
        f.store.conn(),
        f.meeting,
        day("2025-06-01"),
        &PackOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let pdf = packs::pdf(&data).unwrap_or_else(|e| panic!("{e}"));
    pdf_text(temp().path(), &pdf)
}

#[test]
fn names_initiatives_and_consented_quotes_print_verbatim_in_both_packs() {
    let f = build("Open the all-staff meeting");
    let (brief, _) = brief_text(&f, f.sponsor, &PackOptions::default());
    let pack = committee_text(&f);
    for text in [&brief, &pack] {
        assert!(prints(text, HOSTILE_NAME), "hostile name missing: {text}");
        for name in &f.initiatives {
            assert!(prints(text, name), "initiative {name} missing: {text}");
        }
        assert!(
            text.contains(GIVEN_QUOTE),
            "consented quote missing: {text}"
        );
        assert!(prints(text, HOSTILE_QUOTE), "hostile quote missing: {text}");
    }
    assert!(pack.contains("Ada Lovelace"));
    assert!(pack.contains("Room <B> #2"));
}

#[test]
fn pending_and_withheld_quotes_and_private_notes_never_print() {
    let f = build("Point");
    let (brief, _) = brief_text(&f, f.sponsor, &PackOptions::default());
    let (other, _) = brief_text(&f, f.other, &PackOptions::default());
    let pack = committee_text(&f);
    for text in [&brief, &other, &pack] {
        for secret in [
            PENDING_QUOTE,
            WITHHELD_QUOTE,
            PRIVATE_NOTE,
            SPONSORSHIP_NOTE,
        ] {
            assert!(!text.contains(&secret[..20]), "{secret} printed");
        }
        assert!(!text.contains("never-print"));
    }
}

#[test]
fn hostile_text_is_data_never_markup() {
    let f = build(r#"#panic("evaluated") and $1/0$ and #import "/etc/passwd""#);
    let (brief, _) = brief_text(&f, f.sponsor, &PackOptions::default());
    assert!(brief.contains(r#"#panic("evaluated") and $1/0$ and #import "/etc/passwd""#));
    // Had the name been evaluated, "#set text(red)" and "<script>" would be gone.
    assert!(brief.contains("#set text(red) $x^2$ *bold* @ref <script>alert(1)</script>"));
    for script in [
        "Ωμέγα",
        "Ирина",
        "مرحبا",
        "🚀",
        "Привет",
        "Γειά",
        "עברית",
        "🎉",
        "Zoë",
    ] {
        assert!(brief.contains(script), "{script} missing: {brief}");
    }
}

#[test]
fn ten_thousand_characters_of_talking_points_wrap_and_paginate() {
    let sentence = "Tie the portal to the readiness goal and ask for the all-staff slot. ";
    let long: String = sentence.repeat(10_000 / sentence.len() + 1);
    let f = build(&long);
    let (text, pdf) = brief_text(&f, f.sponsor, &PackOptions::default());
    assert!(
        pages(temp().path(), &pdf) >= 3,
        "10,000 characters should run over pages"
    );
    assert!(text.matches("ask for the all-staff slot.").count() >= 140);
    // Nothing is cut off: the last section still prints after the long one.
    assert!(text.contains("NEXT STEP"));
}

#[test]
fn omitted_sections_and_chosen_stories_are_respected() {
    let f = build("Point");
    let options = PackOptions {
        omit: vec![Section::Stories, Section::TalkingPoints],
        story_ids: None,
    };
    let (text, _) = brief_text(&f, f.sponsor, &options);
    assert!(!text.contains(GIVEN_QUOTE));
    assert!(!text.contains("TALKING POINTS"));
    let none = PackOptions {
        omit: vec![],
        story_ids: Some(vec![]),
    };
    let (text, _) = brief_text(&f, f.sponsor, &none);
    assert!(!text.contains(GIVEN_QUOTE));
}

#[test]
fn printing_records_usage_so_the_next_brief_does_not_repeat_the_story() {
    let mut f = build("Point");
    let as_of = day("2025-06-01");
    let data = packs::brief(f.store.conn(), f.sponsor, as_of, &PackOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(data.stories.len(), 1);
    packs::record_usage(&mut f.store, &data, as_of).unwrap_or_else(|e| panic!("{e}"));
    let again = packs::brief(f.store.conn(), f.sponsor, as_of, &PackOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        again.stories.is_empty(),
        "a told story is not told again unless chosen"
    );
    let choices =
        packs::story_choices(f.store.conn(), f.sponsor, as_of).unwrap_or_else(|e| panic!("{e}"));
    assert!(choices.iter().all(|c| c.used && !c.selected));
}

#[test]
fn unknown_sponsor_or_meeting_is_not_found() {
    let f = build("Point");
    let err = packs::brief(
        f.store.conn(),
        9_999,
        day("2025-06-01"),
        &PackOptions::default(),
    );
    assert!(
        matches!(err, Err(packs::PackError::Core(e)) if e.code() == sponsor_desk_core::ErrorCode::NotFound)
    );
    let err = packs::committee_pack(
        f.store.conn(),
        9_999,
        day("2025-06-01"),
        &PackOptions::default(),
    );
    assert!(
        matches!(err, Err(packs::PackError::Core(e)) if e.code() == sponsor_desk_core::ErrorCode::NotFound)
    );
}

#[test]
fn every_demo_sponsor_brief_is_one_to_three_pages() {
    let mut store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    demo::fill(&mut store, DemoSize::Small, 1, day("2026-12-01")).unwrap_or_else(|e| panic!("{e}"));
    let rows = sponsors::list(store.conn(), &Default::default()).unwrap_or_else(|e| panic!("{e}"));
    let dir = temp();
    for row in rows {
        let data = packs::brief(
            store.conn(),
            row.id,
            day("2026-12-01"),
            &PackOptions::default(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let pdf = packs::pdf(&data).unwrap_or_else(|e| panic!("{e}"));
        let n = pages(dir.path(), &pdf);
        assert!((1..=3).contains(&n), "{} runs to {n} pages", row.name);
        assert!(
            prints(&pdf_text(dir.path(), &pdf), &row.name),
            "{} missing",
            row.name
        );
    }
}

#[test]
fn preview_gives_one_png_per_page() {
    let f = build("Point");
    let data = packs::brief(
        f.store.conn(),
        f.sponsor,
        day("2025-06-01"),
        &PackOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let pages = packs::preview(&data, 0.5).unwrap_or_else(|e| panic!("{e}"));
    assert!(!pages.is_empty());
    assert!(pages.iter().all(|p| p.starts_with(b"\x89PNG")));
}

#[test]
fn file_names_are_safe_whatever_the_name() {
    assert_eq!(
        packs::brief_file_name(3, "Ada Lovelace"),
        "brief-3-ada-lovelace.pdf"
    );
    assert_eq!(packs::brief_file_name(4, "../../etc"), "brief-4-etc.pdf");
    assert_eq!(packs::brief_file_name(5, "Ирина"), "brief-5.pdf");
}
