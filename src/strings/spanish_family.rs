//! The Spanish words of the family's week, profiles, demo mode, display settings and About.

use super::spanish::{month_heading, month_name, month_short};
use super::FamilyStrings;

/// "1 historia", "3 historias"; nothing when there are none.
fn count(n: usize, one: &str, many: &str) -> Option<String> {
    match n {
        0 => None,
        1 => Some(format!("1 {one}")),
        n => Some(format!("{n} {many}")),
    }
}

fn delete_child_warning(name: &str, stories: usize, practices: usize) -> String {
    let with = match (
        count(stories, "historia", "historias"),
        count(practices, "práctica", "prácticas"),
    ) {
        (None, None) => String::new(),
        (Some(one), None) | (None, Some(one)) => format!(", con {one}"),
        (Some(stories), Some(practices)) => format!(", con {stories} y {practices}"),
    };
    format!(
        "Esto quita a {name} de esta tableta{with}. No se puede deshacer aquí, así que, si cree que lo \
         podría necesitar otra vez, guarde antes una copia de seguridad."
    )
}

/// "Este niño o niña ya no está…": a sentence starts with a capital.
fn delete_child_done(name: &str) -> String {
    let mut letters = name.chars();
    let first = letters
        .next()
        .map(|c| c.to_uppercase().to_string())
        .unwrap_or_default();
    format!("{first}{} ya no está en esta tableta.", letters.as_str())
}

