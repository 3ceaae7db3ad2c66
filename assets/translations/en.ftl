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
date-no-such-day = There is no { $date }: that month has { $days } days.
date-no-such-month = There is no month { $month }: months run from 01 to 12.

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
phone-hint-send-again = This page had been open a long time, so the room renewed it. Your answers are kept: press Submit once more.
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
phone-comment-too-long-text = Each comment fits at most 2,000 characters. Go back, shorten it, and send your answer again: nothing was counted yet.
phone-too-slow-title = Your answer took too long to arrive
phone-too-slow-text = The connection is slow. Please try again.
phone-expired-title = This page has expired
phone-expired-text = Your browser did not send back this room's ballot: it may not keep cookies, or the room was opened again. Please open the link again.
phone-refused-title = This answer cannot be counted
phone-refused-text = Something is wrong with it: { $why }. Nothing was counted.
phone-refused-incomplete = the answer has no team, or no answer to the relationship question
phone-refused-damaged = the answer arrived damaged
phone-refused-foreign = the answer did not come from this room's pages
phone-refused-does-not-fit = the answer does not fit this workshop's questions
phone-not-saved-title = Your answer was not saved
phone-not-saved-text = The laptop could not save it ({ $reason }), so it was not counted. Please go back and press Submit again in a moment, or tell the facilitator.
phone-reason-closed = the room was closed
phone-reason-late = the laptop did not answer in time
phone-reason-not-written = the workshop file could not be written
phone-reason-workshop-closed = the workshop was closed before your answers arrived
phone-reason-refused = the workshop no longer takes this answer (its questions changed)

## kiosk, setup, capture, room and the app's frame

stage-setup = Setup
stage-framing = Framing
stage-capture = Capture
stage-reveal = Reveal
stage-diagnose = Diagnose
stage-agree = Agree
stage-close = Close
stage-time-left = ⏱ { $time } left
stage-time-over = ⏱ over by { $time }
kiosk-anonymous = Your answers are anonymous: no name, no device, no time is kept.
kiosk-facilitator = Facilitator
kiosk-back = ⬅ Back
kiosk-next = Next ➡
kiosk-to-review = Review ➡
kiosk-choose-or-skip = Choose an answer, or skip this statement.
kiosk-submit = Submit my answers
kiosk-welcome = Welcome! Which team are you in?
kiosk-statement-of = Statement { $number } of { $total }
kiosk-skip-choice = Skip: I cannot judge this
kiosk-skip-name = { $statement } — skip
kiosk-pass-on = Please pass the laptop on to the next person.
kiosk-next-participant = I am the next participant
kiosk-not-saved = Your answers could not be saved. Please call the facilitator; your answers are still here.
kiosk-review-team = Team: { $team }
kiosk-review-relationship = Relationship: { $answer }
kiosk-review-skipped = { $total ->
    [one] You skipped { $skipped } of { $total } statement: skipped ones do not count.
   *[other] You skipped { $skipped } of { $total } statements: skipped ones do not count.
}
kiosk-not-answered = not answered
kiosk-rate-now = Rate it now
kiosk-rate-now-name = Rate it now: { $statement }
kiosk-review-sources = Friction sources: { $sources }
kiosk-review-comment = { $prompt } { $comment }
kiosk-unlock-title = Facilitator: enter your PIN to leave participant mode
kiosk-pin = PIN
kiosk-wrong-pins = { $count ->
    [one] One wrong PIN. You can try again in { $seconds } s.
   *[other] { $count } wrong PINs. You can try again in { $seconds } s.
}
kiosk-wrong-pin = Wrong PIN.
kiosk-unlock = Unlock
setup-title = Title
setup-title-hint = Sales & Product alignment, Q3
setup-title-missing = Give the workshop a title, so you can find it again.
setup-organisation = Organisation or team
setup-date = Date
setup-date-hint = YYYY-MM-DD
setup-date-invalid = Write the date as YYYY-MM-DD; keeping { $date }.
setup-date-impossible = { $reason } Keeping { $date }.
setup-file = File: { $file }
setup-facilitator = Facilitator
setup-facilitator-hint = Your name
setup-language = Participants answer, and the summary is written, in
setup-built-in-rules = Using the built-in rules instead.
setup-next = Next: Framing ➡
setup-expected-sales = Expected sales participants
setup-expected-product = Expected product participants
setup-floor = Anonymity floor (responses per function)
setup-floor-note = No result is shown until each function has at least this many responses. It can never be below 3.
setup-floor-unreachable-sales = { $expected ->
    [one] Only one sales participant is expected, fewer than the floor of { $floor }: results would never show.
   *[other] Only { $expected } sales participants are expected, fewer than the floor of { $floor }: results would never show.
}
setup-floor-unreachable-product = { $expected ->
    [one] Only one product participant is expected, fewer than the floor of { $floor }: results would never show.
   *[other] Only { $expected } product participants are expected, fewer than the floor of { $floor }: results would never show.
}
setup-questionnaire = { $count ->
    [one] Questionnaire: { $name } ({ $count } statement)
   *[other] Questionnaire: { $name } ({ $count } statements)
}
setup-questionnaire-file = Questionnaire file…
setup-default-questionnaire = Default questionnaire
setup-questionnaire-fixed = The questionnaire is fixed once responses are in.
setup-rules = { $count ->
    [one] Rules: { $name } ({ $count } rule, { $source })
   *[other] Rules: { $name } ({ $count } rules, { $source })
}
setup-rules-built-in = built in
setup-rules-file = Rules file…
setup-default-rules = Default rules
setup-time-boxes = Time boxes (minutes; 0 for none)
capture-intro = Everyone answers alone and anonymously: from their phones, or at this laptop.
capture-responses = { $count ->
    [one] { $count } response
   *[other] { $count } responses
}
capture-responses-of-expected = { $count ->
    [one] { $count } response of { $expected } expected
   *[other] { $count } responses of { $expected } expected
}
capture-held-until = { $count ->
    [one] 1 held back until { $floor } are in
   *[other] { $count } held back until { $floor } are in
}
capture-floor-reached = ✔ floor reached
capture-more-needed = { $count } more needed before results can be shown
capture-over-headcount-sales = { $given } sales answers, but { $expected } people were expected: check the headcount (one answer per phone rests on a cookie).
capture-over-headcount-product = { $given } product answers, but { $expected } people were expected: check the headcount (one answer per phone rests on a cookie).
capture-survey-title = Responses from a survey
capture-survey-text = Import the answers of a survey sent before the workshop: a CSV or Excel file as Google Forms, Microsoft Forms, Typeform or SurveyMonkey export it. Names, e-mail addresses and times in it are dropped, never stored. A file with any bad row is refused whole.
capture-import = Import responses from CSV…
capture-next = Next: Reveal ➡
capture-participant-title = Participant mode
capture-participant-text = Participants answer one at a time at this laptop. Choose a PIN: leaving participant mode needs it, so participants can never reach results or other answers.
capture-pin = Facilitator PIN
capture-pin-rules = At least { $digits } digits, digits only.
capture-pin-problem = Choose a PIN of at least { $digits } digits (digits only).
capture-pin-again = PIN again
capture-pin-mismatch = The two PINs differ: type the same PIN in both fields.
capture-pin-again-missing = Type the PIN a second time to confirm it.
capture-start-participant = Start participant mode…
capture-projector-title = Does a projector show this screen?
capture-projector-risk = In participant mode everyone answers on this laptop. If a projector mirrors this screen, the room sees each person's answers as they give them.
capture-projector-advice = Blank the projector or switch it off (or show another screen on it) before you start. Or use room mode instead: everyone answers on their own phone, and the projector shows only the code and the counts.
capture-projector-start = No projector shows it: start
capture-use-room = Use room mode instead
room-title = Answer from phones
room-intro = Everyone answers at once in their phone's browser, on this room's network: no app, no account, nothing leaves the room.
room-network = Network
room-no-network-found = no network found
room-network-choice = { $name } — { $address } ({ $kind })
room-kind-network = network
room-kind-vpn = VPN
room-kind-container = container / virtual machine
room-kind-loopback = this laptop only
room-look-again = Look for networks again
room-kept-missing = The network this workshop used last time ({ $address }) is not here now: the default network is chosen instead.
room-unreachable = Phones in the room cannot reach this network: choose the room's Wi-Fi.
room-loopback-only = Only this laptop can open the room on this network.
room-open = Open the room
room-scan = Scan the code, or open this address:
room-same-wifi = Same Wi-Fi as this laptop. Each phone answers once; nobody sees anyone's answers.
room-present = Present
room-close = Close the room
room-leave-home = Close the room and the workshop
room-still-open = The room is still open
room-still-open-line = { $count ->
    [one] The room is open: phones can still answer at { $address } (1 answer so far).
   *[other] The room is open: phones can still answer at { $address } ({ $count } answers so far).
}
room-leave-warning = Closing the workshop closes the room: phones that have not pressed Submit yet lose their answers, and the code on the screen stops working.
room-stay = Keep the workshop open
room-present-title = Answer on your phone
room-present-held = { $count ->
    [one] One answer came in after the results were shown: it is saved, and joins the counts once enough answers from its team have come in to keep it anonymous.
   *[other] { $count } answers came in after the results were shown: they are saved, and join the counts once enough answers from their team have come in to keep them anonymous.
}
room-no-network = No network to open the room on. Join the room's Wi-Fi (or start the laptop's hotspot), then look for networks again.
room-no-code = Cannot draw the join address as a QR code: { $error }
room-answer-not-counted = An answer from a phone was not counted: { $error }

