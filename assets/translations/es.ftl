# Los textos en español de Tandem. Mismos identificadores y variables que en.ftl.

## Dates

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-long = { $day } de { $month } de { $year }

## Answers, as the kiosk, the phones and the exports name them

function-sales = Ventas
function-product = Producto
scale-1 = totalmente en desacuerdo
scale-2 = en desacuerdo
scale-3 = neutral
scale-4 = de acuerdo
scale-5 = totalmente de acuerdo
skip = Omitir
skipped = omitida
none = ninguna
button-back = Atrás
button-next = Siguiente
button-submit = Enviar

## The phone pages of room mode

phone-language = Idioma
phone-step = Paso { $number } de { $total }
phone-team-title = ¿En qué equipo está?
phone-welcome = ¡Bienvenido! Sus respuestas son anónimas: no se guarda ningún nombre, dispositivo ni hora.
phone-choose-one = Elija una respuesta
phone-choose-any = Elija las que quiera, o ninguna
phone-comments-title = ¿Algo que añadir? (opcional)
phone-comments-note = Los comentarios se muestran a la sala agrupados y mezclados, sin el nombre de su equipo. Evite detalles que le identifiquen.
phone-review-title = Revise sus respuestas
phone-review-team = Equipo
phone-review-relationship = Relación
phone-review-sources = Fuentes de fricción
phone-review-note = Una vez enviadas, sus respuestas no se pueden cambiar ni volver a ver en este teléfono.
phone-hint-team = Elija su equipo.
phone-hint-relationship = Elija una respuesta para continuar.
phone-hint-statements = { $count ->
    [one] Una afirmación aún no tiene respuesta: valórela o elija Omitir.
   *[other] { $count } afirmaciones aún no tienen respuesta: valore cada una o elija Omitir.
}
phone-thanks-title = ¡Gracias! Sus respuestas están guardadas.
phone-thanks-text = Ya puede cerrar esta página. La persona que facilita mostrará los resultados a la sala.
phone-answered-title = Ya ha respondido
phone-answered-text = Las respuestas de este teléfono están guardadas, y cada teléfono responde una vez. ¡Gracias! Puede cerrar esta página.
phone-start-again = Empezar de nuevo
phone-full-title = La sala está llena
phone-full-text = Esta sala no admite más teléfonos. Pregunte a la persona que facilita.
phone-not-form-title = Esta página solo acepta respuestas de su propio formulario
phone-not-form-text = Empiece de nuevo desde el enlace.
phone-too-long-title = Su respuesta es demasiado larga
phone-too-long-text = Acorte sus comentarios e inténtelo de nuevo.
phone-too-slow-title = Su respuesta tardó demasiado en llegar
phone-too-slow-text = La conexión es lenta. Inténtelo de nuevo.
phone-expired-title = Esta página ha caducado
phone-expired-text = Su navegador no devolvió la papeleta de esta sala: puede que no guarde cookies o que la sala se haya abierto de nuevo. Abra el enlace otra vez.
phone-refused-title = Esta respuesta no se puede contar
phone-refused-text = Algo no está bien: { $why }. No se ha contado nada.
phone-refused-incomplete = la respuesta no indica equipo o no responde a la pregunta sobre la relación
phone-not-saved-title = Su respuesta no se ha guardado
phone-not-saved-text = El portátil no pudo guardarla ({ $reason }), así que no se ha contado. Vuelva atrás y pulse Enviar de nuevo en un momento, o avise a quien facilita.
phone-reason-closed = la sala se cerró
phone-reason-late = el portátil no respondió a tiempo

## exports, sentences, comparison report and command line

