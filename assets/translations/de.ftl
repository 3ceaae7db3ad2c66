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

## stages, library, comparison and import

workshop-verdict-healthy = Gesund
workshop-verdict-toxic = Toxisch
workshop-verdict-insufficient = Zu wenige Antworten
workshop-scope-overall = Gesamt
workshop-owner-joint = Gemeinsam
workshop-owner-executive-sponsor = Sponsor aus der Geschäftsleitung
framing-title = Warum wir hier sind
framing-quotation = „Wie würden Sie die Beziehung zwischen der Vertriebsorganisation und dem Produktteam beschreiben?“ – gefragt wurden Produktteams, Study of Product Team Performance, Actuation Consulting 2014 (aus dem Englischen übersetzt)
framing-quotation-translated = „Wie würden Sie die Beziehung zwischen der Vertriebsorganisation und dem Produktteam beschreiben?“ – gefragt wurden Produktteams, Study of Product Team Performance, Actuation Consulting 2014 (aus dem Englischen übersetzt)
framing-bar = { $answer }: { $share }
framing-study = Die Studie von 2014
framing-axis = % der Produktteams
framing-study-note = Die Studie nennt 23,70 % und 2,89 % für die letzten beiden Antworten und 73,41 % für die ersten beiden zusammen, davon „etwas über 9 %“ völlig abgestimmt; 9,25 % ist unsere Lesart von „etwas über 9 %“, und 64,16 % sind 73,41 % minus 9,25 %.
framing-quarter = Über ein Viertel (26,59 %) berichtet von erheblicher oder ständiger Reibung. Wie sieht es der Vertrieb? Heute fragen wir beide Seiten.
framing-healthy = ✔ Gesunde Reibung
framing-healthy-text = Entsteht aus unterschiedlichen Blickwinkeln: eine 12-Monats-Roadmap gegen Quartalsziele. Wir streiten über die Sache – Prioritäten, Umfang, Zeitplan – und klären sie durch einen Kompromiss oder eine Entscheidung der Geschäftsleitung.
framing-toxic = ⚠ Toxische Reibung
framing-toxic-text = Bleibt sie liegen, wird sie persönlich: Schuldzuweisungen, Frust, Misstrauen, und niemand weiß, wer entscheidet. Genau das wollen wir finden und beheben.
framing-agenda = Ablauf
framing-agenda-line = { $number }. { $line }
framing-agenda-timed = { $number }. { $line } ({ $minutes } Min.)
framing-agenda-capture = Alle antworten, nacheinander und anonym
framing-agenda-reveal = Wir sehen uns die Ergebnisse nebeneinander an
framing-agenda-diagnose = Gesund oder toxisch, und warum
framing-agenda-agree = Vereinbarungen und Maßnahmen
framing-agenda-close = Zusammenfassung und nächster Workshop
framing-promise = Unser Versprechen: Ihre Antworten sind anonym
framing-promise-text = Zu Ihren Antworten werden weder Name noch Gerät noch Uhrzeit gespeichert. Nichts wird gezeigt, bevor Vertrieb und Produkt jeweils mindestens { $floor } Antworten abgegeben haben. Kommentare werden gesammelt und gemischt gezeigt, nie mit dem Namen eines Teams.
framing-next = Weiter: Erfassung ➡
reveal-title = Ergebnisse
reveal-withheld = Die Ergebnisse werden zurückgehalten
reveal-withheld-text = Nichts wird gezeigt, bevor Vertrieb und Produkt jeweils mindestens { $floor } Antworten abgegeben haben, damit niemand erkennbar wird.
reveal-count-enough = { $count ->
    [one] { $team }: 1 Antwort (genug)
   *[other] { $team }: { $count } Antworten (genug)
}
reveal-count-needed = { $count ->
    [one] { $team }: 1 Antwort ({ $needed } fehlen noch)
   *[other] { $team }: { $count } Antworten ({ $needed } fehlen noch)
}
reveal-ready = Die Ergebnisse liegen vor
reveal-ready-counts = { $sales } Antworten aus dem Vertrieb und { $product } aus dem Produkt liegen vor.
reveal-ready-text = Beim Aufdecken sieht der Raum sie. Spätere Antworten werden zurückgehalten, bis mindestens { $floor } einer Funktion vorliegen, damit sich die Antworten von Nachzüglern nie zuordnen lassen.
reveal-button = Ergebnisse aufdecken
reveal-held-back-sales = { $count ->
    [one] 1 Antwort aus dem Vertrieb zurückgehalten: Sie erscheint, sobald { $floor } vorliegen.
   *[other] { $count } Antworten aus dem Vertrieb zurückgehalten: Sie erscheinen, sobald { $floor } vorliegen.
}
reveal-held-back-product = { $count ->
    [one] 1 Antwort aus dem Produkt zurückgehalten: Sie erscheint, sobald { $floor } vorliegen.
   *[other] { $count } Antworten aus dem Produkt zurückgehalten: Sie erscheinen, sobald { $floor } vorliegen.
}
reveal-not-revealed = Die Ergebnisse sind noch nicht aufgedeckt
reveal-not-revealed-text = Decken Sie sie zuerst in der Phase „Ergebnisse“ für den Raum auf.
reveal-go = Zu den Ergebnissen
reveal-summary = { $sales } Antworten aus dem Vertrieb, { $product } aus dem Produkt. Wahrnehmungslücke (Reibungsstufe Vertrieb − Produkt, 0–3): { $gap }
reveal-next = Weiter: Diagnose ➡
reveal-comments = Kommentare (gesammelt und gemischt)
reveal-no-comments = Keine Kommentare.
reveal-relationship = Wie würden Sie die Beziehung beschreiben?
reveal-study = Studie 2014
reveal-axis-respondents = % der Antwortenden
reveal-answer = Antwort
reveal-study-note = Studie 2014: Die Studie nennt 23,70 % und 2,89 % für die letzten beiden Antworten und 73,41 % für die ersten beiden zusammen, davon „etwas über 9 %“ völlig abgestimmt; 9,25 % ist unsere Lesart von „etwas über 9 %“, und 64,16 % sind 73,41 % minus 9,25 %.
reveal-statements = Aussagen: Vertrieb und Produkt nebeneinander
reveal-axis-gap = Differenz der mittleren Bewertung: ⬅ Produkt stimmt eher zu · Vertrieb stimmt eher zu ➡
reveal-gap-series = Vertrieb − Produkt
reveal-statement = Aussage
reveal-gap = Differenz
reveal-sources = Die meistgenannten Reibungsquellen
reveal-source = Quelle
diagnose-title = Diagnose
diagnose-next = Weiter: Vereinbaren ➡
diagnose-weights = toxisches Gewicht { $toxic } · gesundes Gewicht { $healthy }
diagnose-how = Toxisch, wenn die ausgelösten toxischen Regeln mindestens so schwer wiegen wie die gesunden. Jedes Urteil und jeder Befund wird erneut geprüft, jeweils ohne eine einzelne Antwort; welche Antwort es ändern könnte, wird nie gezeigt.
diagnose-overall-notes = Notizen zum Gesamturteil
diagnose-findings = Befunde: die ausgelösten Regeln
diagnose-none-fired = Keine Regel wurde ausgelöst.
diagnose-alone = Befunde allein aus den Antworten einer Funktion
diagnose-alone-note = Diese Regeln wurden von den Antworten einer Funktion ausgelöst, aber nicht von allen zusammen: Sie zählen im Urteil dieser Funktion, nicht im Gesamturteil.
diagnose-nearly = Fast ausgelöst
diagnose-nearly-line = { $signal } { $title } – { $explanation }
diagnose-signal-toxic = ⚠ toxisch
diagnose-signal-healthy = ✔ gesund
diagnose-fired-sales = Allein von den Antworten des Vertriebs ausgelöst
diagnose-fired-product = Allein von den Antworten des Produkts ausgelöst
diagnose-finding = { $signal } (Gewicht { $weight }) · { $title }
diagnose-finding-alone = { $signal } (Gewicht { $weight }) · { $title } · { $scope }
diagnose-ask = Fragen Sie den Raum: { $prompt }
diagnose-source = Quelle: { $citation }
diagnose-notes = Notizen zu „{ $title }“
diagnose-notes-sales = Notizen zu „{ $title }“ (Antworten des Vertriebs)
diagnose-notes-product = Notizen zu „{ $title }“ (Antworten des Produkts)
agree-title = Vereinbaren
agree-rules-of-engagement = Vereinbarungen für die Zusammenarbeit
agree-actions = Maßnahmen
agree-add-action = + Maßnahme hinzufügen
agree-next = Weiter: Abschluss ➡
agree-what = Worauf wir antworten
agree-not-revealed = Die Befunde erscheinen hier, sobald die Ergebnisse aufgedeckt sind.
agree-none-fired = Kein Befund ausgelöst: Vereinbaren Sie, was die Reibung gesund hält.
agree-alone-sales = { $title } (allein bei den Antworten des Vertriebs)
agree-alone-product = { $title } (allein bei den Antworten des Produkts)
agree-alone-both = { $title } (allein bei den Antworten des Vertriebs und allein bei denen des Produkts)
agree-agreement = Vereinbarung { $number }
agree-remove-agreement = Vereinbarung { $number } entfernen
agree-add-agreement = + Vereinbarung hinzufügen
agree-action = Maßnahme { $number }
agree-action-hint = Was getan wird
agree-done = Erledigt
agree-remove-action = Maßnahme { $number } entfernen
agree-action-empty = Sagen Sie, was getan wird.
agree-owner = Verantwortlich
agree-person = Person
agree-person-hint = Name (optional)
agree-due = Fällig
agree-due-hint = JJJJ-MM-TT
agree-calendar = Kalender
agree-due-invalid = Schreiben Sie das Datum als JJJJ-MM-TT oder wählen Sie es im Kalender.
agree-answers = Antwortet auf
agree-no-finding = kein Befund
agree-did-not-fire = { $title } (nicht ausgelöst)
agree-question = Frage an den Raum: { $prompt }
close-title = Abschluss
close-meta = { $organisation } · { $date } · Moderation: { $facilitator }
close-counts = { $sales } Antworten aus dem Vertrieb und { $product } aus dem Produkt (Anonymitätsschwelle { $floor })
close-withheld = Ergebnisse zurückgehalten: Eine Funktion liegt unter der Anonymitätsschwelle.
close-not-revealed = Ergebnisse noch nicht aufgedeckt: Decken Sie sie in der Phase „Ergebnisse“ für den Raum auf.
close-scope = { $scope }:
close-agreements = Vereinbarungen
close-none = Keine.
close-actions = Maßnahmen
close-action = { $action } – { $owner }
close-action-due = { $action } – { $owner }, fällig am { $due }
close-follow-up = Vorgeschlagener Folge-Workshop: { $date } (ein Quartal später)
close-markdown = Die Zusammenfassung genau wie exportiert (Markdown)
close-save = Workshop speichern
close-close = Workshop schließen
close-unsaved = Ungespeicherte Änderungen
close-saved = Alle Änderungen gespeichert
close-findings = Befunde
close-none-fired = Keine Regel wurde ausgelöst.
close-finding = { $title }
close-finding-sales = { $title } · Allein von den Antworten des Vertriebs ausgelöst
close-finding-product = { $title } · Allein von den Antworten des Produkts ausgelöst
close-ask = Fragen Sie den Raum: { $prompt }
close-notes = Notizen: { $note }
workshop-export-html = HTML-Bericht exportieren…
workshop-export-markdown = Markdown exportieren…
workshop-export-responses = Antworten als CSV exportieren…
workshop-export-metrics = Kennzahlen als CSV exportieren…
workshop-copy-markdown = Markdown kopieren
workshop-exporting = Wird exportiert…
workshop-cannot-remove = { $path } konnte nicht entfernt werden: { $error }
workshop-reveal-not-saved = { $error }. Die Ergebnisse bleiben verborgen, bis das Aufdecken gespeichert werden kann.
workshop-saved = Gespeichert: { $path }
workshop-not-saved = { $error }. Der Workshop bleibt mit allen Änderungen geöffnet.
workshop-restored = Die ungespeicherten Änderungen wurden wiederhergestellt. Speichern Sie, um sie in der Workshop-Datei zu behalten.
workshop-using-rules = { $count ->
    [one] Es gelten die Regeln „{ $name }“ (1 Regel).
   *[other] Es gelten die Regeln „{ $name }“ ({ $count } Regeln).
}
workshop-rules-kept = { $error }
    Der Workshop behält seine bisherigen Regeln.
