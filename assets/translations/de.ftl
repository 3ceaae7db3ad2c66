# Tandems deutsche Texte. Dieselben Nachrichten-IDs und Variablen wie en.ftl.

## Dates

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date-long = { $day }. { $month } { $year }

## Answers, as the kiosk, the phones and the exports name them

function-sales = Vertrieb
function-product = Produkt
scale-1 = stimme überhaupt nicht zu
scale-2 = stimme nicht zu
scale-3 = neutral
scale-4 = stimme zu
scale-5 = stimme voll und ganz zu
skip = Überspringen
skipped = übersprungen
none = keine
button-back = Zurück
button-next = Weiter
button-submit = Absenden

## The phone pages of room mode

phone-language = Sprache
phone-step = Schritt { $number } von { $total }
phone-team-title = In welchem Team sind Sie?
phone-welcome = Willkommen! Ihre Antworten sind anonym: Es wird kein Name, kein Gerät und keine Uhrzeit gespeichert.
phone-choose-one = Wählen Sie eine Antwort
phone-choose-any = Wählen Sie beliebig viele oder keine
phone-comments-title = Möchten Sie etwas ergänzen? (freiwillig)
phone-comments-note = Kommentare werden dem Raum gesammelt und gemischt gezeigt, ohne den Namen Ihres Teams. Vermeiden Sie Details, die Sie erkennbar machen.
phone-review-title = Prüfen Sie Ihre Antworten
phone-review-team = Team
phone-review-relationship = Beziehung
phone-review-sources = Ursachen der Reibung
phone-review-note = Nach dem Absenden können Ihre Antworten auf diesem Telefon weder geändert noch wieder angezeigt werden.
phone-hint-team = Bitte wählen Sie Ihr Team.
phone-hint-relationship = Bitte wählen Sie eine Antwort, um weiterzugehen.
phone-hint-statements = { $count ->
    [one] Eine Aussage ist noch unbeantwortet: Bewerten Sie sie oder wählen Sie Überspringen.
   *[other] { $count } Aussagen sind noch unbeantwortet: Bewerten Sie jede oder wählen Sie Überspringen.
}
phone-thanks-title = Danke! Ihre Antworten sind gespeichert.
phone-thanks-text = Sie können diese Seite jetzt schließen. Die Moderation zeigt dem Raum die Ergebnisse.
phone-answered-title = Sie haben bereits geantwortet
phone-answered-text = Die Antworten dieses Telefons sind gespeichert, und jedes Telefon antwortet einmal. Danke! Sie können diese Seite schließen.
phone-start-again = Neu beginnen
phone-full-title = Der Raum ist voll
phone-full-text = Dieser Raum nimmt keine weiteren Telefone an. Bitte wenden Sie sich an die Moderation.
phone-not-form-title = Diese Seite nimmt nur Antworten aus ihrem eigenen Formular an
phone-not-form-text = Bitte beginnen Sie noch einmal über den Link.
phone-too-long-title = Ihre Antwort ist zu lang
phone-too-long-text = Bitte kürzen Sie Ihre Kommentare und versuchen Sie es erneut.
phone-too-slow-title = Ihre Antwort kam zu langsam an
phone-too-slow-text = Die Verbindung ist langsam. Bitte versuchen Sie es erneut.
phone-expired-title = Diese Seite ist abgelaufen
phone-expired-text = Ihr Browser hat den Stimmzettel dieses Raums nicht zurückgeschickt: Vielleicht speichert er keine Cookies, oder der Raum wurde neu geöffnet. Bitte öffnen Sie den Link noch einmal.
phone-refused-title = Diese Antwort kann nicht gezählt werden
phone-refused-text = Etwas stimmt damit nicht: { $why }. Nichts wurde gezählt.
phone-refused-incomplete = die Antwort nennt kein Team oder keine Antwort auf die Frage nach der Beziehung
phone-not-saved-title = Ihre Antwort wurde nicht gespeichert
phone-not-saved-text = Der Laptop konnte sie nicht speichern ({ $reason }), daher wurde sie nicht gezählt. Bitte gehen Sie zurück und tippen Sie gleich noch einmal auf Absenden, oder sagen Sie der Moderation Bescheid.
phone-reason-closed = der Raum wurde geschlossen
phone-reason-late = der Laptop hat nicht rechtzeitig geantwortet

## exports, sentences, comparison report and command line

