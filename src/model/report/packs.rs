//! Follow-up packs, one per organisation (to be written).
