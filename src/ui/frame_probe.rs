//! Measurement wrappers for the startup, frame-rate and idle benchmarks, enabled only by
//! environment variables (nothing changes without them):
//! - `TANDEM_PROBE_FRAMES=N`: repaint continuously for N frames, print when the first frame
//!   came and how fast the rest followed, then close.
//! - `TANDEM_PROBE_IDLE=S`: after a 2-second settle, count the frames the app paints by
//!   itself for S seconds and the CPU time it uses, print them, then close.

#![allow(
    clippy::print_stdout,
    reason = "a probe prints its measurements for .ci/measure-window and .ci/measure-idle"
)]

use std::time::{Duration, Instant};

use eframe::egui;

use crate::clock::Clock;

const SETTLE: Duration = Duration::from_secs(2);

enum Mode {
    Frames { wanted: u32 },
    Idle { window: Duration },
}

pub struct FrameProbe<A> {
    inner: A,
    mode: Mode,
    frames_seen: u32,
    first_frame: Option<Instant>,
    idle_start: Option<(Instant, u32, Option<u64>)>,
    done: bool,
    /// A probe measures the real machine: always the computer's clock.
    clock: Clock,
}

impl<A: eframe::App> FrameProbe<A> {
    /// Wraps `inner` when the environment asks for a probe.
    pub fn wrap(inner: A) -> Result<Self, A> {
        let number = |name: &str| std::env::var(name).ok().and_then(|n| n.parse::<u32>().ok());
        let mode = if let Some(wanted) = number("TANDEM_PROBE_FRAMES") {
            Mode::Frames { wanted }
        } else if let Some(seconds) = number("TANDEM_PROBE_IDLE") {
            Mode::Idle {
                window: Duration::from_secs(u64::from(seconds)),
            }
        } else {
            return Err(inner);
        };
        Ok(Self {
            inner,
            mode,
            frames_seen: 0,
            first_frame: None,
            idle_start: None,
            done: false,
            clock: Clock::system(),
        })
    }
}

/// This process's CPU time in clock ticks (user + system), where the platform tells.
fn cpu_ticks() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name may hold spaces; the fields after it are space-separated.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let user: u64 = fields.get(11)?.parse().ok()?;
    let system: u64 = fields.get(12)?.parse().ok()?;
    Some(user + system)
}

impl<A: eframe::App> eframe::App for FrameProbe<A> {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        self.inner.logic(ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.inner.ui(ui, frame);
        if self.done {
            return;
        }
        self.frames_seen += 1;
        let now = self.clock.now();
        let first = *self.first_frame.get_or_insert_with(|| {
            let epoch = self.clock.wall().as_microsecond();
            println!("first_frame_epoch_us={epoch}");
            now
        });
        match self.mode {
            Mode::Frames { wanted } => {
                if self.frames_seen > wanted {
                    let seconds = now.duration_since(first).as_secs_f64();
                    let frames = self.frames_seen - 1;
                    println!(
                        "frames={frames} seconds={seconds:.3} fps={:.1}",
                        f64::from(frames) / seconds.max(1e-9)
                    );
                    self.done = true;
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                } else {
                    ui.ctx().request_repaint();
                }
            }
            Mode::Idle { window } => {
                let since_first = now.duration_since(first);
                match self.idle_start {
                    None if since_first >= SETTLE => {
                        self.idle_start = Some((now, self.frames_seen, cpu_ticks()));
                        ui.ctx().request_repaint_after(window);
                    }
                    None => ui.ctx().request_repaint_after(SETTLE - since_first),
                    Some((start, frames_at_start, ticks_at_start)) => {
                        if now.duration_since(start) >= window {
                            // This wake-up frame is the probe's own, not the app's.
                            let painted = self.frames_seen - frames_at_start - 1;
                            let ticks = cpu_ticks()
                                .zip(ticks_at_start)
                                .map(|(end, begin)| end.saturating_sub(begin));
                            let seconds = now.duration_since(start).as_secs_f64();
                            // Linux reports CPU time in ticks of 10 ms.
                            let cpu = ticks.map_or_else(
                                || String::from("unknown"),
                                |t| format!("{:.2}%", t as f64 * 0.01 / seconds * 100.0),
                            );
                            println!(
                                "idle_seconds={seconds:.1} frames_painted={painted} cpu_of_one_core={cpu}"
                            );
                            self.done = true;
                            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                        } else {
                            ui.ctx()
                                .request_repaint_after(window - now.duration_since(start));
                        }
                    }
                }
            }
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.inner.save(storage);
    }
}
