//! The Typst world a pack is typeset in: the embedded templates, the pack's `/data.json` and the
//! embedded fonts. It never reads the disk, scans system fonts or downloads packages.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The path the templates read the pack's data from: `json("/data.json")`.
pub const DATA_PATH: &str = "/data.json";

/// The templates, embedded at build time; `common.typ` holds the shared look.
const TEMPLATES: &[(&str, &str)] = &[
    ("/common.typ", include_str!("../templates/common.typ")),
    ("/brief.typ", include_str!("../templates/brief.typ")),
    ("/committee.typ", include_str!("../templates/committee.typ")),
];

/// The only fonts a pack can use, embedded, with their licences beside them in `fonts/`: the
/// templates ask for Libertinus Serif and DejaVu Sans (regular, bold, italic as used); DejaVu
/// Sans also covers the Arabic, Hebrew, Greek and Cyrillic Libertinus lacks, and Symbola the
/// emoji (in black, as a printed page wants), so any name a user types prints. Typst's own
/// font set (typst-assets) is not embedded: its maths, monospace and Computer Modern faces are
/// never used by a pack and were 8 MB of the binary.
const FONTS: &[&[u8]] = &[
    include_bytes!("../fonts/LibertinusSerif-Regular.otf"),
    include_bytes!("../fonts/LibertinusSerif-Bold.otf"),
    include_bytes!("../fonts/LibertinusSerif-Italic.otf"),
    include_bytes!("../fonts/LibertinusSerif-BoldItalic.otf"),
    include_bytes!("../fonts/DejaVuSans.ttf"),
    include_bytes!("../fonts/DejaVuSans-Bold.ttf"),
    include_bytes!("../fonts/Symbola.ttf"),
];

/// What every render shares, built once per process: parsing fonts and the standard library
/// costs far more than typesetting a brief.
struct Base {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    templates: Vec<Source>,
}

static BASE: LazyLock<Base> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONTS
        .iter()
        .copied()
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    let templates = TEMPLATES
        .iter()
        .filter_map(|(path, text)| Some(Source::new(file_id(path)?, (*text).to_string())))
        .collect();
    Base {
        library: LazyHash::new(Library::default()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        templates,
    }
});

/// Parses the fonts and templates now, so the first pack a user asks for is as quick as the rest.
pub fn warm_up() {
    LazyLock::force(&BASE);
}

fn file_id(path: &str) -> Option<FileId> {
    let vpath = VirtualPath::new(path).ok()?;
    Some(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// One render's world: a template as the main file and the pack's data.
pub struct PackWorld {
    main: FileId,
    data_id: Option<FileId>,
    data: Bytes,
}

impl PackWorld {
    /// `template` is one of the embedded paths (`/brief.typ`); `data` the pack's JSON.
    pub fn new(template: &str, data: Vec<u8>) -> Option<PackWorld> {
        let main = file_id(template)?;
        // The main file must be one of ours: nothing else can be typeset.
        BASE.templates.iter().find(|s| s.id() == main)?;
        Some(PackWorld {
            main,
            data_id: file_id(DATA_PATH),
            data: Bytes::new(data),
        })
    }
}

impl World for PackWorld {
    fn library(&self) -> &LazyHash<Library> {
        &BASE.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &BASE.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        BASE.templates
            .iter()
            .find(|s| s.id() == id)
            .cloned()
            .ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if Some(id) == self.data_id {
            return Ok(self.data.clone());
        }
        match BASE.templates.iter().find(|s| s.id() == id) {
            Some(source) => Ok(Bytes::from_string(source.text().to_string())),
            None => Err(not_found(id)),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        BASE.fonts.get(index).cloned()
    }

    /// Packs carry their own as-of date in the data; the clock never leaks into a render.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}
