//! The runner's one error type: what stopped one measurement (the others still run, and the
//! report says which one is missing and why).

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("could not run {program}: {source}")]
    Spawn {
        program: String,
        source: std::io::Error,
    },

    #[error("{program} failed ({status}): {stderr}")]
    Failed {
        program: String,
        status: String,
        stderr: String,
    },

    #[error("{path}: {source}")]
    File {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("{0} did not happen within {1:?}")]
    Timeout(String, std::time::Duration),

    #[error("WebDriver: {0}")]
    WebDriver(String),

    #[error("{0}")]
    Other(String),
}

impl BenchError {
    pub fn file(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> BenchError + '_ {
        move |source| BenchError::File {
            path: path.to_path_buf(),
            source,
        }
    }
}

impl From<fantoccini::error::CmdError> for BenchError {
    fn from(error: fantoccini::error::CmdError) -> Self {
        BenchError::WebDriver(error.to_string())
    }
}

impl From<fantoccini::error::NewSessionError> for BenchError {
    fn from(error: fantoccini::error::NewSessionError) -> Self {
        BenchError::WebDriver(error.to_string())
    }
}
