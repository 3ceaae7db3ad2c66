/// A share as a percentage with one decimal, "42.9%": the one way screens and exports round
/// shares.
pub fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}
