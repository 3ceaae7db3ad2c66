# Tandem's English texts. Every language has the same message ids and variables
# (tests/translations.rs checks it). To add a language, copy this file, translate every
# message, and add the texts to assets/questionnaires/default.ron and assets/rules/default.ron.

## Dates

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $day } { $month } { $year }

## Answers, as the kiosk, the phones and the exports name them

function-sales = Sales
function-product = Product
scale-1 = strongly disagree
scale-2 = disagree
scale-3 = neutral
scale-4 = agree
scale-5 = strongly agree
skip = Skip
skipped = skipped
none = none
button-back = Back
button-next = Next
button-submit = Submit

## The phone pages of room mode

phone-language = Language
phone-step = Step { $number } of { $total }
phone-team-title = Which team are you in?
phone-welcome = Welcome! Your answers are anonymous: no name, no device, no time is kept.
phone-choose-one = Choose one answer
phone-choose-any = Choose any number, or none
phone-comments-title = Anything to add? (optional)
phone-comments-note = Comments are shown to the room pooled and shuffled, without your team's name. Avoid details that identify you.
phone-review-title = Check your answers
phone-review-team = Team
phone-review-relationship = Relationship
phone-review-sources = Friction sources
phone-review-note = Once submitted, your answers cannot be changed or seen again on this phone.
phone-hint-team = Please choose your team.
phone-hint-relationship = Please choose one answer to go on.
phone-hint-statements = { $count ->
    [one] One statement has no answer yet: rate it, or choose Skip.
   *[other] { $count } statements have no answer yet: rate each, or choose Skip.
}
phone-thanks-title = Thank you! Your answers are saved.
phone-thanks-text = You can close this page now. The facilitator will show the results to the room.
phone-answered-title = You have already answered
phone-answered-text = This phone's answers are saved, and each phone answers once. Thank you! You can close this page.
phone-start-again = Start again
phone-full-title = The room is full
phone-full-text = This room cannot take more phones. Please ask the facilitator.
phone-not-form-title = This page only takes answers from its own form
phone-not-form-text = Please start again from the link.
phone-too-long-title = Your answer is too long
phone-too-long-text = Please shorten your comments and try again.
phone-too-slow-title = Your answer took too long to arrive
phone-too-slow-text = The connection is slow. Please try again.
phone-expired-title = This page has expired
phone-expired-text = Your browser did not send back this room's ballot: it may not keep cookies, or the room was opened again. Please open the link again.
phone-refused-title = This answer cannot be counted
phone-refused-text = Something is wrong with it: { $why }. Nothing was counted.
phone-refused-incomplete = the answer has no team, or no answer to the relationship question
phone-not-saved-title = Your answer was not saved
phone-not-saved-text = The laptop could not save it ({ $reason }), so it was not counted. Please go back and press Submit again in a moment, or tell the facilitator.
phone-reason-closed = the room was closed
phone-reason-late = the laptop did not answer in time

## stages, library, comparison and import