## Room mode and the operating system: its firewall, guest Wi-Fi

room-firewall = The first time a room opens, Windows or macOS may ask whether Tandem may accept incoming connections. Allow it on private networks: that is how the phones reach this laptop.
room-guest-wifi = Guest Wi-Fi often keeps devices apart. If the phones cannot open the address, use a phone's hotspot or this laptop's.

app-back = ⬅ Back
app-home = ⬅ Home
app-save = Save
app-unsaved = unsaved changes
app-saved = saved
app-dark-theme = Dark theme
app-presentation = ⛶ Presentation mode (F11)
app-close-title = Save the changes before closing?
app-close-text = The workshop has changes that are not in its file yet.
app-save-and-close = Save and close
app-discard-and-close = Discard and close
app-cancel = Cancel
app-dismiss = Dismiss
app-path-save-as = Save as (a free name in the workshops folder; change it if you like)
app-path-save-here = Save here
app-path-open-as = Path of the file (type it or paste it)
app-path-open = Open this file
app-markdown-copied = The Markdown summary is on the clipboard.
app-recovery-not-removed = Could not remove the recovery file: { $error }
app-recovery-found = Unsaved changes from an earlier session are in { $path }: { $parts }.
app-recovery-restore = Restore them
app-recovery-discard = Discard them
app-untitled = Untitled workshop
app-file-not-named = The file could not be named after the workshop: { $error }
app-old-file-kept = The workshop is now in { $path }; its old file { $old } could not be removed: { $error }
app-folder-not-created = Could not create the workshops folder { $folder }: { $error }
app-compare-two = Choose at least two workshops to compare.
app-compare-locked = “{ $title }” is in participant mode: open it and unlock it with the PIN before comparing it.
app-compare-built-in-rules = { $error }; compared with the built-in rules.
app-participant-needs-save = { $error }. Participant mode needs a workshop that can be saved.
app-participant-no-random = Participant mode did not start: the operating system gave no random numbers ({ $error }), and the PIN lock needs them.
app-saved-path = Saved { $path }
app-still-open = { $error }. The workshop is still open with all its changes.
app-stays-open = { $error }. The workshop stays open with all its changes.
app-no-dialog = Could not open a file dialog: { $error }.
app-dialog-silent = The file dialog has not answered for { $seconds } seconds. If it is open behind this window, you can still use it. If none appeared, this desktop cannot show one: installing xdg-desktop-portal with a backend such as xdg-desktop-portal-gtk (or the zenity program) makes the dialogs work.
app-exporting = Exporting the { $format }…
app-exporting-comparison = Exporting the comparison…
app-export-failed = Could not export: { $error }
app-exported = Exported { $path }