pub const SPANISH_FAMILY: FamilyStrings = FamilyStrings {
    plan_title: "La práctica de esta semana",
    plan_help: "Con su terapeuta, elija qué practicar y qué días. En esos días aparece en Inicio, y se empieza con un toque. Si un día no practican, no pasa nada: no se marca.",
    plan_empty: "Todavía no hay nada planeado.",
    plan_add_label: "Algo para practicar",
    plan_add: "Agregar al plan",
    plan_remove: "Quitar del plan",
    weekdays: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],

    send_plan: "Enviar a la tableta de la familia",
    send_plan_needs_days: "Primero elija un día para al menos una práctica: solo se envían las prácticas con días.",
    send_title: "Enviar el plan de esta semana a la tableta de la familia",
    send_how: "En la tableta de la familia, abra la cámara, apúntela a este código y toque el enlace que aparece. O abra en esa tableta el enlace de abajo.",
    send_privacy: "Solo viaja el plan: qué prácticas y qué días. Ni nombres, ni historias, ni cómo se sentían. El plan va en la parte del enlace después del signo #, que los navegadores nunca envían a ningún servidor.",
    send_own_stories: "Una historia hecha en esta tableta se queda en esta tableta: en la tableta de la familia, esos días dicen «Leer una historia juntos».",
    send_qr_label: "Código QR del enlace del plan",
    send_link_label: "El enlace del plan",
    send_print: "Imprimir este plan",
    send_done: "Listo",
    plan_line: |activity, days| format!("{activity}: {}", spanish_list(days)),

    sent_title: "Un plan de su terapeuta",
    sent_intro: "Su terapeuta envió a esta tableta la práctica de esta semana:",
    sent_welcome_first: "Primero, escriba abajo el nombre del niño o la niña (o sáltelo). Después verá el plan que envió su terapeuta.",
    sent_for: "¿Para quién es este plan?",
    sent_for_child: |name| format!("Para {name}."),
    sent_nothing_changes: "Nada cambia en esta tableta hasta que usted elija.",
    sent_use: "Usar este plan",
    sent_replace: "Usarlo en lugar del plan de esta semana",
    sent_add: "Agregarlo al plan de esta semana",
    sent_not_now: "Ahora no",
    sent_has_plan: |name| format!("{name} ya tiene un plan esta semana. Este puede tomar su lugar, o agregarse a él."),
    sent_already: |name| format!("Este plan ya es el plan de {name} esta semana."),
    sent_taken: |name| format!("Listo. Cada día planeado, Inicio muestra la práctica de {name}, lista con un toque."),
    sent_go_home: "Ir a Inicio",
    sent_not_a_plan: "Este enlace no trae ningún plan. Un plan llega desde la tableta de su terapeuta, como código QR o como enlace.",
    sent_damaged: "Este enlace llegó cortado o cambiado, así que su plan no se puede leer. No cambió nada. Su terapeuta puede mostrar el código otra vez.",
    sent_newer: "Este plan se hizo con una versión más nueva de Calm Together. No cambió nada. Abra Calm Together con internet; cuando diga que hay una versión nueva, toque «Actualizar ahora» y abra el enlace otra vez.",

    delete_child_title: "Quitar a un niño o niña de esta tableta",
    delete_child: |name| format!("Quitar a {name} de esta tableta"),
    delete_child_hint: "Mantenga presionado 2 segundos",
    delete_child_warning,
    delete_child_done,
    unnamed_child: "este niño o niña",

    demo_title: "Modo de demostración",
    demo_help: "Para mostrar la aplicación, por ejemplo en una sesión. Aparecen un niño, una historia y prácticas de ejemplo; todo lo que se haga se borra al terminar la demostración. Las cosas de esta familia no se tocan.",
    demo_start: "Empezar la demostración",
    demo_end: "Terminar la demostración",
    demo_failed: "La demostración no pudo empezar en este navegador. No cambió nada.",
    demo_child_name: "Sami",
    demo_baby_name: "Luz",
    demo_grown_ups: "Mamá y el abuelo",
    demo_story_title: "Nuestra historia",
    demo_story_words: [
        "Este soy yo, Sami, con mamá. Nos gusta jugar en el jardín.",
        "Una noche hubo una tormenta muy grande. El viento hacía mucho ruido.",
        "Tuve miedo. Sentía la pancita apretada.",
        "Mamá me abrazó fuerte y respiramos despacio juntos.",
        "La tormenta se fue. Los ayudantes arreglaron nuestro techo.",
        "Ahora estamos a salvo. Mamá me cuida.",
    ],

    display_title: "Texto e idioma",
    text_size_label: "Tamaño del texto",
    text_sizes: ["Normal", "Grande", "Más grande"],

    about_title: "Acerca de",
    about_version: |version| format!("Calm Together, versión {version}"),
    about_privacy: "Nada sale de esta tableta, a menos que usted guarde un archivo de copia de seguridad. No hay cuenta, ni rastreo, ni publicidad; la aplicación no envía a ningún lado lo que ustedes hacen.",
    about_offline: "La única copia de sus historias, prácticas y grabaciones de su propia voz está en este navegador. Si borra los datos del navegador, también se borran, así que guarde una copia de seguridad de vez en cuando.",
    about_licences: "Licencias",
    about_pictures: "Imágenes: Fluent Emoji de Microsoft, licencia MIT.",
    about_exercises_title: "De dónde vienen los ejercicios",
    about_exercises: [
        "Abrazo de mariposa: Lucina Artigas e Ignacio Jarero (1998).",
        "Cuerpo de espagueti: basado en el guion de relajación para niños de Arnold Koeppen (1974).",
        "La tortuga: la técnica de la tortuga de Marlene Schneider y Arthur Robin (1976).",
        "Qué tan grande es el sentimiento: un termómetro de sentimientos, como se usa en terapia con niños.",
        "Respiración del globo, la flor y la vela, burbujas, mano de estrella, velitas de cumpleaños, respiración cuadrada y los cinco sentidos: formas comunes de calmarse con niños.",
        "Con un bebé: calmar a un bebé con el propio cuerpo y la propia voz de la persona adulta, como en la Psicoterapia Niño-Padres (Alicia Lieberman, Chandra Ghosh Ippen y Patricia Van Horn) y “Compartir su calma” de Zero to Three; decir lo que siente el bebé es la forma en que la CPP pone en palabras lo que vive un bebé.",
        "La seguridad del bebé: las recomendaciones de sueño seguro de la Academia Americana de Pediatría (2022) y las de los CDC de nunca sacudir a un bebé.",
    ],
    about_scenes: "Escenas y formas suaves: dibujadas para Calm Together.",
    about_code: "Hecho con Rust, Leptos, wasm-bindgen, web-sys, serde y gloo-storage (licencias MIT o Apache-2.0).",
    about_not_emergency: "Calm Together no es un servicio de emergencias. Si alguien está en peligro, llame al número de emergencias de su zona.",
    about_sources: "De dónde viene la guía para adultos",
    about_sources_help: "Las tarjetas de la guía se basan en estas fuentes. Su terapeuta conoce a su familia y es la mejor guía de todas.",

    guide_title: "Una guía para los adultos",
    guide_intro: "Tarjetas cortas para leer cuando tenga un minuto tranquilo: lo que puede notar, por qué pasa, lo que ayuda y cuándo contarle a su terapeuta. Son generales; su terapeuta conoce a su familia.",
    crisis_contacts_title: "Nuestros contactos de crisis",
    crisis_contacts_help: "Su terapeuta puede escribir aquí sus propios contactos: a quién llamar y sus números. Se quedan solo en esta tableta.",
    crisis_contacts_shared_tablet: "Si alguien que podría hacerle daño a usted o a su niño o niña puede usar esta tableta, guarde estos números en papel, en un lugar al que solo usted llegue, y hable con su terapeuta sobre un plan de seguridad.",
    crisis_contacts_none: "Todavía no hay contactos escritos aquí. Pídale a su terapeuta que los agregue con usted.",
    crisis_contacts_label: "Contactos para llamar (nombres y números)",

    progress_intro: "Lo que han hecho juntos, para usted y su terapeuta. Cada práctica cuenta, corta o larga.",
    progress_week: |n| if n == 1 { "práctica esta semana".into() } else { "prácticas esta semana".into() },
    progress_stories: |n| if n == 1 { "historia creada".into() } else { "historias creadas".into() },
    progress_pages: |n| if n == 1 { "página en total".into() } else { "páginas en total".into() },
    progress_month: month_heading,
    weekdays_short: ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    progress_practised: "con práctica",
    progress_list_title: "Prácticas",
    progress_nothing_yet: "Todavía no hay nada. Cuando practiquen juntos cómo calmarse, aparecerá aquí.",
    progress_date: |year, month, day| format!("{day} de {} de {year}", month_name(month)),
    progress_completed: "Hasta el final",
    progress_stopped_early: "Se detuvieron cuando les pareció bien",
    progress_no_check_in: "sin respuesta",
    progress_grown_up_calm: |calm| format!("calma de la persona adulta: {calm} de 5"),
    progress_check_ins: |before, after| format!("Antes: {before} · Después: {after}"),
    chart_title: "Antes y después",
    chart_intro: "Cada punto es el promedio de las respuestas de una semana. Las semanas sin respuestas no aparecen.",
    chart_nothing_yet: "Cuando respondan las preguntas de antes y después de una práctica, aparecerán aquí en una gráfica, semana a semana.",
    chart_before: "Antes de una práctica",
    chart_after: "Después de una práctica",
    chart_size_title: "Qué tan grande era el sentimiento difícil del niño o la niña",
    chart_size_hint: "Solo cuando el sentimiento era nervios, miedo, tristeza o enojo: de 1 (un poquito) a 5 (enorme). Más bajo quiere decir que el sentimiento difícil se hizo más pequeño.",
    chart_calm_title: "Cuánta calma sentía la persona adulta",
    chart_calm_hint: "De 1 (nada de calma) a 5 (mucha calma). Más alto quiere decir más calma.",
    chart_week: |month, day| format!("{day} {}", month_short(month)),
    chart_month_short: month_short,
    chart_average: |average| format!("{average:.1}"),
    chart_summary: super::spanish::chart_summary,
    chart_show_table: "Ver como tabla",
    chart_table_caption: "Las respuestas, semana a semana: promedios del 1 al 5",
    chart_week_heading: "Semana del",
    chart_practices_heading: "Prácticas",
    chart_size_before: "Tamaño del sentimiento, antes",
    chart_size_after: "Tamaño del sentimiento, después",
    chart_calm_before: "Calma de la persona adulta, antes",
    chart_calm_after: "Calma de la persona adulta, después",
    chart_no_answers: "sin respuestas",
    children_label: "¿Quién está usando Calm Together?",
    children_help: "Toque a un niño o niña para que sea quien usa la aplicación. Cada uno tiene sus propias historias y prácticas.",
    add_child: "Agregar un niño o niña",
    new_child_name: "Nombre del niño o niña",
    add_child_confirm: "Agregar",
    avatar_label: "La imagen del niño o niña",
    grown_ups_label: "Quiénes cuidan al niño o niña (por ejemplo: Mamá y el abuelo)",
    gate_title: "Esta parte es para los adultos",
    gate_line: "Aquí están los ajustes, las copias de seguridad y los planes. Mantenga presionado el botón 2 segundos para entrar. Esto evita que los niños entren por accidente; no es una cerradura.",
    gate_hold: "Mantenga presionado para abrir",
    gate_hold_hint: "Siga presionando 2 segundos",
    gate_question: super::spanish::gate_question,
    gate_open: "Abrir",
    gate_wrong: "Esa no es la respuesta. Intente otra vez, o mantenga presionado el botón.",

    nickname_label: "El nombre de su niño o niña en la pantalla de inicio",
    nickname_help: "Puede ser un apodo. Se queda en esta tableta.",
    age_label: "¿Qué edad tiene su niño o niña?",
    age_help: "Así elegimos un ritmo suave para calmarse. A los menores de 5 años nunca se les pide que contengan la respiración.",

};

/// "lunes", "lunes y viernes", "lunes, miércoles y viernes" (no weekday begins with i-, so
/// never "e").
fn spanish_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} y {last}", rest.join(", ")),
    }
}
