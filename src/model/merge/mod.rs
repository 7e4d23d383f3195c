//! Several copies of one meeting, one record: the three-way merge of
//! session files.

mod note;

pub use note::MergeNote;
