//! The Spanish words of the family's week, profiles, demo mode, display settings and About.

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
    about_offline: "La única copia de sus historias y prácticas está en este navegador. Si borra los datos del navegador, también se borran, así que guarde una copia de seguridad de vez en cuando.",
    about_licences: "Licencias",
    about_pictures: "Imágenes: Fluent Emoji de Microsoft, licencia MIT.",
    about_scenes: "Escenas y formas suaves: dibujadas para Calm Together.",
    about_code: "Hecho con Rust, Leptos, wasm-bindgen, web-sys, serde y gloo-storage (licencias MIT o Apache-2.0).",
    about_not_emergency: "Calm Together no es un servicio de emergencias. Si alguien está en peligro, llame al número de emergencias de su zona.",
};
