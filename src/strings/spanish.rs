//! The Spanish words of the app: neutral Latin-American Spanish, "tú" for the child and
//! "usted" for the grown-up.

use super::Strings;

pub(super) fn gate_question(a: u32, b: u32) -> String {
    format!("O responda: ¿cuánto es {a} + {b}?")
}

pub(super) fn chart_summary(
    title: &str,
    weeks: usize,
    before: Option<f32>,
    after: Option<f32>,
) -> String {
    let average = |value: Option<f32>| {
        value.map_or("sin respuestas".to_string(), |v| {
            format!("{v:.1} en promedio")
        })
    };
    format!(
        "{title}, en las últimas {weeks} semanas. Antes de una práctica: {}. Después: {}.",
        average(before),
        average(after)
    )
}

/// A month's Spanish name, lower case as Spanish writes it, 1 = enero (out of range is
/// brought in).
pub(super) fn month_name(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

const MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// A month's short name under the chart's dates: 11 → "nov".
pub(super) fn month_short(month: u32) -> String {
    month_name(month).chars().take(3).collect()
}

/// A heading starts with a capital: "Noviembre de 2026".
pub(super) fn month_heading(year: i32, month: u32) -> String {
    let name = month_name(month);
    let mut letters = name.chars();
    let first = letters
        .next()
        .map(|c| c.to_uppercase().to_string())
        .unwrap_or_default();
    format!("{first}{} de {year}", letters.as_str())
}

pub static SPANISH: Strings = Strings {
    language_tag: "es",
    exercise_name: super::spanish_calm::name,
    app_name: "Calm Together (En calma, juntos)",
    greeting: |name| format!("¡Hola, {name}!"),
    default_child_name: "corazón",
    home_prompt: "¿Qué hacemos juntos?",
    main_navigation: "Principal",
    home: "Inicio",
    back_to_list: "Todos los ejercicios",

    calm_title: "Calmarnos juntos",
    calm_hint: "Respirar y calmar el cuerpo",
    stories_title: "Nuestras historias",
    stories_hint: "Hacer y leer nuestros libros con dibujos",
    progress_title: "Progreso",
    progress_hint: "Los días que practicamos",
    grownups_title: "Adultos",
    grownups_hint: "Nombres, planes y copias de seguridad",
    language_label: "Idioma",
    welcome_title: "Bienvenidos a Calm Together: en calma, juntos",
    welcome_line: "Un lugar para calmarse juntos y para hacer sus propios libros con dibujos. Todo se queda en esta tableta.",
    welcome_name: "¿Cómo llamamos a su niño o niña? (Puede dejarlo en blanco.)",
    welcome_age: "¿Qué edad tiene? (Si quiere.)",
    welcome_begin: "Empecemos",
    welcome_skip: "Omitir por ahora",
    avatar_names: [
        ("teddy-bear", "Osito de peluche"),
        ("rabbit", "Conejo"),
        ("cat", "Gato"),
        ("dog", "Perro"),
        ("fox", "Zorro"),
        ("panda", "Panda"),
        ("owl", "Búho"),
        ("turtle", "Tortuga"),
        ("butterfly", "Mariposa"),
        ("sunflower", "Girasol"),
        ("rainbow", "Arcoíris"),
        ("star", "Estrella"),
    ],
    who_is_here: "¿Quién está aquí?",
    read_any_story: "Leer una historia juntos",
    read_story: |title| format!("Leer “{title}”"),
    today_title: "La práctica de hoy",
    today_start: "Empezar",
    today_done: "Hecho hoy",
    demo_banner: "Demostración: no se guarda nada",
    update_ready: "Hay una nueva versión de Calm Together lista.",
    update_now: "Actualizar ahora",
    offline_ready: "Calm Together ya quedó guardada en esta tableta, así que se abre incluso sin internet.",
    backup_reminder: "Para los adultos: hace tiempo que no guarda una copia de seguridad. Puede guardar una en Adultos.",
    age_toddler: "De 0 a 2 años",
    age_preschool: "De 3 a 4 años",
    age_early_school: "De 5 a 6 años",
    not_found_title: "No encontramos esa página",
    not_found_line: "No pasa nada. Volvamos al inicio.",
    part_opening: "Abriendo…",
    part_missing_title: "Esta página todavía no se pudo abrir",
    part_missing_line: "Necesita internet una vez. Lo que guardó está a salvo. Revise la conexión e inténtelo de nuevo.",
    part_try_again: "Intentar de nuevo",

    notice_unreadable: "No se pudo leer parte de la información guardada. Guardamos una copia a salvo y empezamos de nuevo aquí. Puede guardar la copia en un archivo para que alguien la revise.",
    notice_unreadable_not_copied: "No se pudo leer parte de la información guardada, y no había espacio para copiarla. La dejamos tal como estaba y no la vamos a cambiar. Por favor, guárdela en un archivo.",
    notice_changed_elsewhere: "Calm Together también está abierta en otra ventana, y las dos cambiaron lo mismo. Mostramos la versión guardada más reciente y guardamos a salvo la de esta ventana. Puede guardarla en un archivo.",
    notice_newer_app: "Parte de esta información se guardó con una versión más nueva de Calm Together. Para protegerla, esta versión no la va a cambiar. Por lo general, al volver a cargar la página se abre la versión más nueva.",
    notice_set_aside_full: "Las copias guardadas aparte ya ocupan todo el espacio que pueden usar, así que su último cambio todavía no se ha guardado. Sigue aquí en la pantalla. En Adultos, en “Copias guardadas aparte”, guarde las copias en un archivo y después bórrelas.",
    notice_full: "El almacenamiento de esta tableta está lleno, así que sus últimos cambios todavía no se han guardado. Siguen aquí en la pantalla, y vamos a seguir intentando.",
    notice_unavailable: "Este navegador no deja que Calm Together guarde nada, así que lo que hagan ahora se perderá al cerrarlo.",
    save_to_file: "Guardar en un archivo",
    saved_to_file: "Su navegador debería guardar ahora el archivo. Búsquelo en sus descargas (en un iPad, en la app Archivos).",
    save_to_file_failed: "No se pudo guardar el archivo. No se perdió nada: la copia sigue guardada aquí.",
    hide_notice: "Ocultar este mensaje",
    reload: "Volver a cargar",
    notices_label: "Mensajes sobre la información guardada",

    recover_title: "Algo salió mal",
    recover_message: "Calm Together se detuvo de forma inesperada. No fue por algo que usted hizo.",
    recover_data_safe: "Todo lo que guardó sigue a salvo en esta tableta.",
    recover_start_again: "Empezar de nuevo",
};
