use eframe::egui;
use eframe::egui::emath::GuiRounding as _;

use crate::ui::style::theme;

/// Modules of light margin around the code, as the QR standard asks: scanners need it.
const QUIET_ZONE: usize = 4;

/// A QR code's modules, encoded once when the text changes and painted crisply each frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    text: String,
    width: usize,
    /// Row by row, `true` for a dark module.
    dark: Vec<bool>,
}

impl QrMatrix {
    /// Encodes `text` (a join address: short, so it always fits). Medium error correction:
    /// a projector's glare or a smudge can hide some of it.
    pub fn encode(text: &str) -> Result<Self, qrcode::types::QrError> {
        let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M)?;
        Ok(Self {
            text: text.to_owned(),
            width: code.width(),
            dark: code
                .to_colors()
                .into_iter()
                .map(|color| color == qrcode::Color::Dark)
                .collect(),
        })
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Paints the code in a square at most `side` points wide, dark on white whatever the
    /// theme (scanners expect that), each module a whole number of physical pixels so the
    /// edges stay sharp on a projector.
    pub fn show(&self, ui: &mut egui::Ui, side: f32) -> egui::Response {
        let modules = self.width + 2 * QUIET_ZONE;
        let pixels_per_point = ui.ctx().pixels_per_point();
        let module_pixels = ((side * pixels_per_point) / modules as f32)
            .floor()
            .max(1.0);
        let module = module_pixels / pixels_per_point;
        let size = module * modules as f32;
        let (rect, response) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
        let origin = rect.min.round_to_pixels(pixels_per_point);
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, theme::QR_LIGHT);
        for (index, _) in self.dark.iter().enumerate().filter(|(_, dark)| **dark) {
            let (row, column) = (index / self.width, index % self.width);
            let min = origin
                + egui::vec2(
                    (column + QUIET_ZONE) as f32 * module,
                    (row + QUIET_ZONE) as f32 * module,
                );
            painter.rect_filled(
                egui::Rect::from_min_size(min, egui::vec2(module, module)),
                0.0,
                theme::QR_DARK,
            );
        }
        // Worded before widget_info: its callback runs while egui's context is locked.
        let label = crate::ui::style::language_ui::text_with(
            ui,
            "room-qr-name",
            &[("address", self.text.as_str().into())],
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &label));
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_join_address_encodes_to_a_square_code() {
        let matrix =
            QrMatrix::encode("http://192.168.1.20:49152/3f9a0c4b1d2e7f8a9b0c1d2e3f4a5b6c/")
                .unwrap();
        assert_eq!(matrix.dark.len(), matrix.width * matrix.width);
        // The three finder patterns: the top-left module is dark, the one after the first
        // finder's 7 modules and its separator is light.
        assert!(matrix.dark[0]);
        assert!(!matrix.dark[7]);
        assert!(matrix.width >= 21 && matrix.width % 4 == 1);
    }
}
