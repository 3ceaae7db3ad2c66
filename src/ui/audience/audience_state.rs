//! What the facilitator chose for the audience view: whether its window is shown (and full
//! screen), the finding in the spotlight, and whether the screen is blanked.

use crate::ui::state::command::AudienceCommand;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Audience {
    /// The audience window is open.
    pub window: bool,
    /// It fills its screen.
    pub fullscreen: bool,
    /// It was asked to open on the projector (the second screen, where there is one): the
    /// window places itself there before going full screen.
    pub on_projector: bool,
    /// Diagnose shows this finding (its index among the findings) large, with its question.
    pub spotlight: Option<usize>,
    /// The screen is blank (B, as in PowerPoint): the room looks at the people.
    pub blank: bool,
}

impl Audience {
    /// Applies one command; `findings` is how many findings there are to step through.
    pub fn handle(&mut self, command: AudienceCommand, findings: usize) {
        match command {
            AudienceCommand::ShowWindow(shown) => {
                self.window = shown;
                if !shown {
                    self.fullscreen = false;
                    self.on_projector = false;
                }
            }
            AudienceCommand::ShowOnProjector => {
                self.window = true;
                self.on_projector = true;
                self.fullscreen = true;
            }
            AudienceCommand::SetFullscreen(on) => self.fullscreen = on,
            AudienceCommand::Spotlight(finding) => {
                self.spotlight = finding.filter(|index| *index < findings);
            }
            AudienceCommand::Step(forward) => self.step(forward, findings),
            AudienceCommand::Blank(blank) => self.blank = blank,
        }
    }

    /// The next or previous finding in the spotlight; past either end, none.
    fn step(&mut self, forward: bool, findings: usize) {
        self.spotlight = match (self.spotlight, forward) {
            (None, true) if findings > 0 => Some(0),
            (None, false) if findings > 0 => Some(findings - 1),
            (Some(index), true) if index + 1 < findings => Some(index + 1),
            (Some(index), false) if index > 0 => Some(index - 1),
            _ => None,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stepping_walks_the_findings_and_off_either_end() {
        let mut audience = Audience::default();
        let step = |audience: &mut Audience, forward| {
            audience.handle(AudienceCommand::Step(forward), 2);
            audience.spotlight
        };
        assert_eq!(step(&mut audience, true), Some(0));
        assert_eq!(step(&mut audience, true), Some(1));
        assert_eq!(step(&mut audience, true), None);
        assert_eq!(step(&mut audience, false), Some(1));
        audience.handle(AudienceCommand::Spotlight(Some(7)), 2);
        assert_eq!(audience.spotlight, None, "no finding 7 to show");
        audience.handle(AudienceCommand::Step(true), 0);
        assert_eq!(audience.spotlight, None);
    }
}
