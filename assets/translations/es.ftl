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

## stages, library, comparison and import

workshop-verdict-healthy = Sana
workshop-verdict-toxic = Tóxica
workshop-verdict-insufficient = Muy pocas respuestas
workshop-scope-overall = Global
workshop-owner-joint = Conjunto
workshop-owner-executive-sponsor = Patrocinio ejecutivo
framing-title = Por qué estamos aquí
framing-quotation = «¿Cómo describiría la relación entre la organización de ventas y el equipo de producto?» — pregunta hecha a equipos de producto, Study of Product Team Performance, Actuation Consulting 2014 (traducido del inglés)
framing-quotation-translated = «¿Cómo describiría la relación entre la organización de ventas y el equipo de producto?» — pregunta hecha a equipos de producto, Study of Product Team Performance, Actuation Consulting 2014 (traducido del inglés)
framing-bar = { $answer }: { $share }
framing-study = El estudio de 2014
framing-axis = % de equipos de producto
framing-study-note = El estudio da 23,70 % y 2,89 % para las dos últimas respuestas y 73,41 % para las dos primeras juntas, con «algo más del 9 %» completamente alineados; 9,25 % es nuestra lectura de «algo más del 9 %», y 64,16 % es 73,41 % menos 9,25 %.
framing-quarter = Más de una cuarta parte (26,59 %) señala una fricción importante o constante. ¿Cómo lo ve Ventas? Hoy preguntamos a ambas partes.
framing-healthy = ✔ Fricción sana
framing-healthy-text = Surge de puntos de vista distintos: una hoja de ruta a 12 meses frente a objetivos trimestrales. Discrepamos sobre el trabajo —prioridades, alcance, plazos— y lo resolvemos con un compromiso o con una decisión de la dirección.
framing-toxic = ⚠ Fricción tóxica
framing-toxic-text = Si se deja enquistar, se vuelve personal: culpas, frustración, desconfianza, y nadie sabe quién decide. Eso es lo que queremos encontrar y corregir.
framing-agenda = Agenda
framing-agenda-line = { $number }. { $line }
framing-agenda-timed = { $number }. { $line } ({ $minutes } min)
framing-agenda-capture = Todos responden, uno a uno, de forma anónima
framing-agenda-reveal = Vemos los resultados lado a lado
framing-agenda-diagnose = Sana o tóxica, y por qué
framing-agenda-agree = Acuerdos y acciones
framing-agenda-close = Resumen y próximo taller
framing-promise = Nuestra promesa: sus respuestas son anónimas
framing-promise-text = Con sus respuestas no se guarda ningún nombre, dispositivo ni hora. No se muestra nada hasta que Ventas y Producto tengan cada uno al menos { $floor } respuestas. Los comentarios se muestran agrupados y mezclados, nunca con el nombre de un equipo.
framing-next = Siguiente: Recogida ➡
reveal-title = Resultados
reveal-withheld = Los resultados están retenidos
reveal-withheld-text = No se muestra nada hasta que Ventas y Producto tengan cada uno al menos { $floor } respuestas, para que nadie pueda ser identificado.
reveal-count-enough = { $count ->
    [one] { $team }: 1 respuesta (suficientes)
   *[other] { $team }: { $count } respuestas (suficientes)
}
reveal-count-needed = { $count ->
    [one] { $team }: 1 respuesta (faltan { $needed })
   *[other] { $team }: { $count } respuestas (faltan { $needed })
}
reveal-ready = Los resultados están listos
reveal-ready-counts = Han llegado { $sales } respuestas de Ventas y { $product } de Producto.
reveal-ready-text = Al revelarlos, la sala los ve. Las respuestas dadas después se retienen hasta que haya al menos { $floor } de una misma función, para que nunca se puedan distinguir las respuestas de quien llega tarde.
reveal-button = Revelar los resultados
reveal-held-back-sales = { $count ->
    [one] 1 respuesta de Ventas retenida: se mostrará cuando haya { $floor }.
   *[other] { $count } respuestas de Ventas retenidas: se mostrarán cuando haya { $floor }.
}
reveal-held-back-product = { $count ->
    [one] 1 respuesta de Producto retenida: se mostrará cuando haya { $floor }.
   *[other] { $count } respuestas de Producto retenidas: se mostrarán cuando haya { $floor }.
}
reveal-not-revealed = Los resultados aún no se han revelado
reveal-not-revealed-text = Revélelos primero a la sala en la etapa Resultados.
reveal-go = Ir a Resultados
reveal-summary = { $sales } respuestas de Ventas y { $product } de Producto. Brecha de percepción (nivel de fricción Ventas − Producto, 0–3): { $gap }
reveal-next = Siguiente: Diagnóstico ➡
reveal-comments = Comentarios (agrupados y mezclados)
reveal-no-comments = Sin comentarios.
reveal-relationship = ¿Cómo describiría la relación?
reveal-study = Estudio 2014
reveal-axis-respondents = % de quienes respondieron
reveal-answer = Respuesta
reveal-study-note = Estudio 2014: el estudio da 23,70 % y 2,89 % para las dos últimas respuestas y 73,41 % para las dos primeras juntas, con «algo más del 9 %» completamente alineados; 9,25 % es nuestra lectura de «algo más del 9 %», y 64,16 % es 73,41 % menos 9,25 %.
reveal-statements = Afirmaciones: Ventas y Producto lado a lado
reveal-axis-gap = diferencia en la valoración media: ⬅ Producto está más de acuerdo · Ventas está más de acuerdo ➡
reveal-gap-series = Ventas − Producto
reveal-statement = Afirmación
reveal-gap = Diferencia
reveal-sources = Fuentes de fricción más citadas
reveal-source = Fuente
diagnose-title = Diagnóstico
diagnose-next = Siguiente: Acuerdos ➡
diagnose-weights = peso tóxico { $toxic } · peso sano { $healthy }
diagnose-how = Tóxica cuando las reglas tóxicas que se activaron pesan al menos tanto como las sanas. Cada veredicto y cada hallazgo se comprueba de nuevo quitando cada respuesta por separado; nunca se muestra qué respuesta podría cambiarlo.
diagnose-overall-notes = Notas sobre el veredicto global
diagnose-findings = Hallazgos: las reglas que se activaron
diagnose-none-fired = No se activó ninguna regla.
diagnose-alone = Hallazgos solo con las respuestas de una función
diagnose-alone-note = Estas reglas se activaron con las respuestas de una función, pero no con las de todos juntos: cuentan en el veredicto de esa función, no en el global.
diagnose-nearly = A punto de activarse
diagnose-nearly-line = { $signal } { $title } — { $explanation }
diagnose-signal-toxic = ⚠ tóxica
diagnose-signal-healthy = ✔ sana
diagnose-fired-sales = Activada solo con las respuestas de Ventas
diagnose-fired-product = Activada solo con las respuestas de Producto
diagnose-finding = { $signal } (peso { $weight }) · { $title }
diagnose-finding-alone = { $signal } (peso { $weight }) · { $title } · { $scope }
diagnose-ask = Pregunte a la sala: { $prompt }
diagnose-source = Fuente: { $citation }
diagnose-notes = Notas sobre «{ $title }»
diagnose-notes-sales = Notas sobre «{ $title }» (respuestas de Ventas)
diagnose-notes-product = Notas sobre «{ $title }» (respuestas de Producto)
agree-title = Acuerdos
agree-rules-of-engagement = Acuerdos de colaboración
agree-actions = Acciones
agree-add-action = + Añadir acción
agree-next = Siguiente: Cierre ➡
agree-what = A qué responder
agree-not-revealed = Los hallazgos aparecen aquí cuando se revelan los resultados.
agree-none-fired = No se activó ningún hallazgo: acuerden qué mantiene sana la fricción.
agree-alone-sales = { $title } (solo con las respuestas de Ventas)
agree-alone-product = { $title } (solo con las respuestas de Producto)
agree-alone-both = { $title } (solo con las respuestas de Ventas y solo con las de Producto)
agree-agreement = Acuerdo { $number }
agree-remove-agreement = Quitar el acuerdo { $number }
agree-add-agreement = + Añadir acuerdo
agree-action = Acción { $number }
agree-action-hint = Qué se hará
agree-done = Hecha
agree-remove-action = Quitar la acción { $number }
agree-action-empty = Indique qué se hará.
agree-owner = Responsable
agree-person = Persona
agree-person-hint = nombre (opcional)
agree-due = Fecha límite
agree-due-hint = AAAA-MM-DD
agree-calendar = Calendario
agree-due-invalid = Escriba la fecha como AAAA-MM-DD o elíjala en el calendario.
agree-answers = Responde a
agree-no-finding = ningún hallazgo
agree-did-not-fire = { $title } (no se activó)
agree-question = Pregunta para la sala: { $prompt }
close-title = Cierre
close-meta = { $organisation } · { $date } · facilitado por { $facilitator }
close-counts = { $sales } respuestas de Ventas y { $product } de Producto (umbral de anonimato { $floor })
close-withheld = Resultados retenidos: una función está por debajo del umbral de anonimato.
close-not-revealed = Resultados aún no revelados: revélelos a la sala en la etapa Resultados.
close-scope = { $scope }:
close-agreements = Acuerdos
close-none = Ninguno.
close-actions = Acciones
close-action = { $action } — { $owner }
close-action-due = { $action } — { $owner }, fecha límite { $due }
close-follow-up = Taller de seguimiento sugerido: { $date } (un trimestre después)
close-markdown = El resumen tal como se exporta (Markdown)
close-save = Guardar el taller
close-close = Cerrar el taller
close-unsaved = Cambios sin guardar
close-saved = Todos los cambios guardados
close-findings = Hallazgos
close-none-fired = No se activó ninguna regla.
close-finding = { $title }
close-finding-sales = { $title } · Activada solo con las respuestas de Ventas
close-finding-product = { $title } · Activada solo con las respuestas de Producto
close-ask = Pregunte a la sala: { $prompt }
close-notes = Notas: { $note }
workshop-export-html = Exportar informe HTML…
workshop-export-markdown = Exportar Markdown…
workshop-export-responses = Exportar respuestas (CSV)…
workshop-export-metrics = Exportar métricas (CSV)…
workshop-copy-markdown = Copiar Markdown
workshop-exporting = Exportando…
workshop-cannot-remove = No se pudo eliminar { $path }: { $error }
workshop-reveal-not-saved = { $error }. Los resultados siguen ocultos hasta que se pueda guardar la revelación.
workshop-saved = Guardado: { $path }
workshop-not-saved = { $error }. El taller sigue abierto con todos sus cambios.
workshop-restored = Se restauraron los cambios sin guardar. Guarde para conservarlos en el archivo del taller.
workshop-using-rules = { $count ->
    [one] Se usan las reglas «{ $name }» (1 regla).
   *[other] Se usan las reglas «{ $name }» ({ $count } reglas).
}
workshop-rules-kept = { $error }
    El taller conserva las reglas que tenía.
