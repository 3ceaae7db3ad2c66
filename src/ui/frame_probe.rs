//! A measurement wrapper for startup and frame-rate benchmarks, enabled only by the
//! `TANDEM_PROBE_FRAMES=N` environment variable: it keeps repainting for N frames, prints
//! when the first frame came and how fast the rest followed, then closes the window.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use eframe::egui;

pub struct FrameProbe<A> {
    inner: A,
    frames_wanted: u32,
    frames_seen: u32,
    first_frame: Option<Instant>,
}

impl<A: eframe::App> FrameProbe<A> {
    /// Wraps `inner` when the environment asks for a probe.
    pub fn wrap(inner: A) -> Result<Self, A> {
        match std::env::var("TANDEM_PROBE_FRAMES")
            .ok()
            .and_then(|n| n.parse().ok())
        {
            Some(frames_wanted) => Ok(Self {
                inner,
                frames_wanted,
                frames_seen: 0,
                first_frame: None,
            }),
            None => Err(inner),
        }
    }
}

impl<A: eframe::App> eframe::App for FrameProbe<A> {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.inner.ui(ui, frame);
        self.frames_seen += 1;
        let now = Instant::now();
        let first = *self.first_frame.get_or_insert_with(|| {
            let epoch = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |elapsed| elapsed.as_micros());
            println!("first_frame_epoch_us={epoch}");
            now
        });
        if self.frames_seen == self.frames_wanted + 1 {
            let seconds = now.duration_since(first).as_secs_f64();
            let frames = self.frames_seen - 1;
            println!(
                "frames={frames} seconds={seconds:.3} fps={:.1}",
                f64::from(frames) / seconds.max(1e-9)
            );
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        } else if self.frames_seen <= self.frames_wanted {
            ui.ctx().request_repaint();
        }
    }
}