## About Tandem: version, licence, where workshops are kept, the study

app-about = About
about-title = About Tandem
about-version = Version { $version }
about-licence = Licence: { $licence }. Tandem is free software.
about-folder = Workshops are kept in this folder, one .ron file each:
about-study-title = Where the question comes from
about-study = Actuation Consulting, Study of Product Team Performance, 2014. It asked product teams: “How would you describe the relationship between the sales organization and the product team?” Over a quarter of them (26.59%) answered significant or constant friction. Tandem asks the same question of both teams, sales as well as product.
about-close = Close

## exports, sentences, comparison report and command line

words-quoted = “{ $text }”
words-metric-respondents = number of respondents
words-metric-share = share answering { $answer }
words-metric-aligned-share = share describing little or occasional friction
words-metric-dysfunction-share = share describing significant or constant friction
words-metric-friction-level = mean friction level (0 to 3)
words-metric-mean = average for { $statement }
words-metric-spread = spread of the ratings for { $statement }
words-metric-spillover = share rating both { $debate } and { $personal } 4 or higher (of those who rated both)
words-metric-source-share = share naming { $source }
words-metric-perception-gap = perception gap (sales' mean friction level minus product's)
words-metric-statement-gap = gap on { $statement } (sales' average minus product's)
words-subject-overall = The { $metric }
words-subject-sales = Sales' { $metric }
words-subject-product = Product's { $metric }
words-percentage-points = { $points } percentage points
words-sentence-at-or-above = { $subject } is { $value }, at or above { $threshold }
words-sentence-at-or-below = { $subject } is { $value }, at or below { $threshold }
words-sentence-above = { $subject } is { $value }, above { $threshold }
words-sentence-below = { $subject } is { $value }, below { $threshold }
words-sentence-just-below = { $subject } is { $value }, just below { $threshold }
words-sentence-just-above = { $subject } is { $value }, just above { $threshold }
words-no-value = { $subject } has no value: not enough answers
words-part-holds = { $sentence }: this part holds
words-distance-at-least = { $subject } is { $value }; it fires at { $threshold } or more — { $away }
words-distance-at-most = { $subject } is { $value }; it fires at { $threshold } or less — { $away }
words-distance-above = { $subject } is { $value }; it fires above { $threshold } — { $away }
words-distance-below = { $subject } is { $value }; it fires below { $threshold } — { $away }
words-away = { $distance } away
words-just-short = just short
words-evidence-together = All of these together:
words-evidence-each = Each of these on its own:
stability-one-of = one of { $answers } answers
stability-any-of-all = any one of the { $answers } answers
stability-any-of-some = any one of { $changes } of the { $answers } answers
stability-unchecked = cannot be checked by leaving one answer out: with one answer fewer, a function would be below the anonymity floor
stability-holds = holds whoever is left out
stability-one-decides = one person's answer decides this
stability-verdict-changes = it would change if { $which } were left out: treat it as a question for the room, not a finding
stability-still-not = does not fire, whoever is left out
stability-hinges = it would not fire if { $which } were left out: treat it as a question for the room, not a finding
stability-one-away = it would fire if { $which } were left out
study-column = Study (2014)
study-legend = Study 2014
study-note-label = Study (2014):
study-note = The study gives 23.70% and 2.89% for the last two answers and 73.41% for the first two together, with "just over 9%" completely aligned; 9.25% is our reading of "just over 9%", and 64.16% is 73.41% minus 9.25%.
export-label-colon = { $label }:
export-withheld = Results are withheld until each function has at least { $floor } responses (sales has { $sales }, product has { $product }).
export-organisation = Organisation:
export-date = Date:
export-facilitator = Facilitator:
export-respondents = Respondents:
export-respondents-value = { $sales } sales, { $product } product (anonymity floor { $floor })
export-held-back = Not yet shown:
held-back-sales = { $count ->
    [one] 1 sales answer is held back until there are { $floor } to show together.
   *[other] { $count } sales answers are held back until there are { $floor } to show together.
}
held-back-product = { $count ->
    [one] 1 product answer is held back until there are { $floor } to show together.
   *[other] { $count } product answers are held back until there are { $floor } to show together.
}
export-rules = Rules:
export-follow-up = Follow-up workshop:
export-summary = Summary
export-key-findings = What matters most
export-more-findings = { $count ->
    [one] One more finding is in the details.
   *[other] { $count } more findings are in the details.
}
export-details = Details
export-verdict = Verdict
export-scope-overall = Overall
export-scope-sales = Sales
export-scope-product = Product
export-verdict-healthy = Healthy
export-verdict-toxic = Toxic
export-verdict-insufficient = Too few responses
export-weights = toxic weight { $toxic }, healthy weight { $healthy }
export-verdict-detail = The verdict in detail
export-weighing = { $scope }: the toxic findings weigh { $toxic } together, the healthy ones { $healthy }.
export-perception-gap = Perception gap (sales − product mean friction level, 0–3):
export-relationship-heading = How would you describe the relationship?
export-answer = Answer
export-sales = Sales
export-product = Product
export-overall = Overall
export-statements-heading = Statements (mean rating, 1–5)
export-statements = Statements
export-statement = Statement
export-gap-sales-product = Gap (sales − product)
export-gap = Gap
statement-rated = { $count } rated
statement-floor-note = An average is shown only when at least { $floor } people of a function rated the statement; otherwise only how many did, since the average of so few is their own answers. A gap needs both averages.
export-friction-sources = Friction sources
export-source = Source
export-total = Total
export-distribution-caption = Share of each answer among sales and product respondents, beside Actuation Consulting's 2014 Study of Product Team Performance.
export-gap-caption = Sales' mean rating minus product's, per statement (1 = strongly disagree, 5 = strongly agree).
export-chart-distribution-title = Share of each relationship answer: sales, product and the 2014 study
export-chart-bar = { $who }, { $answer }: { $share }
export-chart-completely-1 = Completely
export-chart-completely-2 = aligned
export-chart-mostly-1 = Mostly
export-chart-mostly-2 = aligned
export-chart-lacking-1 = Lacking
export-chart-lacking-2 = alignment
export-chart-constant-1 = Constant
export-chart-constant-2 = friction
export-chart-gap-title = Gap in mean rating per statement, sales minus product
export-chart-product-agrees = product agrees more
export-chart-sales-agrees = sales agrees more
export-findings = Findings
export-no-rule-fired = No rule fired.
export-function-findings = Findings on one function's answers alone
export-function-findings-note = These rules fired on one function's answers but not on everyone's together: they count in that function's verdict, not in the overall one.
export-fired-on-sales = Fired on sales' answers alone
export-fired-on-product = Fired on product's answers alone
export-fired-on-sales-inline = fired on sales' answers alone
export-fired-on-product-inline = fired on product's answers alone
export-scope-inline-overall = overall
export-scope-inline-sales = sales
export-scope-inline-product = product
export-signal-healthy = ✔ healthy
export-signal-toxic = ⚠ toxic
export-weight = weight { $weight }
export-question-for-the-room = Question for the room:
export-question-for-sales = Question for sales:
export-question-for-product = Question for product:
export-source-label = Source:
export-nearly-fired = Nearly fired
export-comments = Comments (pooled and shuffled)
export-no-comments = (none)
export-method = Method
export-method-rules = Rules used: { $rules }. Each rule weighs 1 to 5. A verdict is toxic when the toxic rules that fired weigh at least as much as the healthy ones and at least one toxic rule fired; otherwise it is healthy.
export-method-floor = Results are shown only when each function has at least { $floor } answers, and a function's average for a statement only when at least { $floor } of its people rated it. Comments are pooled and shuffled, never labelled with a function.
export-method-stability = “Holds whoever is left out” means a verdict or finding stays the same whichever single answer is left out; “One person's answer decides this” means leaving out one answer would change it.
export-page = Page { $page } of { $pages }
export-agreements = Agreements
export-none-yet = None yet.
export-answers-finding = answers { $finding }
export-the-overall-verdict = the overall verdict
export-actions = Actions
export-status = Status
export-action = Action
export-owner = Owner
export-due = Due
export-answers = Answers
export-status-done = done
export-status-open = open
owner-sales = Sales
owner-product = Product
owner-joint = Joint
owner-executive-sponsor = Executive sponsor
compare-report-title = { $count ->
    [one] Comparison of { $count } workshop
   *[other] Comparison of { $count } workshops
}
compare-report-date = Date
compare-report-workshop = Workshop
compare-report-sales = Sales
compare-report-product = Product
compare-report-verdict = Verdict
compare-report-sales-verdict = Sales verdict
compare-report-product-verdict = Product verdict
compare-report-weights = Toxic / healthy weight
compare-report-withheld = withheld
compare-report-below-floor = Workshop { $number } is below the anonymity floor: only its counts are compared.
compare-report-hinge-question = Does a verdict hinge on one answer?
compare-report-friction-heading = Friction level (0–3) and perception gap
compare-report-perception-gap = Perception gap
compare-report-sales-change = Sales change
compare-report-product-change = Product change
compare-report-gap-change = Gap change
compare-report-better = better
compare-report-worse = worse
compare-report-chance-cell = { $change } (could be chance)
compare-report-chance-method = A change is called likely real when fewer than 5 in 100 of all the ways to deal the people's answers out again between the two workshops (each team's among that team) move it as far; otherwise it could be chance at those numbers of answers, and it is called neither better nor worse.
compare-report-relationship-heading = Relationship answers (share of respondents)
compare-report-answer = Answer
compare-report-number-sales = #{ $number } sales
compare-report-number-product = #{ $number } product
compare-report-changes-heading = What changed from one workshop to the next
compare-report-verdict-change = Verdict: { $before } → { $after }
compare-report-moved = Average for “{ $statement }”: { $from } → { $to } ({ $direction })
compare-report-level-sales = Sales friction level: { $from } → { $to } ({ $direction })
compare-report-level-product = Product friction level: { $from } → { $to } ({ $direction })
compare-report-gap-step = Perception gap: { $from } → { $to } ({ $direction })
compare-report-festering = Festering (toxic in both): { $rules }
compare-report-actions-done = Actions from #{ $number }: { $done } of { $count } done
compare-report-left-out = The workshops used different questionnaires. Compared: the { $shared } statements they share. Left out: { $left }.
compare-report-trend-title = Friction level and perception gap over time
compare-report-trend-axis = Friction level (0–3) · gap
compare-report-trend-caption = Mean friction level (0–3) of sales and product, and the perception gap, workshop by workshop.
compare-report-gap = Gap
compare-report-details = Details
compare-report-workshops = Workshops
compare-brief-span = { $count ->
    [one] One workshop, { $first }
   *[other] { $count } workshops, { $first } to { $last }
}
compare-brief-same = as before
compare-brief-was = was { $before }
compare-brief-trail = over the { $count } workshops: { $trail }
compare-brief-latest = Since the workshop before ({ $from } → { $to })
compare-brief-series = From the first workshop to the newest ({ $from } → { $to })
compare-brief-below-floor = The workshop of { $date } is below the anonymity floor: its results are withheld, so nothing is compared in this step.
compare-brief-no-real-move = No statement's average moved further than chance could with this many answers.
compare-brief-more-moves = { $count ->
    [one] One more statement likely changed for real: see the details.
   *[other] { $count } more statements likely changed for real: see the details.
}
compare-brief-actions = Actions agreed on { $date }: { $done } of { $count } done
compare-brief-no-actions = No actions were agreed on { $date }.
compare-brief-still-open = Still open from earlier workshops
compare-brief-agreed = Agreed
compare-brief-newest-actions = Agreed at the newest workshop ({ $date })
compare-brief-more-open = { $count ->
    [one] One more action is still open: the details list every workshop's actions.
   *[other] { $count } more actions are still open: the details list every workshop's actions.
}
compare-brief-was-unknown = before: too few answers for a verdict
cli-note-withheld = note: results withheld below the anonymity floor; only counts were exported
cli-raw-responses = note: each row of this CSV links a team, one person's ratings and their comments; in a small team a comment can tell who wrote it. It is for the facilitator, not for the room: every other export pools the comments
cli-raw-held = { $count ->
    [one] note: 1 answer given after the reveal is held back and is not in this CSV
   *[other] note: { $count } answers given after the reveal are held back and are not in this CSV
}
cli-note-recovery = note: { $path } holds unsaved work newer than the workshop file
cli-room-open = Room open for "{ $title }". Phones on the same network answer at the address above; Ctrl-C closes the room.
cli-room-closed = { $count ->
    [one] Room closed. { $path } holds { $count } answer.
   *[other] Room closed. { $path } holds { $count } answers.
}
cli-room-not-counted = { $error }; that answer was not counted
cli-classify-withheld = Results are withheld until each function has at least { $floor } responses (sales needs { $sales } more, product { $product } more).
cli-classify-verdict-stability = { $scope } verdict: { $words }.
cli-classify-perception-gap = Perception gap: { $gap } (sales − product mean friction level, 0–3)
cli-classify-fired = Fired rules, { $scope }:
cli-classify-none = none
cli-classify-nearly-fired = nearly fired: { $rule }
cli-classify-relationship = Relationship

