//! The packs crate's errors: what went wrong building a pack's data or typesetting it.
//! Each says in one sentence what failed; the app maps them onto its own error codes.

use sponsor_desk_core::CoreError;

#[derive(Debug, thiserror::Error)]
pub enum PackError {
    /// Reading the data failed (unknown sponsor or meeting, database problem).
    #[error(transparent)]
    Core(#[from] CoreError),

    /// The pack's data could not be written as JSON for the template.
    #[error("cannot prepare the pack's data: {0}")]
    Data(#[from] serde_json::Error),

    /// Typst reported errors; a bug in a template, never in the user's text (which is data).
    #[error("cannot typeset the {pack}: {message}")]
    Typeset { pack: &'static str, message: String },

    /// Writing the PDF or a preview image failed.
    #[error("cannot write the {pack}: {message}")]
    Export { pack: &'static str, message: String },

    /// The render went past its time limit and was abandoned.
    #[error("the {pack} took longer than {seconds} s to typeset and was abandoned")]
    Timeout { pack: &'static str, seconds: u64 },

    /// The render thread stopped without an answer (it panicked).
    #[error("the {pack} could not be typeset: the renderer stopped unexpectedly")]
    Crashed { pack: &'static str },
}

pub type Result<T, E = PackError> = std::result::Result<T, E>;
