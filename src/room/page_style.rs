//! The frame every phone page shares: one inline style sheet, no script, no external
//! resource of any kind.

use maud::{DOCTYPE, Markup, PreEscaped, html};

/// Mobile first: one column, text readable at arm's length, every control at least 48 px
/// tall. `:has()` only highlights the chosen answer; browsers without it still work.
const STYLE: &str = "\
*{box-sizing:border-box}\
html{-webkit-text-size-adjust:100%}\
body{margin:0;font:18px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1c1c21;background:#f4f4f7}\
main{max-width:34rem;margin:0 auto;padding:16px 16px 40px}\
h1{font-size:1.25rem;line-height:1.3;margin:.3em 0 .8em}\
.progress{color:#4a4a55;font-size:.9rem;margin:8px 0 0}\
fieldset{border:0;margin:0 0 22px;padding:0;min-width:0}\
legend{font-weight:600;padding:0;margin-bottom:8px}\
legend.note{font-weight:400}\
.choice{display:flex;align-items:center;gap:12px;min-height:52px;padding:10px 14px;margin:8px 0;background:#fff;border:2px solid #c4c4cf;border-radius:12px}\
.choice input{width:24px;height:24px;margin:0;flex:none;accent-color:#2747b8}\
.scale{display:grid;grid-template-columns:repeat(5,1fr) 1.5fr;gap:6px}\
.scale label{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:2px;min-height:60px;background:#fff;border:2px solid #c4c4cf;border-radius:12px;font-weight:600}\
.scale input{width:20px;height:20px;margin:0;accent-color:#2747b8}\
.scale label.skip{padding:0 4px}.scale label.skip span{font-size:.8rem;text-align:center;hyphens:auto;overflow-wrap:anywhere}\
.choice:has(input:checked),.scale label:has(input:checked){border-color:#2747b8;background:#e6ebfb}\
.ends{display:flex;justify-content:space-between;gap:12px;font-size:.85rem;color:#4a4a55;margin-top:4px}\
label.prompt{display:block;font-weight:600;margin:0 0 8px}\
textarea{display:block;width:100%;min-height:7.5em;font:inherit;padding:10px 12px;margin:0 0 20px;border:2px solid #c4c4cf;border-radius:12px;background:#fff}\
.nav{display:flex;gap:12px;margin-top:24px}\
button{font:inherit;font-weight:600;min-height:52px;padding:12px 18px;border-radius:12px;border:2px solid #2747b8;background:#fff;color:#2747b8;flex:1}\
button.go{background:#2747b8;color:#fff}\
.team button{display:block;width:100%;margin:0 0 14px;min-height:76px;font-size:1.35rem}\
.note{color:#4a4a55;font-size:.95rem}\
.hint{background:#fff4d6;border:2px solid #b7791f;border-radius:12px;padding:10px 14px}\
dl{margin:0}dt{font-weight:600;margin-top:14px}dd{margin:2px 0 0}\
.review dt{font-weight:400;color:#4a4a55;font-size:.95rem}.review dd{font-weight:600;white-space:pre-wrap;overflow-wrap:anywhere}\
.languages{display:flex;flex-wrap:wrap;gap:8px;margin-top:28px;padding-top:14px;border-top:1px solid #c4c4cf}\
.languages button{flex:none;min-height:44px;padding:8px 14px;font-weight:400;border-width:1px;border-color:#c4c4cf;color:#1c1c21}\
";

/// A whole page: `lang` set, nothing fetched from anywhere, a view port for phones.
pub(crate) fn page(language: &str, title: &str, body: &Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(language) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body { main { (body) } }
        }
    }
}