## stages, library, comparison and import

workshop-verdict-healthy = Healthy
workshop-verdict-toxic = Toxic
workshop-verdict-insufficient = Too few responses
workshop-scope-overall = Overall
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
framing-agenda-capture = Everyone answers alone and anonymously, on a phone or at this laptop
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
reveal-ready-of-expected = { $missing ->
    [0] { $team }: { $count } answered of { $expected } expected
    [one] { $team }: { $count } of { $expected } expected people have answered (1 still missing)
   *[other] { $team }: { $count } of { $expected } expected people have answered ({ $missing } still missing)
}
reveal-ready-text = Revealing shows them to the room. Answers given after that are held back until at least { $floor } of a function are in, so a latecomer's answers can never be told apart.
reveal-button = Reveal the results
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
diagnose-findings = What we found
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
diagnose-ask-sales = Ask sales: { $prompt }
diagnose-ask-product = Ask product: { $prompt }
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
calendar-previous-month = Previous month
calendar-next-month = Next month
calendar-month = { $month } { $year }
calendar-weekdays = Mo Tu We Th Fr Sa Su
agree-due-invalid = Write the date as YYYY-MM-DD, or pick it from the calendar.
agree-answers = Answers the finding
agree-no-finding = no finding
agree-did-not-fire = { $title } (did not fire)
agree-question = Question for the room: { $prompt }
agree-question-sales = Question for sales: { $prompt }
agree-question-product = Question for product: { $prompt }
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
close-ask-sales = Ask sales: { $prompt }
close-ask-product = Ask product: { $prompt }
close-notes = Notes: { $note }
workshop-export-html = Export HTML report…
workshop-export-pdf = Export PDF report…
workshop-export-markdown = Export Markdown…
workshop-export-responses = Export Responses CSV…
workshop-export-metrics = Export Metrics CSV…
workshop-copy-markdown = Copy Markdown
workshop-exporting = Exporting…
raw-export-title = The raw responses: one row per person
raw-export-text = Each row links a team, one person's ratings and their comments. In a small team a comment can tell who wrote it. This file is for you, the facilitator (to keep, or to import again), not for the room, a manager or a shared folder. Every other export pools the comments, as the screens do.
raw-export-held = { $count ->
    [one] 1 answer given after the reveal is held back: it is not in this file until enough arrive to show.
   *[other] { $count } answers given after the reveal are held back: they are not in this file until enough arrive to show.
}
raw-export-yes = Choose where to save…
raw-export-no = Cancel
workshop-cannot-remove = Could not remove { $path }: { $error }
workshop-reveal-not-saved = { $error }. The results stay hidden until the reveal can be saved.
workshop-saved = Saved { $path }
workshop-not-saved = { $error }. The workshop is still open with all its changes.
workshop-restored = Restored the unsaved changes: { $parts }. Save to keep them in the workshop file.
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
library-unreadable = { $count ->
    [one] { $count } file could not be read
   *[other] { $count } files could not be read
}
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
compare-no-clear-change = { $change }, no clear change: { $chance }
compare-better = { $arrow } { $change }, better: { $chance }
compare-worse = { $arrow } { $change }, worse: { $chance }
compare-real-change = { $change }, { $chance }
compare-chance-real = likely a real change
compare-chance-could-be = could be chance with { $before } and { $after } { $count ->
    [one] answer
   *[other] answers
}
compare-chance-note = “Likely a real change”: fewer than 5 in 100 of all the ways to deal the same answers out again between the two workshops (each team's among that team) move the figure as far. Otherwise a change could be chance at those numbers of answers, and it is called neither better nor worse.
compare-gap-closer = closer together: { $chance }
compare-gap-apart = further apart: { $chance }
compare-gap-no-clear-change = no clear change: { $chance }
compare-library = ⬅ Library
compare-title = Comparing { $count } workshops
compare-export-pdf = Export PDF…
compare-export-html = Export HTML…
compare-export-markdown = Export Markdown…
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
compare-gap-step = Perception gap { $from } ➡ { $to } ({ $direction })
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
import-team = Team: Sales or Product
import-relationship = Relationship: { $prompt }
import-sources = Friction sources, any number in one cell: { $prompt }
import-all-answered = Other columns already answer every question, so this one can only be ignored.
import-title = Which question does each column answer?
import-unknown = { $file } has columns Tandem does not recognise. Say what each one is; Tandem remembers your choice for files with the same columns.
import-choose = Choose…
import-import = Import
import-cancel = Cancel

## file dialogs and export formats

room-qr-name = QR code for { $address }
format-markdown = Markdown
format-html = HTML report
format-pdf = PDF report
format-responses-csv = responses CSV
format-metrics-csv = metrics CSV
dialog-open-workshop = Open a Tandem workshop
dialog-rules-file = Choose a rules file
dialog-questionnaire-file = Choose a questionnaire file
dialog-import = Import responses from a survey (CSV or Excel)
dialog-export = Export the { $what }
dialog-export-comparison = Export the comparison
dialog-kind-survey = a survey file (CSV or Excel)
dialog-kind-csv = a CSV file
dialog-kind-ron = a Tandem file (RON)
dialog-kind-html = an HTML page
dialog-kind-pdf = a PDF document
dialog-kind-markdown = a Markdown file
dialog-none = No file dialog could be shown: this desktop has no file-dialog service. Installing xdg-desktop-portal with a backend such as xdg-desktop-portal-gtk (or the zenity program) makes the dialogs work.
dialog-path-add-name = { $path } is a folder: add a file name.
dialog-path-exists = There is already a file at { $path }: choose another name, so that nothing is replaced.
dialog-path-no-folder = There is no folder { $path }.
dialog-path-missing = There is no file at { $path }.
dialog-path-folder = { $path } is a folder, not a file.
dialog-path-wrong-kind = { $path } is not { $kind }: its name should end in .{ $extension }.

## import and file errors

import-error-row = row { $row }: { $message }
import-error-row-column = row { $row }, column `{ $column }`: { $message }
import-error-column = column `{ $column }`: { $message }
import-error-unknown-columns = { $count ->
    [one] { $columns } is not a question of the questionnaire; say what it is with --map "Header=key" or --ignore "Header" (in the app: choose in the mapping step)
   *[other] { $columns } are not questions of the questionnaire; say what each is with --map "Header=key" or --ignore "Header" (in the app: choose in the mapping step)
}
import-error-field-count = has { $fields } fields but the header has { $header }
import-error-not-function = "{ $value }" is not a function: use Sales or Product (any case)
import-error-not-relationship = "{ $value }" is not a relationship answer: use { $labels }, their keys, or 0 to 3
import-error-not-rating = "{ $value }" is not a rating: use 1 to 5, or Strongly disagree, Disagree, Neither agree nor disagree, Agree or Strongly agree; leave it empty to skip
import-error-not-agreement = "{ $value }" is not an agreement answer: use Strongly disagree, Disagree, Neither agree nor disagree (or Neutral), Agree or Strongly agree, or 1 to 5; leave it empty, or write Skip, Don't know or N/A, to skip
import-error-not-source = "{ $value }" is not a friction source of the questionnaire: use { $sources }, separated by ; or ,
import-error-not-checkbox = "{ $value }" is not an answer for this checkbox: leave it empty, or write its label "{ $label }"
import-error-needs-answers = needs a function and a relationship answer
import-error-mapped-missing = is mapped or ignored, but the file has no such column
import-error-twice = appears twice in the header
import-error-answered-twice = answers { $question }, and so does column `{ $first }`; keep one, or --ignore one
import-error-question-team = the team question
import-error-question-relationship = the relationship question
import-error-question-statement = the statement `{ $key }`
import-error-question-sources = the friction sources question
import-error-question-source = the friction source `{ $key }`
import-error-question-friction-comment = the comment on friction
import-error-question-works-well-comment = the comment on what works well
import-error-no-function-column = the header has no `function` column (Tandem's key, or a question such as "Which team are you in?")
import-error-no-relationship-column = the header has no `relationship` column (Tandem's key, or the question "{ $prompt }")
import-error-unknown-key = "{ $value }" is not a key Tandem knows: use function, relationship, sources, friction_comment, works_well_comment, a statement key ({ $statements }) or a source key ({ $sources })
import-error-not-workbook = the file is not an Excel workbook (.xlsx) Tandem can read: { $error }
import-error-no-such-sheet = the workbook has no sheet "{ $sheet }"; its sheets are { $sheets }
import-error-no-sheet = the workbook has no sheet
import-error-sheet-unreadable = the sheet "{ $sheet }" cannot be read: { $error }
import-error-sheet-empty = the sheet "{ $sheet }" is empty; it needs a header row and one row per response
import-error-cell-error = the cell in column { $column } holds the spreadsheet error { $error }; fix it in the spreadsheet
import-error-broken-utf8 = the text is UTF-8 up to here, then has bytes that are not, so Tandem does not guess what they are; save the file again as "CSV UTF-8"
import-error-broken-utf16 = the { $encoding } text breaks off here with half a character; save the file again as "CSV UTF-8"
import-error-not-windows-1252 = byte { $byte } is no letter in Windows-1252 or UTF-8, so the file is in an encoding Tandem does not guess; save it as "CSV UTF-8"
import-error-not-text = byte { $byte } is a control character that no text holds: this is not a text file Tandem can read; save the survey as "CSV UTF-8" or as an Excel workbook (.xlsx)
import-error-utf16-without-bom = the file looks like UTF-16 text without the byte order mark that says which byte comes first; save it as "CSV UTF-8", or as "Unicode text" from Excel, which writes the mark
import-error-old-workbook = the file is an Excel 97–2003 workbook (.xls), which Tandem does not read; save it as an Excel workbook (.xlsx) or as "CSV UTF-8"
import-error-read-as = Read as { $encoding } text.
import-error-read-as-guessed = The file is not UTF-8, so it was read as { $encoding } (Excel's CSV on Windows): check that accented letters in the comments came through as written.
import-error-empty = the file is empty; it needs a header row and one row per response
import-error-unreadable = cannot be read: { $error }
import-error-unclosed-quote = a quoted field is never closed (a " is missing)
import-error-sheet-on-csv = --sheet "{ $sheet }" names a sheet, but the file is CSV, which has none
import-error-no-responses = the file has a header but no responses
import-error-dropped-time = `{ $header }` (says when someone answered)
import-error-dropped-identity = `{ $header }` (could say who answered)
import-error-dropped-metadata = `{ $header }` (the survey tool's record of the response, not an answer)
import-error-dropped = { $count ->
    [one] Dropped { $count } column, never stored, to keep answers anonymous: { $columns }.
   *[other] Dropped { $count } columns, never stored, to keep answers anonymous: { $columns }.
}
import-error-nothing-imported = { $path }: { $error }; nothing was imported
file-error-read = { $path }: cannot read the file: { $error }
file-error-empty = { $path }: the file is empty
file-error-too-large = { $path }: the file is { $size } MB, larger than any Tandem file can be (at most { $limit } MB); is it the right file?
file-error-not-text = { $path }:{ $line }:{ $column }: this is not a text file (the bytes there are not UTF-8); is it the right file?
file-error-syntax = { $path }:{ $line }:{ $column }: { $message }
file-error-no-format-version = { $path }: this is not a Tandem workshop: it has no `format_version` (or 0, which never existed); Tandem workshop files start with `format_version: 1`
file-error-not-a-workshop = { $path }: this is not a Tandem workshop: it is valid RON, but a workshop file has the shape `(format_version: 1, workshop: (...))`
file-error-no-fields = { $path }:{ $line }:{ $column }: this is not a Tandem workshop: it does not start with a workshop's fields; a workshop file starts with `(format_version: 1, workshop: (`
file-error-newer-version = { $path }: this workshop was written by a newer version of Tandem (file format { $found }); this version reads formats up to { $supported }. Update Tandem to open it; the file is left untouched.
file-error-invalid = { $path }: the file parsed, but its content is not valid:
file-error-not-saved = could not save { $path }: { $step } failed: { $error }
file-error-step-temporary = creating a temporary file in { $folder }
file-error-step-permissions = copying the file's permissions
file-error-step-writing = writing the temporary file
file-error-step-flushing = flushing the temporary file to disk
file-error-step-replacing = replacing the file
file-error-step-flushing-folder = flushing the folder { $folder }
file-error-step-removing-recovery = removing the recovery file after a successful save
file-error-step-to-text = turning the workshop into text
file-error-time-not-kept = { $error }. The time spent on this stage could not be saved.
file-error-rules-outside = { $path } names the rules file “{ $name }”, which is not in the workshop's folder: a rules file must sit beside the workshop (no absolute path, no ..).
rules-problem-no-rules = the file has no rules
rules-problem-id-used = the id `{ $id }` is used by an earlier rule; ids must be unique
rules-problem-id-form = the id must be lowercase letters, digits and _, starting with a letter
rules-problem-id-overall = the id `overall` is kept for the overall verdict, whose notes are filed under it: give this rule another id
rules-problem-texts-empty = citation, explanation and prompt must each say something
rules-problem-threshold = the threshold of { $metric } is not a number
rules-problem-unknown-statement = `{ $key }` is not a statement of the questionnaire "{ $questionnaire }"
rules-problem-unknown-source = `{ $key }` is not a friction source of the questionnaire "{ $questionnaire }"
rules-problem-empty-group = `{ $kind }([])` is empty: give it at least one condition
rules-problem-either-in-either = `either_function` inside `either_function` means nothing
rules-problem-gap-in-either = the perception gap compares the two functions, so it cannot be measured `in either function`
rules-problem-translation-lacks = the rule `{ $id }` has no { $lacking } in { $language }
rules-problem-translation-unknown = `{ $id }` is not a rule of this file: a translation keeps the rules' ids
rules-error-built-in = Tandem's built-in rules could not be read (line { $line }, column { $column }: { $message }). This copy of Tandem is damaged: choose a rules file on Setup, or install Tandem again.
file-error-autosave-failed = { $error }. Your changes are still here; save, or use “Save a copy elsewhere…” in the header when this folder cannot be written.
import-error-bad-map = --map "{ $map }" needs a header and a key: --map "Column header=key"; nothing was imported
import-error-cannot-read-file = cannot read { $path }
import-error-exists = { $path } already exists; use --into to add to it
import-error-say-where = say where the responses go: --into FILE, or --new --title T --out FILE
import-error-imported = { $count ->
    [one] imported { $count } response into { $path } (now { $sales } sales, { $product } product)
   *[other] imported { $count } responses into { $path } (now { $sales } sales, { $product } product)
}

# The file on disk is the truth: parts of a workshop, locks, conflicts, repeated imports.
part-title = the title
part-organisation = the organisation
part-date = the date
part-facilitator = the facilitator's name
part-expected = the expected numbers of people
part-language = the participants' language
part-settings = the anonymity floor or the rules
part-time-boxes = the time boxes
part-questionnaire = the questionnaire
part-answers-added = { $count ->
    [one] 1 answer added
   *[other] { $count } answers added
}
part-answers-removed = { $count ->
    [one] 1 answer taken out
   *[other] { $count } answers taken out
}
part-held-back = { $count ->
    [one] 1 answer held back
   *[other] { $count } answers held back
}
part-revealed = the reveal
part-notes = the notes on the findings
part-agreements = the agreements
part-actions = the action items
part-participant-mode = participant mode
part-time-spent = the time spent on the stages
part-imports = the record of imported files
lock-program-app = another Tandem window
lock-program-import = “tandem import”
lock-program-room = “tandem room”
lock-unknown-computer = an unnamed computer
lock-holder = { $program } on { $computer }, since { $since }
lock-someone = another Tandem window or program
lock-taken-from-crash = This workshop was still marked as open by { $holder }, which is no longer running; this window has it now.
lock-read-only = This workshop is open in { $holder }. This window only shows it; take it over to change it here (what the other window has not saved yet will not reach the file from there).
lock-this-computer = this computer
file-kept-mine = Saved: your version of what both changed, and everything else from both.
lock-taken-over-merged = This window has the workshop now; its unsaved changes were laid over what the other window saved.
lock-not-made = Other windows and programs cannot be told that this workshop is open here ({ $error }); saving may fail in this folder too.
lock-take-over = Take over
lock-take-over-failed = Could not take the workshop over: { $error }
lock-taken-over = This window has the workshop now, read afresh from its file. The other window can no longer save to it.
cli-lock-failed = could not make the lock file { $path }
cli-lock-taken-over = note: the workshop was still marked as open by { $holder }, which is no longer running
cli-lock-held = { $path } is open in { $holder }; nothing was changed. Close it there first, or import from the app.
import-error-imported-before = { $count ->
    [one] { $path }: these rows (1 answer) were already imported into { $workshop }; nothing was imported. To import them once more, add --again.
   *[other] { $path }: these rows ({ $count } answers) were already imported into { $workshop }; nothing was imported. To import them once more, add --again.
}
import-held-after-reveal = { $count ->
    [one] The results were already revealed, so 1 answer is held back.
   *[other] The results were already revealed, so { $count } answers are held back.
}
import-error-changed-meanwhile = { $path } was changed elsewhere in the same places while importing; nothing was imported. Try again.
file-error-step-checking = reading the file again to check nothing else changed it
file-conflict-short = The file was changed elsewhere in the same places ({ $parts })
file-conflict-unreadable-short = The file was changed elsewhere and can no longer be read
file-read-only-short = This window cannot save: the workshop is held by { $holder }
file-merged = The file had been changed elsewhere meanwhile; those changes were kept: { $parts }.
file-conflict-gone = There is nothing left to decide.
file-kept-theirs = Saved: the file's version of what both changed, and everything else from both.
file-copy-exists = { $path } already exists; nothing was written over it. Choose another name.
file-copy-saved = Saved as { $path }; this window goes on there. The first file is as it was.
file-read-only-refused = This window only shows the workshop: take it over (in the header) to change it.
file-status-read-only = read-only
file-status-not-saved = not saved: { $why }
file-save-copy = Save a copy elsewhere…
file-why-cannot-write = the folder cannot be written
file-why-full = the disk is full
file-why-folder-gone = the folder is gone
file-why-changed = the file was changed elsewhere
file-why-taken-over = another window took the workshop over
file-conflict-title = The file was changed elsewhere
file-conflict-other-file = There is another file with this name now, not this workshop. Nothing was written over it.
file-conflict-text = Another window, “tandem import” or a sync tool changed this workshop's file while it was open here, in the same places as this window: { $parts }. Which version of that should the file keep? Everything else from both is kept either way.
file-conflict-unreadable = The workshop's file was changed elsewhere and can no longer be read ({ $error }). Nothing was written over it.
file-keep-theirs = Use the file's version of it
file-keep-mine = Use mine
file-save-mine-as-copy = Save mine as a copy
import-again-title = These rows were imported before
import-again-text = { $count ->
    [one] { $path } holds the same row (1 answer) as an earlier import into this workshop. Importing it again counts that answer twice.
   *[other] { $path } holds the same rows ({ $count } answers) as an earlier import into this workshop. Importing them again counts those answers twice.
}
import-again-yes = Import them again
import-again-no = Don't import
import-undone = { $count ->
    [one] Took the import of { $path } back out (1 answer).
   *[other] Took the import of { $path } back out ({ $count } answers).
}
import-not-undone-changed = The import cannot be taken back out: the workshop changed since in the same places.
import-not-undone = { $error }. The import stays in.
capture-undo-import = { $count ->
    [one] Undo the import of { $file } (1 answer)
   *[other] Undo the import of { $file } ({ $count } answers)
}
workshop-restored-nothing = The recovery file held nothing the workshop file does not; nothing changed.
dialog-save-copy = Save a copy of the workshop

# The audience view: what the room sees on the projector.
audience-window = Audience window
audience-window-title = Tandem — audience view
audience-on-projector = Show on projector
audience-on-projector-hint = Opens the audience view full screen on the second screen (the projector), where there is one. Arrows step through findings, B blanks it, F11 or Esc on it leaves full screen.
audience-waiting = The workshop starts soon.
audience-capture-title = Your answers, anonymously
audience-answered = { $count ->
    [one] { $team }: 1 answered
   *[other] { $team }: { $count } answered
}
audience-minutes-left = { $minutes ->
    [one] 1 minute left
   *[other] { $minutes } minutes left
}
audience-results-soon = The results come together in a moment.
audience-ask = Ask the room: { $question }
audience-ask-sales = Ask sales: { $question }
audience-ask-product = Ask product: { $question }
audience-findings = What the rules found
audience-agreements = Our agreements
audience-actions = Our actions
audience-none-yet = None yet.
audience-more = { $count ->
    [one] and 1 more
   *[other] and { $count } more
}
audience-leaving-with = { $agreements ->
    [one] 1 agreement
   *[other] { $agreements } agreements
} and { $actions ->
    [one] 1 action
   *[other] { $actions } actions
} to take back to our teams.
audience-thanks = Thank you!
diagnose-show-on-screen = Show on screen
diagnose-on-screen = On screen
diagnose-audience-keys = On the audience view: “Show on screen” puts a finding there large, with its question; the arrow keys step through them, B blanks the screen.
audience-team-finding = { $team }: { $title }
audience-blanked = Audience view blanked (B)
audience-late = Late? Scan to answer