words-quoted = „{ $text }“
words-metric-respondents = die Zahl der Antwortenden
words-metric-share = der Anteil mit der Antwort { $answer }
words-metric-aligned-share = der Anteil mit wenig oder gelegentlicher Reibung
words-metric-dysfunction-share = der Anteil mit erheblicher oder ständiger Reibung
words-metric-friction-level = die mittlere Reibungsstufe (0 bis 3)
words-metric-mean = der Durchschnitt für { $statement }
words-metric-spread = die Streuung der Bewertungen für { $statement }
words-metric-spillover = der Anteil mit 4 oder höher sowohl bei { $debate } als auch bei { $personal } (unter allen mit Bewertungen für beide)
words-metric-source-share = der Anteil mit Nennung von { $source }
words-metric-perception-gap = die Wahrnehmungslücke (mittlere Reibungsstufe des Vertriebs minus die des Produkts)
words-metric-statement-gap = die Lücke bei { $statement } (Durchschnitt des Vertriebs minus der des Produkts)
words-subject-overall = { $metric }
words-subject-sales = { $metric } (Vertrieb)
words-subject-product = { $metric } (Produkt)
words-percentage-points = { $points } Prozentpunkte
words-sentence-at-or-above = { $subject } liegt bei { $value }, also bei oder über { $threshold }
words-sentence-at-or-below = { $subject } liegt bei { $value }, also bei oder unter { $threshold }
words-sentence-above = { $subject } liegt bei { $value }, also über { $threshold }
words-sentence-below = { $subject } liegt bei { $value }, also unter { $threshold }
words-sentence-just-below = { $subject } liegt bei { $value }, knapp unter { $threshold }
words-sentence-just-above = { $subject } liegt bei { $value }, knapp über { $threshold }
words-no-value = { $subject } hat keinen Wert: Niemand hat die nötigen Antworten gegeben
words-part-holds = { $sentence }: Dieser Teil ist erfüllt
words-distance-at-least = { $subject } liegt bei { $value }; die Regel greift ab { $threshold } — { $away }
words-distance-at-most = { $subject } liegt bei { $value }; die Regel greift bei { $threshold } oder weniger — { $away }
words-distance-above = { $subject } liegt bei { $value }; die Regel greift über { $threshold } — { $away }
words-distance-below = { $subject } liegt bei { $value }; die Regel greift unter { $threshold } — { $away }
words-away = noch { $distance } entfernt
words-just-short = knapp verfehlt
stability-one-of = eine von { $answers } Antworten
stability-any-of-all = eine beliebige der { $answers } Antworten
stability-any-of-some = eine beliebige von { $changes } der { $answers } Antworten
stability-unchecked = lässt sich nicht durch Weglassen einer Antwort prüfen: Mit einer Antwort weniger läge ein Team unter der Anonymitätsschwelle
stability-verdict-holds = hält, gleich welche einzelne Antwort weggelassen wird
stability-verdict-changes = würde sich ändern, wenn { $which } weggelassen würde: Besprechen Sie es als Frage an den Raum, nicht als Befund
stability-still-fires = greift weiterhin, gleich welche einzelne Antwort weggelassen wird
stability-still-not = greift weiterhin nicht, gleich welche einzelne Antwort weggelassen wird
stability-hinges-one = hängt an einer Antwort: Die Regel würde nicht greifen, wenn { $which } weggelassen würde; besprechen Sie es als Frage an den Raum, nicht als Befund
stability-hinges-many = hängt an einzelnen Antworten: Die Regel würde nicht greifen, wenn { $which } weggelassen würde; besprechen Sie es als Frage an den Raum, nicht als Befund
stability-one-away = eine Antwort vom Greifen entfernt: Die Regel würde greifen, wenn { $which } weggelassen würde
study-column = Studie (2014)
study-legend = Studie 2014
study-note-label = Studie (2014):
study-note = Die Studie nennt 23,70 % und 2,89 % für die beiden letzten Antworten und 73,41 % für die ersten beiden zusammen, davon „etwas über 9 %“ völlig abgestimmt; 9,25 % ist unsere Lesart von „etwas über 9 %“, und 64,16 % sind 73,41 % minus 9,25 %.
export-label-colon = { $label }:
export-results = Ergebnisse
export-withheld = Die Ergebnisse bleiben verborgen, bis jedes Team mindestens { $floor } Antworten hat (Vertrieb hat { $sales }, Produkt hat { $product }).
export-organisation = Organisation:
export-date = Datum:
export-facilitator = Moderation:
export-respondents = Antwortende:
export-respondents-value = { $sales } Vertrieb, { $product } Produkt (Anonymitätsschwelle { $floor })
export-held-back = Zurückgehalten:
export-held-back-sales = { $count ->
    [one] { $count } Antwort des Vertriebs zurückgehalten: Sie erscheint, sobald { $floor } vorliegen.
   *[other] { $count } Antworten des Vertriebs zurückgehalten: Sie erscheinen, sobald { $floor } vorliegen.
}
export-held-back-product = { $count ->
    [one] { $count } Antwort des Produkts zurückgehalten: Sie erscheint, sobald { $floor } vorliegen.
   *[other] { $count } Antworten des Produkts zurückgehalten: Sie erscheinen, sobald { $floor } vorliegen.
}
export-rules = Regeln:
export-follow-up = Folge-Workshop:
export-verdict = Urteil
export-scope-overall = Gesamt
export-scope-sales = Vertrieb
export-scope-product = Produkt
export-verdict-healthy = Gesund
export-verdict-toxic = Toxisch
export-verdict-insufficient = Zu wenige Antworten
export-weights = toxisches Gewicht { $toxic }, gesundes Gewicht { $healthy }
export-weights-short = toxisches Gewicht { $toxic } · gesundes Gewicht { $healthy }
export-perception-gap = Wahrnehmungslücke (mittlere Reibungsstufe Vertrieb − Produkt, 0–3):
export-relationship-heading = Wie würden Sie die Beziehung beschreiben?
export-answer = Antwort
export-sales = Vertrieb
export-product = Produkt
export-overall = Gesamt
export-statements-heading = Aussagen (mittlere Bewertung, 1–5)
export-statements = Aussagen
export-statement = Aussage
export-gap-sales-product = Lücke (Vertrieb − Produkt)
export-gap = Lücke
export-friction-sources = Reibungsquellen
export-source = Quelle
export-total = Summe
export-distribution-caption = Anteil jeder Antwort unter den Antwortenden aus Vertrieb und Produkt, neben der Study of Product Team Performance von Actuation Consulting (2014).
export-gap-caption = Mittlere Bewertung des Vertriebs minus die des Produkts, je Aussage (1 = stimme überhaupt nicht zu, 5 = stimme voll und ganz zu).
export-chart-distribution-title = Anteil jeder Antwort zur Beziehung: Vertrieb, Produkt und die Studie von 2014
export-chart-bar = { $who }, { $answer }: { $share }
export-chart-completely-1 = Vollständig
export-chart-completely-2 = abgestimmt
export-chart-mostly-1 = Weitgehend
export-chart-mostly-2 = abgestimmt
export-chart-lacking-1 = Wenig
export-chart-lacking-2 = abgestimmt
export-chart-constant-1 = Ständige
export-chart-constant-2 = Reibung
export-chart-gap-title = Lücke der mittleren Bewertung je Aussage, Vertrieb minus Produkt
export-chart-product-agrees = Produkt höher
export-chart-sales-agrees = Vertrieb höher
export-findings = Befunde
export-no-rule-fired = Keine Regel hat gegriffen.
export-function-findings = Befunde allein aus den Antworten eines Teams
export-function-findings-note = Diese Regeln haben bei den Antworten eines Teams gegriffen, aber nicht bei allen Antworten zusammen: Sie zählen für das Urteil dieses Teams, nicht für das Gesamturteil.
export-fired-on-sales = Greift allein bei den Antworten des Vertriebs
export-fired-on-product = Greift allein bei den Antworten des Produkts
export-fired-on-sales-inline = greift allein bei den Antworten des Vertriebs
export-fired-on-product-inline = greift allein bei den Antworten des Produkts
export-scope-inline-overall = gesamt
export-scope-inline-sales = Vertrieb
export-scope-inline-product = Produkt
export-signal-healthy = ✔ gesund
export-signal-toxic = ⚠ toxisch
export-weight = Gewicht { $weight }
export-question-for-the-room = Frage an den Raum:
export-source-label = Quelle:
export-nearly-fired = Beinahe gegriffen
export-comments = Kommentare (gesammelt und gemischt)
export-no-comments = (keine)
export-agreements = Vereinbarungen
export-none-yet = Noch keine.
export-answers-finding = zu: { $finding }
export-the-overall-verdict = das Gesamturteil
export-actions = Maßnahmen
export-done = Erledigt
export-action = Maßnahme
export-owner = Verantwortlich
export-due = Fällig
export-answers = Bezug
export-done-yes = ☑ ja
export-done-no = ☐ nein
export-owner-sales = Vertrieb
export-owner-product = Produkt
export-owner-joint = Gemeinsam
export-owner-executive-sponsor = Executive Sponsor
compare-report-title = { $count ->
    [one] Vergleich von { $count } Workshop
   *[other] Vergleich von { $count } Workshops
}
compare-report-page-title = Workshop-Vergleich
compare-report-date = Datum
compare-report-workshop = Workshop
compare-report-sales = Vertrieb
compare-report-product = Produkt
compare-report-verdict = Urteil
compare-report-sales-verdict = Urteil Vertrieb
compare-report-product-verdict = Urteil Produkt
compare-report-weights = Gewicht toxisch / gesund
compare-report-withheld = verborgen
compare-report-below-floor = Workshop { $number } liegt unter der Anonymitätsschwelle: Nur seine Anzahlen werden verglichen.
compare-report-hinge-question = Hängt ein Urteil an einer einzigen Antwort?
compare-report-friction-heading = Reibungsstufe (0–3) und Wahrnehmungslücke
compare-report-perception-gap = Wahrnehmungslücke
compare-report-sales-change = Änderung Vertrieb
compare-report-product-change = Änderung Produkt
compare-report-gap-change = Änderung Lücke
compare-report-better = besser
compare-report-worse = schlechter
compare-report-relationship-heading = Antworten zur Beziehung (Anteil der Antwortenden)
compare-report-answer = Antwort
compare-report-number-sales = #{ $number } Vertrieb
compare-report-number-product = #{ $number } Produkt
compare-report-changes-heading = Was sich von einem Workshop zum nächsten geändert hat
compare-report-verdict-change = Urteil: { $before } → { $after }
compare-report-moved = Durchschnitt für „{ $statement }“: { $from } → { $to } ({ $change })
compare-report-festering = **Verschleppt** (in beiden toxisch): { $rules }
compare-report-actions-done = Maßnahmen aus #{ $number }: { $done } von { $count } erledigt
compare-report-left-out = Die Workshops nutzten verschiedene Fragebögen. Verglichen: die { $shared } Aussagen, die sie gemeinsam haben. Weggelassen: { $left }.
compare-report-trend-title = Reibungsstufe und Wahrnehmungslücke im Zeitverlauf
compare-report-trend-axis = Reibungsstufe (0–3) · Lücke
compare-report-trend-caption = Mittlere Reibungsstufe (0–3) von Vertrieb und Produkt und die Wahrnehmungslücke, Workshop für Workshop.
compare-report-gap = Lücke
compare-report-sales-level = Stufe Vertrieb
compare-report-product-level = Stufe Produkt
compare-report-festering-column = Verschleppt
compare-report-details = Einzelheiten
cli-note-withheld = Hinweis: Ergebnisse unter der Anonymitätsschwelle verborgen; nur die Anzahlen wurden exportiert
cli-note-recovery = Hinweis: { $path } enthält ungespeicherte Arbeit, die neuer ist als die Workshop-Datei
cli-room-open = Raum für „{ $title }“ geöffnet. Telefone im selben Netz antworten unter der Adresse oben; Strg-C schließt den Raum.
cli-room-closed = { $count ->
    [one] Raum geschlossen. { $path } enthält { $count } Antwort.
   *[other] Raum geschlossen. { $path } enthält { $count } Antworten.
}
cli-room-not-counted = { $error }; diese Antwort wurde nicht gezählt
cli-classify-withheld = Die Ergebnisse bleiben verborgen, bis jedes Team mindestens { $floor } Antworten hat (dem Vertrieb fehlen { $sales }, dem Produkt { $product }).
cli-classify-verdict-stability = Urteil { $scope }: { $words }.
cli-classify-perception-gap = Wahrnehmungslücke: { $gap } (mittlere Reibungsstufe Vertrieb − Produkt, 0–3)
cli-classify-fired = Regeln, die gegriffen haben, { $scope }:
cli-classify-none = keine
cli-classify-nearly-fired = beinahe gegriffen: { $rule }
cli-classify-relationship = Beziehung
