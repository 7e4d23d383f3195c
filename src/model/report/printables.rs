//! Printables for the day (to be written).
