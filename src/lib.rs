//! Tandem: run a sales ↔ product alignment workshop, collect anonymous friction ratings from
//! both functions, and classify the friction as healthy or toxic with rules that are data.
//!
//! Time comes from one [`clock::Clock`] the app and the command line are given.
//! The domain ([`domain`], [`metrics`], [`rules`], [`storage`], [`export`], [`import`], [`room`], [`compare`]) has no egui in it; [`ui`] is a layer on top.

pub mod cli;
pub mod clock;
pub mod compare;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod import;
pub mod metrics;
pub mod room;
pub mod rules;
pub mod storage;
pub mod ui;