workshop-questionnaire-fixed = Der Fragebogen kann nicht mehr geändert werden, sobald Antworten vorliegen: Sie beantworten diesen.
workshop-using-questionnaire = Es gilt der Fragebogen „{ $name }“.
workshop-questionnaire-kept = { $error }
    Der Workshop behält seinen bisherigen Fragebogen.
home-tagline = Workshops zur Abstimmung von Vertrieb und Produkt: anonyme Reibungsbewertungen beider Seiten, ein Urteil, das Sie von Hand nachprüfen können.
home-new = + Neuer Workshop
home-open-file = Datei öffnen…
home-waiting = Warten auf den Dateidialog…
home-rescan = Ordner neu einlesen
home-folder = Workshops in { $folder }
home-recent = Zuletzt geöffnet
library-scanning = Wird eingelesen… { $scanned } von { $total } Dateien
library-filter = Filter
library-filter-hint = Titel, Organisation oder Datum
library-compare-selected = Auswahl vergleichen ({ $count })
library-tick = Haken Sie zwei oder mehr Workshops an, um sie zu vergleichen.
library-empty = Hier gibt es noch keine Workshops. Beginnen Sie einen mit „Neuer Workshop“.
library-compare-one = { $title } vergleichen
library-in-participant-mode = im Teilnahmemodus
library-not-revealed = nicht aufgedeckt
library-open = Öffnen
library-open-one = { $title } öffnen
library-recover = ungespeicherte Änderungen wiederherstellbar
library-date = Datum
library-title = Titel
library-organisation = Organisation
library-stage = Phase
library-verdict = Urteil
library-sort-date = Nach Datum sortieren
library-sort-title = Nach Titel sortieren
library-sort-organisation = Nach Organisation sortieren
library-sort-sales = Nach Vertrieb sortieren
library-sort-product = Nach Produkt sortieren
library-sort-stage = Nach Phase sortieren
library-sort-verdict = Nach Urteil sortieren
library-stage-setup = Vorbereitung
library-stage-framing = Einordnung
library-stage-capture = Erfassung
library-stage-reveal = Ergebnisse
library-stage-diagnose = Diagnose
library-stage-agree = Vereinbaren
library-stage-close = Abschluss
compare-no-clear-change = { $change }, keine klare Veränderung
compare-better = { $arrow } { $change }, besser
compare-worse = { $arrow } { $change }, schlechter
compare-library = ⬅ Bibliothek
compare-title = Vergleich von { $count } Workshops
compare-export-html = Vergleich exportieren (HTML)…
compare-export-markdown = Vergleich exportieren (Markdown)…
compare-below-floor = Der Workshop vom { $date } liegt unter der Anonymitätsschwelle: Nur die Anzahl seiner Antworten wird gezeigt.
compare-left-out = Diese Workshops nutzten unterschiedliche Fragebögen: Verglichen werden die { $count } gemeinsamen Aussagen; ausgelassen: { $left }.
compare-all-hold = { $date }: Jedes Urteil hält, welche einzelne Antwort auch weggelassen wird.
compare-stability-overall = { $date }, Gesamturteil: { $words }.
compare-stability-sales = { $date }, Urteil des Vertriebs: { $words }.
compare-stability-product = { $date }, Urteil des Produkts: { $words }.
compare-trend = Reibungsstufe und Wahrnehmungslücke im Zeitverlauf
compare-trend-description = Diagramm: Reibungsstufe von Vertrieb und Produkt und die Wahrnehmungslücke am Datum jedes Workshops: { $dates }
compare-gap-series = Wahrnehmungslücke (Vertrieb − Produkt)
compare-axis-date = Datum des Workshops
compare-axis-level = Reibungsstufe (0–3) · Lücke
compare-step = Vom { $from } zum { $to }
compare-verdict-step = Urteil: { $before } ➡ { $after }
compare-level-step-sales = Reibungsstufe Vertrieb { $from } ➡ { $to } ({ $direction })
compare-level-step-product = Reibungsstufe Produkt { $from } ➡ { $to } ({ $direction })
compare-movers = Die Aussagen mit der größten Bewegung (Mittelwert, 1–5)
compare-mover = { $statement }: { $from } ➡ { $to } ({ $direction })
compare-festering = ⚠ Schwelend (in beiden toxisch): { $rules }
compare-actions = Maßnahmen vom { $date }: { $done } von { $count } erledigt
compare-date = Datum
compare-workshop = Workshop
compare-sales-answers = Antworten Vertrieb
compare-product-answers = Antworten Produkt
compare-overall-verdict = Gesamturteil
compare-sales-verdict = Urteil Vertrieb
compare-product-verdict = Urteil Produkt
compare-weights = Gewicht toxisch / gesund
compare-withheld = zurückgehalten
compare-friction-title = Reibungsstufe (0–3) und Wahrnehmungslücke (Vertrieb − Produkt)
compare-sales-level = Reibungsstufe Vertrieb
compare-product-level = Reibungsstufe Produkt
compare-gap = Wahrnehmungslücke
compare-festering-column = Wieder toxisch (schwelend)
compare-shares-title = Antworten zur Beziehung (Anteil der Antwortenden)
compare-study = Studie (2014)
import-not-remembered = Die Antworten wurden importiert, aber die Zuordnung der Spalten konnte nicht gespeichert werden: { $error }
import-done = { $count ->
    [one] 1 Antwort aus { $path } importiert.{ $dropped }
   *[other] { $count } Antworten aus { $path } importiert.{ $dropped }
}
import-nothing = { $error }. Es wurde nichts importiert.
import-cannot-read = Die Datei kann nicht gelesen werden: { $error }
import-refused = { $path }: { $error }. Es wurde nichts importiert.
import-comment = Kommentar: { $prompt }
import-ignore = Diese Spalte ignorieren
import-statement = Aussage: { $text }
import-title = Welche Frage beantwortet jede Spalte?
import-unknown = { $file } hat Spalten, die Tandem nicht erkennt. Sagen Sie, was jede davon ist; Tandem merkt sich Ihre Wahl für Dateien mit denselben Spalten.
import-choose = Auswählen…
import-import = Importieren
import-cancel = Abbrechen