workshop-questionnaire-fixed = El cuestionario no puede cambiar una vez que hay respuestas: responden a este.
workshop-using-questionnaire = Se usa el cuestionario «{ $name }».
workshop-questionnaire-kept = { $error }
    El taller conserva el cuestionario que tenía.
home-tagline = Talleres de alineación entre Ventas y Producto: valoraciones anónimas de la fricción de ambas partes y un veredicto que puede comprobar a mano.
home-new = + Nuevo taller
home-open-file = Abrir archivo…
home-waiting = Esperando el diálogo de archivos…
home-rescan = Volver a leer la carpeta
home-folder = Talleres en { $folder }
home-recent = Archivos recientes
library-scanning = Leyendo… { $scanned } de { $total } archivos
library-filter = Filtrar
library-filter-hint = título, organización o fecha
library-compare-selected = Comparar selección ({ $count })
library-tick = Marque dos o más talleres para compararlos.
library-empty = Aún no hay talleres aquí. Empiece uno con «Nuevo taller».
library-compare-one = Comparar { $title }
library-in-participant-mode = en modo participante
library-not-revealed = sin revelar
library-open = Abrir
library-open-one = Abrir { $title }
library-recover = cambios sin guardar por recuperar
library-date = Fecha
library-title = Título
library-organisation = Organización
library-stage = Etapa
library-verdict = Veredicto
library-sort-date = Ordenar por fecha
library-sort-title = Ordenar por título
library-sort-organisation = Ordenar por organización
library-sort-sales = Ordenar por Ventas
library-sort-product = Ordenar por Producto
library-sort-stage = Ordenar por etapa
library-sort-verdict = Ordenar por veredicto
library-stage-setup = Preparación
library-stage-framing = Encuadre
library-stage-capture = Recogida
library-stage-reveal = Resultados
library-stage-diagnose = Diagnóstico
library-stage-agree = Acuerdos
library-stage-close = Cierre
compare-no-clear-change = { $change }, sin cambio claro
compare-better = { $arrow } { $change }, mejor
compare-worse = { $arrow } { $change }, peor
compare-library = ⬅ Biblioteca
compare-title = Comparación de { $count } talleres
compare-export-html = Exportar comparación (HTML)…
compare-export-markdown = Exportar comparación (Markdown)…
compare-below-floor = El taller del { $date } está por debajo del umbral de anonimato: solo se muestran sus recuentos.
compare-left-out = Estos talleres usaron cuestionarios distintos: se comparan las { $count } afirmaciones que comparten; quedan fuera: { $left }.
compare-all-hold = { $date }: todos los veredictos se mantienen sin importar qué respuesta se quite.
compare-stability-overall = { $date }, veredicto global: { $words }.
compare-stability-sales = { $date }, veredicto de Ventas: { $words }.
compare-stability-product = { $date }, veredicto de Producto: { $words }.
compare-trend = Nivel de fricción y brecha de percepción a lo largo del tiempo
compare-trend-description = Gráfico: nivel de fricción de Ventas y de Producto y brecha de percepción en la fecha de cada taller: { $dates }
compare-gap-series = Brecha de percepción (Ventas − Producto)
compare-axis-date = Fecha del taller
compare-axis-level = Nivel de fricción (0–3) · brecha
compare-step = Del { $from } al { $to }
compare-verdict-step = Veredicto: { $before } ➡ { $after }
compare-level-step-sales = Nivel de fricción de Ventas { $from } ➡ { $to } ({ $direction })
compare-level-step-product = Nivel de fricción de Producto { $from } ➡ { $to } ({ $direction })
compare-movers = Afirmaciones que más se movieron (media, 1–5)
compare-mover = { $statement }: { $from } ➡ { $to } ({ $direction })
compare-festering = ⚠ Enquistadas (tóxicas en ambos): { $rules }
compare-actions = Acciones del { $date }: { $done } de { $count } hechas
compare-date = Fecha
compare-workshop = Taller
compare-sales-answers = Respuestas de Ventas
compare-product-answers = Respuestas de Producto
compare-overall-verdict = Veredicto global
compare-sales-verdict = Veredicto de Ventas
compare-product-verdict = Veredicto de Producto
compare-weights = Peso tóxico / sano
compare-withheld = retenido
compare-friction-title = Nivel de fricción (0–3) y brecha de percepción (Ventas − Producto)
compare-sales-level = Nivel de fricción de Ventas
compare-product-level = Nivel de fricción de Producto
compare-gap = Brecha de percepción
compare-festering-column = Tóxica otra vez (enquistada)
compare-shares-title = Respuestas sobre la relación (porcentaje de quienes respondieron)
compare-study = Estudio (2014)
import-not-remembered = Las respuestas se importaron, pero no se pudo recordar la elección de columnas: { $error }
import-done = { $count ->
    [one] Se importó 1 respuesta de { $path }.{ $dropped }
   *[other] Se importaron { $count } respuestas de { $path }.{ $dropped }
}
import-nothing = { $error }. No se importó nada.
import-cannot-read = no se puede leer el archivo: { $error }
import-refused = { $path }: { $error }. No se importó nada.
import-comment = Comentario: { $prompt }
import-ignore = Ignorar esta columna
import-statement = Afirmación: { $text }
import-title = ¿A qué pregunta responde cada columna?
import-unknown = { $file } tiene columnas que Tandem no reconoce. Indique qué es cada una; Tandem recordará su elección para los archivos con las mismas columnas.
import-choose = Elegir…
import-import = Importar
import-cancel = Cancelar
