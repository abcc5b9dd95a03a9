//! Field rules shared by every record kind.
