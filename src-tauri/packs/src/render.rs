//! Typesetting a pack: the template and its JSON data compiled on a worker thread with a time
//! limit, then written as PDF or as PNG pages for the preview.

use std::sync::mpsc;
use std::time::Duration;

use typst::diag::SourceDiagnostic;
use typst::ecow::EcoVec;
use typst_layout::PagedDocument;

use crate::error::{PackError, Result};
use crate::world::PackWorld;

/// How long one pack may take to typeset before it is abandoned. A brief takes milliseconds;
/// this only guards against a template bug looping forever.
pub const TIME_LIMIT: Duration = Duration::from_secs(10);

/// Typst memoises layout work in a process-wide cache that only grows unless evicted: the
/// pack_data fuzz run grew by about 1.2 MB per typeset until libFuzzer's 2 GB limit, and a
/// window open all day rendering previews would do the same. After each typeset, results
/// unused for this many typesets are dropped; re-rendering the pack on screen still hits.
const CACHE_AGE: usize = 10;

/// Which template to use and what to call it in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Template {
    Brief,
    Committee,
}

impl Template {
    fn path(self) -> &'static str {
        match self {
            Template::Brief => "/brief.typ",
            Template::Committee => "/committee.typ",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Template::Brief => "sponsor brief",
            Template::Committee => "committee pack",
        }
    }
}

/// Compiles `template` over `data` (the pack's JSON) on its own thread; gives up after
/// `TIME_LIMIT`. The thread is left to finish on its own then: Typst cannot be interrupted.
pub fn typeset(template: Template, data: Vec<u8>) -> Result<PagedDocument> {
    let pack = template.label();
    let world = PackWorld::new(template.path(), data).ok_or(PackError::Typeset {
        pack,
        message: "the template is missing from the binary".to_string(),
    })?;
    let (send, receive) = mpsc::channel();
    std::thread::Builder::new()
        .name(format!("typeset {pack}"))
        .spawn(move || {
            let result = typst::compile::<PagedDocument>(&world).output;
            typst::comemo::evict(CACHE_AGE);
            // The receiver is gone only after a timeout; nobody wants the result then.
            let _ = send.send(result);
        })
        .map_err(|e| PackError::Typeset {
            pack,
            message: e.to_string(),
        })?;
    match receive.recv_timeout(TIME_LIMIT) {
        Ok(Ok(document)) => Ok(document),
        Ok(Err(errors)) => Err(PackError::Typeset {
            pack,
            message: describe(&errors),
        }),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(PackError::Timeout {
            pack,
            seconds: TIME_LIMIT.as_secs(),
        }),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(PackError::Crashed { pack }),
    }
}

fn describe(errors: &EcoVec<SourceDiagnostic>) -> String {
    let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
    messages.join("; ")
}

/// The document as PDF bytes.
pub fn pdf(template: Template, document: &PagedDocument) -> Result<Vec<u8>> {
    typst_pdf::pdf(document, &typst_pdf::PdfOptions::default()).map_err(|errors| {
        PackError::Export {
            pack: template.label(),
            message: describe(&errors),
        }
    })
}

/// Each page as PNG bytes, `pixels_per_point` wide (1.0 = 72 dpi).
pub fn png_pages(
    template: Template,
    document: &PagedDocument,
    pixels_per_point: f32,
) -> Result<Vec<Vec<u8>>> {
    let options = typst_render::RenderOptions {
        pixel_per_pt: typst::utils::Scalar::new(f64::from(pixels_per_point)),
        render_bleed: false,
    };
    document
        .pages()
        .iter()
        .map(|page| {
            typst_render::render(page, &options)
                .encode_png()
                .map_err(|e| PackError::Export {
                    pack: template.label(),
                    message: e.to_string(),
                })
        })
        .collect()
}