workshop-verdict-healthy = Healthy
workshop-verdict-toxic = Toxic
workshop-verdict-insufficient = Too few responses
workshop-scope-overall = Overall
workshop-owner-joint = Joint
workshop-owner-executive-sponsor = Executive sponsor
framing-title = Why we are here
framing-quotation = “How would you describe the relationship between the sales organization and the product team?” — asked of product teams, Study of Product Team Performance, Actuation Consulting 2014
framing-quotation-translated = “How would you describe the relationship between the sales organization and the product team?” — asked of product teams, Study of Product Team Performance, Actuation Consulting 2014
framing-bar = { $answer }: { $share }
framing-study = The 2014 study
framing-axis = % of product teams
framing-study-note = The study gives 23.70% and 2.89% for the last two answers and 73.41% for the first two together, with "just over 9%" completely aligned; 9.25% is our reading of "just over 9%", and 64.16% is 73.41% minus 9.25%.
framing-quarter = Over a quarter (26.59%) report significant or constant friction. How does sales see it? Today we ask both sides.
framing-healthy = ✔ Healthy friction
framing-healthy-text = Comes from different points of view: a 12-month roadmap against quarterly targets. We disagree about the work — priorities, scope, timing — and settle it by compromise or by an executive decision.
framing-toxic = ⚠ Toxic friction
framing-toxic-text = Left to fester, it turns personal: blame, frustration, distrust, and nobody knows who decides. That is what we want to find and fix.
framing-agenda = Agenda
framing-agenda-line = { $number }. { $line }
framing-agenda-timed = { $number }. { $line } ({ $minutes } min)
framing-agenda-capture = Everyone answers, one at a time, anonymously
framing-agenda-reveal = We look at the results side by side
framing-agenda-diagnose = Healthy or toxic, and why
framing-agenda-agree = Rules of engagement and actions
framing-agenda-close = Summary and next workshop
framing-promise = Our promise: your answers are anonymous
framing-promise-text = No name, no device, no time is stored with your answers. Nothing is shown until both sales and product have at least { $floor } responses each. Comments are shown pooled and shuffled, never labelled with a team.
framing-next = Next: Capture ➡
reveal-title = Reveal
reveal-withheld = Results are withheld
reveal-withheld-text = Nothing is shown until both sales and product have at least { $floor } responses each, so no one can be singled out.
reveal-count-enough = { $count ->
    [one] { $team }: 1 response (enough)
   *[other] { $team }: { $count } responses (enough)
}
reveal-count-needed = { $count ->
    [one] { $team }: 1 response ({ $needed } more needed)
   *[other] { $team }: { $count } responses ({ $needed } more needed)
}
reveal-ready = The results are ready
reveal-ready-counts = { $sales } sales and { $product } product responses are in.
reveal-ready-text = Revealing shows them to the room. Answers given after that are held back until at least { $floor } of a function are in, so a latecomer's answers can never be told apart.
reveal-button = Reveal the results
reveal-held-back-sales = { $count ->
    [one] 1 sales answer held back: they will show when { $floor } are in.
   *[other] { $count } sales answers held back: they will show when { $floor } are in.
}
reveal-held-back-product = { $count ->
    [one] 1 product answer held back: they will show when { $floor } are in.
   *[other] { $count } product answers held back: they will show when { $floor } are in.
}
reveal-not-revealed = The results are not revealed yet
reveal-not-revealed-text = Reveal them to the room on the Reveal stage first.
reveal-go = Go to Reveal
reveal-summary = { $sales } sales and { $product } product responses. Perception gap (sales − product friction level, 0–3): { $gap }
reveal-next = Next: Diagnose ➡
reveal-comments = Comments (pooled and shuffled)
reveal-no-comments = No comments.
reveal-relationship = How would you describe the relationship?
reveal-study = Study 2014
reveal-axis-respondents = % of respondents
reveal-answer = Answer
reveal-study-note = Study 2014: The study gives 23.70% and 2.89% for the last two answers and 73.41% for the first two together, with "just over 9%" completely aligned; 9.25% is our reading of "just over 9%", and 64.16% is 73.41% minus 9.25%.
reveal-statements = Statements: sales and product side by side
reveal-axis-gap = gap in mean rating: ⬅ product agrees more · sales agrees more ➡
reveal-gap-series = Sales − product
reveal-statement = Statement
reveal-gap = Gap
reveal-sources = Most-named friction sources
reveal-source = Source
diagnose-title = Diagnose
diagnose-next = Next: Agree ➡
diagnose-weights = toxic weight { $toxic } · healthy weight { $healthy }
diagnose-how = Toxic when the toxic rules that fired weigh at least as much as the healthy ones. Each verdict and finding is checked again without each single answer in turn; which answer could change it is never shown.
diagnose-overall-notes = Notes on the overall verdict
diagnose-findings = Findings: the rules that fired
diagnose-none-fired = No rule fired.
diagnose-alone = Findings on one function's answers alone
diagnose-alone-note = These rules fired on one function's answers but not on everyone's together: they count in that function's verdict, not in the overall one.
diagnose-nearly = Nearly fired
diagnose-nearly-line = { $signal } { $title } — { $explanation }
diagnose-signal-toxic = ⚠ toxic
diagnose-signal-healthy = ✔ healthy
diagnose-fired-sales = Fired on sales' answers alone
diagnose-fired-product = Fired on product's answers alone
diagnose-finding = { $signal } (weight { $weight }) · { $title }
diagnose-finding-alone = { $signal } (weight { $weight }) · { $title } · { $scope }
diagnose-ask = Ask the room: { $prompt }
diagnose-source = Source: { $citation }
diagnose-notes = Notes on { $title }
diagnose-notes-sales = Notes on { $title } (sales answers)
diagnose-notes-product = Notes on { $title } (product answers)
agree-title = Agree
agree-rules-of-engagement = Rules of engagement
agree-actions = Action items
agree-add-action = + Add action
agree-next = Next: Close ➡
agree-what = What to answer
agree-not-revealed = The findings show here once the results are revealed.
agree-none-fired = No finding fired: agree on what keeps the friction healthy.
agree-alone-sales = { $title } (on sales answers alone)
agree-alone-product = { $title } (on product answers alone)
agree-alone-both = { $title } (on sales and on product answers alone)
agree-agreement = Agreement { $number }
agree-remove-agreement = Remove agreement { $number }
agree-add-agreement = + Add agreement
agree-action = Action { $number }
agree-action-hint = What will be done
agree-done = Done
agree-remove-action = Remove action { $number }
agree-action-empty = Say what will be done.
agree-owner = Owner
agree-person = Person
agree-person-hint = name (optional)
agree-due = Due
agree-due-hint = YYYY-MM-DD
agree-calendar = Calendar
agree-due-invalid = Write the date as YYYY-MM-DD, or pick it from the calendar.
agree-answers = Answers
agree-no-finding = no finding
agree-did-not-fire = { $title } (did not fire)
agree-question = Question for the room: { $prompt }
close-title = Close
close-meta = { $organisation } · { $date } · facilitated by { $facilitator }
close-counts = { $sales } sales and { $product } product responses (anonymity floor { $floor })
close-withheld = Results withheld: a function is below the anonymity floor.
close-not-revealed = Results not revealed yet: reveal them to the room on the Reveal stage.
close-scope = { $scope }:
close-agreements = Agreements
close-none = None.
close-actions = Actions
close-action = { $action } — { $owner }
close-action-due = { $action } — { $owner }, due { $due }
close-follow-up = Suggested follow-up workshop: { $date } (a quarter later)
close-markdown = The summary exactly as exported (Markdown)
close-save = Save workshop
close-close = Close workshop
close-unsaved = Unsaved changes
close-saved = All changes saved
close-findings = Findings
close-none-fired = No rule fired.
close-finding = { $title }
close-finding-sales = { $title } · Fired on sales' answers alone
close-finding-product = { $title } · Fired on product's answers alone
close-ask = Ask the room: { $prompt }
close-notes = Notes: { $note }
workshop-export-html = Export HTML report…
workshop-export-markdown = Export Markdown…
workshop-export-responses = Export Responses CSV…
workshop-export-metrics = Export Metrics CSV…
workshop-copy-markdown = Copy Markdown
workshop-exporting = Exporting…
workshop-cannot-remove = Could not remove { $path }: { $error }
workshop-reveal-not-saved = { $error }. The results stay hidden until the reveal can be saved.
workshop-saved = Saved { $path }
workshop-not-saved = { $error }. The workshop is still open with all its changes.
workshop-restored = Restored the unsaved changes. Save to keep them in the workshop file.
workshop-using-rules = { $count ->
    [one] Using the rules "{ $name }" (1 rule).
   *[other] Using the rules "{ $name }" ({ $count } rules).
}
workshop-rules-kept = { $error }
    The workshop keeps the rules it had.
