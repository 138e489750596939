use super::voice::VoiceStrings;

pub static SPANISH_VOICE: VoiceStrings = VoiceStrings {
    title: "Nuestra propia voz",
    intro: "Los niños se calman mejor con una voz que conocen. Grabe las palabras de cada paso con su propia voz y en su propio idioma: en la práctica, su grabación suena en lugar de la voz de la tableta.",
    why_microphone: "El micrófono se usa solo mientras graba, después de tocar Grabar; el navegador le pregunta primero. Las grabaciones se quedan en esta tableta y nunca se envían a ningún lugar.",
    pages_where: "También puede leer nuestras historias y los libros con su voz: abra uno con “Leer juntos” y toque “Grabar esta página con nuestra voz” en cada página.",
    how_to_say: "Diga las palabras despacio y con suavidad, como se las diría a su niño o niña. Un paso dura unos segundos: se guardan hasta 10 segundos.",
    how_to_sing: "Tararee o cante bajito la canción de su bebé, como lo haría a la hora de dormir: se guardan hasta 30 segundos, y suena al comienzo de cada medio minuto de la práctica.",
    exercise_label: "¿Qué práctica?",
    recorded: spanish_recorded,
    not_recorded: "Sin grabar: lo dice la voz de la tableta, si está activada.",
    record: "Grabar",
    record_again: "Grabar de nuevo",
    listen: "Escuchar",
    delete: "Borrar",
    asking: "Esperando el micrófono…",
    recording_now: "Grabando…",
    seconds_left: spanish_seconds_left,
    stop: "Parar la grabación",
    saving: "Guardando su grabación…",
    saved: "Grabado. Desde ahora suena en la práctica.",
    deleted: "Grabación borrada. La voz de la tableta vuelve a decir este paso, si está activada.",
    refused: "No se permitió el micrófono, así que no se grabó nada. Todo lo demás funciona igual. Para grabar, permita el micrófono para este sitio en los ajustes del navegador.",
    no_microphone: "No se encontró un micrófono, o lo está usando otra aplicación. No se grabó nada.",
    cannot_record: "Este navegador no puede grabar sonido. Las prácticas usan la voz de la tableta, si está activada.",
    not_kept: "Este navegador no puede guardar grabaciones aquí (en una ventana privada, por ejemplo). No se grabó nada.",
    full: "No queda espacio para más grabaciones. Borre algunas para grabar más.",
    failed: "Algo salió mal y no se grabó nada. Por favor, inténtelo de nuevo.",
    cannot_play: "Esta grabación no puede sonar en este navegador (quizás se hizo en otro). La voz de la tableta dice este paso. Grábelo de nuevo para oír su voz aquí.",
    used: spanish_used,
    none_yet: "Todavía no hay grabaciones.",
    demo: "En la familia de ejemplo, las grabaciones se borran cuando termina el ejemplo.",
    record_page: "Grabar esta página con nuestra voz",
    record_page_again: "Grabar esta página de nuevo",
    delete_page: "Borrar la grabación de esta página",
    read_in_our_voice: "Leer con nuestra voz",
    page_saved: "Grabado. Desde ahora esta página se lee con nuestra voz.",
    page_deleted: "Se borró la grabación de esta página.",
};

fn spanish_recorded(ms: u32) -> String {
    let seconds = ms.div_ceil(1000).max(1);
    if seconds == 1 {
        "Grabado: 1 segundo".into()
    } else {
        format!("Grabado: {seconds} segundos")
    }
}

fn spanish_seconds_left(seconds: u32) -> String {
    if seconds == 1 {
        "Queda 1 segundo".into()
    } else {
        format!("Quedan {seconds} segundos")
    }
}

fn spanish_used(count: usize, tenths_of_megabyte: u64) -> String {
    let recordings = if count == 1 {
        "1 grabación".to_string()
    } else {
        format!("{count} grabaciones")
    };
    format!(
        "{recordings}, {},{} MB de 50 MB",
        tenths_of_megabyte / 10,
        tenths_of_megabyte % 10
    )
}
