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