words-quoted = «{ $text }»
words-metric-respondents = el número de participantes que respondieron
words-metric-share = la proporción que responde { $answer }
words-metric-aligned-share = la proporción que describe poca fricción o fricción ocasional
words-metric-dysfunction-share = la proporción que describe fricción significativa o constante
words-metric-friction-level = el nivel medio de fricción (0 a 3)
words-metric-mean = la media de { $statement }
words-metric-spread = la dispersión de las valoraciones de { $statement }
words-metric-spillover = la proporción que valora tanto { $debate } como { $personal } con 4 o más (de quienes valoraron ambas)
words-metric-source-share = la proporción que menciona { $source }
words-metric-perception-gap = la brecha de percepción (nivel medio de fricción de Ventas menos el de Producto)
words-metric-statement-gap = la brecha en { $statement } (media de Ventas menos la de Producto)
words-subject-overall = { $metric }
words-subject-sales = { $metric } (Ventas)
words-subject-product = { $metric } (Producto)
words-percentage-points = { $points } puntos porcentuales
words-sentence-at-or-above = { $subject } es { $value }, igual o superior a { $threshold }
words-sentence-at-or-below = { $subject } es { $value }, igual o inferior a { $threshold }
words-sentence-above = { $subject } es { $value }, superior a { $threshold }
words-sentence-below = { $subject } es { $value }, inferior a { $threshold }
words-sentence-just-below = { $subject } es { $value }, justo por debajo de { $threshold }
words-sentence-just-above = { $subject } es { $value }, justo por encima de { $threshold }
words-no-value = { $subject } no tiene valor: nadie dio las respuestas que necesita
words-part-holds = { $sentence }: esta parte se cumple
words-distance-at-least = { $subject } es { $value }; la regla se activa con { $threshold } o más — { $away }
words-distance-at-most = { $subject } es { $value }; la regla se activa con { $threshold } o menos — { $away }
words-distance-above = { $subject } es { $value }; la regla se activa por encima de { $threshold } — { $away }
words-distance-below = { $subject } es { $value }; la regla se activa por debajo de { $threshold } — { $away }
words-away = a { $distance }
words-just-short = por muy poco
stability-one-of = una de { $answers } respuestas
stability-any-of-all = cualquiera de las { $answers } respuestas
stability-any-of-some = cualquiera de { $changes } de las { $answers } respuestas
stability-unchecked = no se puede comprobar quitando una respuesta: con una respuesta menos, un equipo quedaría por debajo del umbral de anonimato
stability-verdict-holds = se mantiene sea cual sea la respuesta que se quite
stability-verdict-changes = cambiaría si se quitara { $which }: trátelo como una pregunta para la sala, no como un hallazgo
stability-still-fires = se sigue activando sea cual sea la respuesta que se quite
stability-still-not = sigue sin activarse sea cual sea la respuesta que se quite
stability-hinges-one = depende de una respuesta: la regla no se activaría si se quitara { $which }; trátelo como una pregunta para la sala, no como un hallazgo
stability-hinges-many = depende de respuestas sueltas: la regla no se activaría si se quitara { $which }; trátelo como una pregunta para la sala, no como un hallazgo
stability-one-away = a una respuesta de activarse: la regla se activaría si se quitara { $which }
study-column = Estudio (2014)
study-legend = Estudio 2014
study-note-label = Estudio (2014):
study-note = El estudio da 23,70 % y 2,89 % para las dos últimas respuestas y 73,41 % para las dos primeras juntas, con «algo más del 9 %» completamente alineado; 9,25 % es nuestra lectura de «algo más del 9 %», y 64,16 % es 73,41 % menos 9,25 %.
export-label-colon = { $label }:
export-results = Resultados
export-withheld = Los resultados se ocultan hasta que cada equipo tenga al menos { $floor } respuestas (Ventas tiene { $sales }, Producto tiene { $product }).
export-organisation = Organización:
export-date = Fecha:
export-facilitator = Facilitación:
export-respondents = Participantes:
export-respondents-value = { $sales } de Ventas, { $product } de Producto (umbral de anonimato { $floor })
export-held-back = Retenidas:
export-held-back-sales = { $count ->
    [one] { $count } respuesta de Ventas retenida: se mostrará cuando haya { $floor }.
   *[other] { $count } respuestas de Ventas retenidas: se mostrarán cuando haya { $floor }.
}
export-held-back-product = { $count ->
    [one] { $count } respuesta de Producto retenida: se mostrará cuando haya { $floor }.
   *[other] { $count } respuestas de Producto retenidas: se mostrarán cuando haya { $floor }.
}
export-rules = Reglas:
export-follow-up = Taller de seguimiento:
export-verdict = Veredicto
export-scope-overall = Global
export-scope-sales = Ventas
export-scope-product = Producto
export-verdict-healthy = Sana
export-verdict-toxic = Tóxica
export-verdict-insufficient = Muy pocas respuestas
export-weights = peso tóxico { $toxic }, peso sano { $healthy }
export-weights-short = peso tóxico { $toxic } · peso sano { $healthy }
export-perception-gap = Brecha de percepción (nivel medio de fricción Ventas − Producto, 0–3):
export-relationship-heading = ¿Cómo describiría la relación?
export-answer = Respuesta
export-sales = Ventas
export-product = Producto
export-overall = Global
export-statements-heading = Afirmaciones (valoración media, 1–5)
export-statements = Afirmaciones
export-statement = Afirmación
export-gap-sales-product = Brecha (Ventas − Producto)
export-gap = Brecha
export-friction-sources = Fuentes de fricción
export-source = Fuente
export-total = Total
export-distribution-caption = Proporción de cada respuesta entre participantes de Ventas y de Producto, junto al Study of Product Team Performance de Actuation Consulting (2014).
export-gap-caption = Valoración media de Ventas menos la de Producto, por afirmación (1 = totalmente en desacuerdo, 5 = totalmente de acuerdo).
export-chart-distribution-title = Proporción de cada respuesta sobre la relación: Ventas, Producto y el estudio de 2014
export-chart-bar = { $who }, { $answer }: { $share }
export-chart-completely-1 = Totalmente
export-chart-completely-2 = alineados
export-chart-mostly-1 = Mayormente
export-chart-mostly-2 = alineados
export-chart-lacking-1 = Falta de
export-chart-lacking-2 = alineación
export-chart-constant-1 = Fricción
export-chart-constant-2 = constante
export-chart-gap-title = Brecha de la valoración media por afirmación, Ventas menos Producto
export-chart-product-agrees = Producto más alto
export-chart-sales-agrees = Ventas más alto
export-findings = Hallazgos
export-no-rule-fired = No se activó ninguna regla.
export-function-findings = Hallazgos solo con las respuestas de un equipo
export-function-findings-note = Estas reglas se activaron con las respuestas de un equipo, pero no con las de todos juntos: cuentan en el veredicto de ese equipo, no en el global.
export-fired-on-sales = Activada solo con las respuestas de Ventas
export-fired-on-product = Activada solo con las respuestas de Producto
export-fired-on-sales-inline = activada solo con las respuestas de Ventas
export-fired-on-product-inline = activada solo con las respuestas de Producto
export-scope-inline-overall = global
export-scope-inline-sales = Ventas
export-scope-inline-product = Producto
export-signal-healthy = ✔ sana
export-signal-toxic = ⚠ tóxica
export-weight = peso { $weight }
export-question-for-the-room = Pregunta para la sala:
export-source-label = Fuente:
export-nearly-fired = Casi activadas
export-comments = Comentarios (agrupados y mezclados)
export-no-comments = (ninguno)
export-agreements = Acuerdos
export-none-yet = Ninguno todavía.
export-answers-finding = responde a: { $finding }
export-the-overall-verdict = el veredicto global
export-actions = Acciones
export-done = Hecha
export-action = Acción
export-owner = Responsable
export-due = Fecha límite
export-answers = Responde a
export-done-yes = ☑ sí
export-done-no = ☐ no
export-owner-sales = Ventas
export-owner-product = Producto
export-owner-joint = Conjunta
export-owner-executive-sponsor = Patrocinio ejecutivo
compare-report-title = { $count ->
    [one] Comparación de { $count } taller
   *[other] Comparación de { $count } talleres
}
compare-report-page-title = Comparación de talleres
compare-report-date = Fecha
compare-report-workshop = Taller
compare-report-sales = Ventas
compare-report-product = Producto
compare-report-verdict = Veredicto
compare-report-sales-verdict = Veredicto de Ventas
compare-report-product-verdict = Veredicto de Producto
compare-report-weights = Peso tóxico / sano
compare-report-withheld = oculto
compare-report-below-floor = El taller { $number } está por debajo del umbral de anonimato: solo se comparan sus recuentos.
compare-report-hinge-question = ¿Depende un veredicto de una sola respuesta?
compare-report-friction-heading = Nivel de fricción (0–3) y brecha de percepción
compare-report-perception-gap = Brecha de percepción
compare-report-sales-change = Cambio en Ventas
compare-report-product-change = Cambio en Producto
compare-report-gap-change = Cambio en la brecha
compare-report-better = mejor
compare-report-worse = peor
compare-report-relationship-heading = Respuestas sobre la relación (proporción de participantes)
compare-report-answer = Respuesta
compare-report-number-sales = n.º { $number } Ventas
compare-report-number-product = n.º { $number } Producto
compare-report-changes-heading = Qué cambió de un taller al siguiente
compare-report-verdict-change = Veredicto: { $before } → { $after }
compare-report-moved = Media de «{ $statement }»: { $from } → { $to } ({ $change })
compare-report-festering = **Enquistado** (tóxico en ambos): { $rules }
compare-report-actions-done = Acciones del n.º { $number }: { $done } de { $count } hechas
compare-report-left-out = Los talleres usaron cuestionarios distintos. Comparadas: las { $shared } afirmaciones que comparten. Omitidas: { $left }.
compare-report-trend-title = Nivel de fricción y brecha de percepción a lo largo del tiempo
compare-report-trend-axis = Nivel de fricción (0–3) · brecha
compare-report-trend-caption = Nivel medio de fricción (0–3) de Ventas y de Producto, y la brecha de percepción, taller a taller.
compare-report-gap = Brecha
compare-report-sales-level = Nivel de Ventas
compare-report-product-level = Nivel de Producto
compare-report-festering-column = Enquistado
compare-report-details = Detalles
cli-note-withheld = nota: resultados ocultos por debajo del umbral de anonimato; solo se exportaron los recuentos
cli-note-recovery = nota: { $path } contiene trabajo sin guardar más reciente que el archivo del taller
cli-room-open = Sala abierta para «{ $title }». Los teléfonos de la misma red responden en la dirección de arriba; Ctrl-C cierra la sala.
cli-room-closed = { $count ->
    [one] Sala cerrada. { $path } contiene { $count } respuesta.
   *[other] Sala cerrada. { $path } contiene { $count } respuestas.
}
cli-room-not-counted = { $error }; esa respuesta no se contó
cli-classify-withheld = Los resultados se ocultan hasta que cada equipo tenga al menos { $floor } respuestas (a Ventas le faltan { $sales }, a Producto { $product }).
cli-classify-verdict-stability = Veredicto de { $scope }: { $words }.
cli-classify-perception-gap = Brecha de percepción: { $gap } (nivel medio de fricción Ventas − Producto, 0–3)
cli-classify-fired = Reglas activadas, { $scope }:
cli-classify-none = ninguna
cli-classify-nearly-fired = casi activada: { $rule }
cli-classify-relationship = Relación