workshop-questionnaire-fixed = The questionnaire cannot change once responses are in: they answer this one.
workshop-using-questionnaire = Using the questionnaire "{ $name }".
workshop-questionnaire-kept = { $error }
    The workshop keeps the questionnaire it had.
home-tagline = Sales and product alignment workshops: anonymous friction ratings from both sides, a verdict you can check by hand.
home-new = + New workshop
home-open-file = Open file…
home-waiting = Waiting for the file dialog…
home-rescan = Rescan folder
home-folder = Workshops in { $folder }
home-recent = Recent files
library-scanning = Scanning… { $scanned } of { $total } files
library-filter = Filter
library-filter-hint = title, organisation or date
library-compare-selected = Compare selected ({ $count })
library-tick = Tick two or more workshops to compare them.
library-empty = No workshops here yet. Start one with “New workshop”.
library-compare-one = Compare { $title }
library-in-participant-mode = in participant mode
library-not-revealed = not revealed
library-open = Open
library-open-one = Open { $title }
library-recover = unsaved changes to recover
library-date = Date
library-title = Title
library-organisation = Organisation
library-stage = Stage
library-verdict = Verdict
library-sort-date = Sort by date
library-sort-title = Sort by title
library-sort-organisation = Sort by organisation
library-sort-sales = Sort by sales
library-sort-product = Sort by product
library-sort-stage = Sort by stage
library-sort-verdict = Sort by verdict
library-stage-setup = Setup
library-stage-framing = Framing
library-stage-capture = Capture
library-stage-reveal = Reveal
library-stage-diagnose = Diagnose
library-stage-agree = Agree
library-stage-close = Close
compare-no-clear-change = { $change }, no clear change
compare-better = { $arrow } { $change }, better
compare-worse = { $arrow } { $change }, worse
compare-library = ⬅ Library
compare-title = Comparing { $count } workshops
compare-export-html = Export comparison (HTML)…
compare-export-markdown = Export comparison (Markdown)…
compare-below-floor = The workshop of { $date } is below the anonymity floor: only its counts are shown.
compare-left-out = These workshops used different questionnaires: compared are the { $count } statements they share; left out: { $left }.
compare-all-hold = { $date }: every verdict holds whichever single answer is left out.
compare-stability-overall = { $date } overall verdict: { $words }.
compare-stability-sales = { $date } sales verdict: { $words }.
compare-stability-product = { $date } product verdict: { $words }.
compare-trend = Friction level and perception gap over time
compare-trend-description = Chart: sales' and product's friction level and the perception gap at each workshop's date: { $dates }
compare-gap-series = Perception gap (sales − product)
compare-axis-date = Workshop date
compare-axis-level = Friction level (0–3) · gap
compare-step = From { $from } to { $to }
compare-verdict-step = Verdict: { $before } ➡ { $after }
compare-level-step-sales = Sales friction level { $from } ➡ { $to } ({ $direction })
compare-level-step-product = Product friction level { $from } ➡ { $to } ({ $direction })
compare-movers = Statements that moved most (mean, 1–5)
compare-mover = { $statement }: { $from } ➡ { $to } ({ $direction })
compare-festering = ⚠ Festering (toxic in both): { $rules }
compare-actions = Actions from { $date }: { $done } of { $count } done
compare-date = Date
compare-workshop = Workshop
compare-sales-answers = Sales answers
compare-product-answers = Product answers
compare-overall-verdict = Overall verdict
compare-sales-verdict = Sales verdict
compare-product-verdict = Product verdict
compare-weights = Toxic / healthy weight
compare-withheld = withheld
compare-friction-title = Friction level (0–3) and perception gap (sales − product)
compare-sales-level = Sales friction level
compare-product-level = Product friction level
compare-gap = Perception gap
compare-festering-column = Toxic again (festering)
compare-shares-title = Relationship answers (share of respondents)
compare-study = Study (2014)
import-not-remembered = The responses were imported, but the column choices could not be remembered: { $error }
import-done = { $count ->
    [one] Imported 1 response from { $path }.{ $dropped }
   *[other] Imported { $count } responses from { $path }.{ $dropped }
}
import-nothing = { $error }. Nothing was imported.
import-cannot-read = cannot read the file: { $error }
import-refused = { $path }: { $error }. Nothing was imported.
import-comment = Comment: { $prompt }
import-ignore = Ignore this column
import-statement = Statement: { $text }
import-title = Which question does each column answer?
import-unknown = { $file } has columns Tandem does not recognise. Say what each one is; Tandem remembers your choice for files with the same columns.
import-choose = Choose…
import-import = Import
import-cancel = Cancel
