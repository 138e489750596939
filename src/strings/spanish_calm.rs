//! The Spanish words of Calm together: warm, short, easy to read aloud, never blaming.

use super::{CalmSettingsStrings, CalmStrings, FeelingStrings};
use crate::model::checkin::Feeling;
use crate::model::exercise::{BodyPart, Counted, Exercise};
use crate::model::pacing::Length;
use crate::model::script::Cue;

/// An exercise's name (in the core table, so Home can name one without the calm words).
pub(super) fn name(exercise: Exercise) -> &'static str {
    match exercise {
        Exercise::Balloon => "Respiración del globo",
        Exercise::FlowerAndCandle => "La flor y la vela",
        Exercise::Bubble => "Burbujas",
        Exercise::StarfishHand => "Mano de estrella",
        Exercise::BirthdayCandles => "Velitas de cumpleaños",
        Exercise::BoxBreathing => "Respiración cuadrada",
        Exercise::SpaghettiBody => "Cuerpo de espagueti",
        Exercise::TurtleTime => "La tortuga",
        Exercise::ButterflyHug => "Abrazo de mariposa",
        Exercise::FiveSenses => "Los cinco sentidos",
    }
}

fn line(exercise: Exercise) -> &'static str {
    match exercise {
        Exercise::Balloon => "Inflamos el globo despacito y luego soltamos el aire despacito",
        Exercise::FlowerAndCandle => "Huele la flor, sopla la vela",
        Exercise::Bubble => "Sopla despacito para hacer una burbuja grande",
        Exercise::StarfishHand => "Recorre tu mano: un dedo, una respiración",
        Exercise::BirthdayCandles => "Cinco velitas, un soplido largo para cada una",
        Exercise::BoxBreathing => "Respira siguiendo un cuadrado",
        Exercise::SpaghettiBody => "Tieso como un robot, flojito como un espagueti",
        Exercise::TurtleTime => "Métete en tu caparazón y respira",
        Exercise::ButterflyHug => "Cruza los brazos y da toquecitos despacio",
        Exercise::FiveSenses => "Busca cosas que ver, tocar y escuchar",
    }
}

fn guide(exercise: Exercise) -> &'static str {
    match exercise {
        Exercise::Balloon => "Siéntense juntos. Pongan una mano, o un peluche, sobre la pancita. Diga: “Vamos a inflar nuestro globo despacito… y a soltar el aire todavía más despacito”. Respire con su niño o niña, un poco más despacio de lo que le sale natural. Pueden dejar los ojos abiertos.",
        Exercise::FlowerAndCandle => "Levante un dedo como si fuera una flor y otro como si fuera una vela. Diga “Huele la flor” mientras toman aire por la nariz, y “Sopla la vela” mientras sueltan el aire por la boca, largo y suave.",
        Exercise::Bubble => "Hagan como si tuvieran un aro para hacer burbujas. Diga: “Si soplamos muy despacito, la burbuja se hace cada vez más grande”. Lo importante es soltar el aire despacio y con suavidad; no hace falta tomar aire con fuerza.",
        Exercise::StarfishHand => "Abra una mano como una estrella de mar. Con un dedo de la otra mano, suba por un dedo mientras toma aire y baje mientras lo suelta. Ayude a su niño o niña a recorrer su propia mano. Cinco dedos, cinco respiraciones.",
        Exercise::BirthdayCandles => "Levante cinco dedos como si fueran velitas de cumpleaños. Con cada soplido largo, apaguen una velita y doblen ese dedo. Cuenten juntos.",
        Exercise::BoxBreathing => "Para niños más grandes y adultos. Sigan el punto alrededor del cuadrado: tomen aire por el lado de arriba, guarden el aire, suéltenlo, guarden el aire. Si guardar el aire se siente difícil, solo respiren; los más pequeños nunca aguantan la respiración.",
        Exercise::SpaghettiBody => "Primero sean robots tiesos: aprieten fuerte la parte del cuerpo que aparece en la pantalla. Luego sean espaguetis flojitos: suéltenla por completo. Muéstrelo con su propio cuerpo; está bien hacer payasadas.",
        Exercise::TurtleTime => "Diga: “Cuando tenemos un sentimiento grande, podemos ser tortugas”. Noten el sentimiento, frenen el cuerpo, métanse en su caparazón (los brazos alrededor del cuerpo, la cabeza agachada; está bien tener los ojos abiertos) y tomen tres respiraciones lentas. Luego salgan y piensen juntos qué pueden hacer.",
        Exercise::ButterflyHug => "Crucen los brazos sobre el pecho, con las manos en los hombros como alas de mariposa. Den un toquecito con un ala y luego con la otra, despacio, como muestra la pantalla, y respiren despacio. Háganlo juntos, cara a cara: su niño o niña le copia, así que basta con decir “toque, toque”.",
        Exercise::FiveSenses => "Lea cada paso en voz alta y miren juntos a su alrededor. Nombren cinco cosas que puedan ver, cuatro que puedan tocar y tres que puedan escuchar. Desde los 5 años, también dos cosas que puedan oler y a qué sabe su boca en ese momento (un sorbo de agua ayuda). No se lleva nada nuevo a la boca. Se empieza y se termina con una respiración lenta de pancita.",
    }
}

fn cue(exercise: Exercise, cue: Cue) -> &'static str {
    match (exercise, cue) {
        (Exercise::FlowerAndCandle, Cue::BreatheIn) => "Huele la flor",
        (Exercise::FlowerAndCandle, Cue::BreatheOut) => "Sopla la vela",
        (Exercise::Bubble, Cue::BreatheOut) => "Sopla despacito una burbuja grande",
        (Exercise::Balloon, Cue::BreatheIn) => "Inflamos el globo",
        (Exercise::Balloon, Cue::BreatheOut) => "Soltamos el aire despacito",
        (Exercise::StarfishHand, Cue::BreatheIn) => "Toma aire, sube por el dedito",
        (Exercise::StarfishHand, Cue::BreatheOut) => "Suelta el aire, baja por el dedito",
        (Exercise::BirthdayCandles, Cue::BreatheOut) => "Sopla una velita",
        (Exercise::TurtleTime, Cue::BreatheIn) => "En tu caparazón, toma aire",
        (Exercise::TurtleTime, Cue::BreatheOut) => "En tu caparazón, suelta el aire",
        (_, Cue::BreatheIn) => "Toma aire",
        (_, Cue::Hold) => "Guarda el aire",
        (_, Cue::BreatheOut) => "Suelta el aire",
        (_, Cue::Squeeze) => "Aprieta como un robot",
        (_, Cue::LetGo) => "Aflójate como un espagueti",
        (_, Cue::TapLeft) => "Toque",
        (_, Cue::TapRight) => "Y toque",
        (_, Cue::Notice) => "¿Qué sientes?",
        (_, Cue::StopBody) => "Frena tu cuerpo",
        (_, Cue::TuckIn) => "Métete en tu caparazón",
        (_, Cue::ComeOut) => "Sal despacito",
        (_, Cue::Think) => "¿Qué podemos hacer ahora?",
        (_, Cue::See) => "Busca cinco cosas que puedas ver",
        (_, Cue::Feel) => "Busca cuatro cosas que puedas tocar",
        (_, Cue::Hear) => "Busca tres cosas que puedas escuchar",
        (_, Cue::Smell) => "Busca dos cosas que puedas oler",
        (_, Cue::Taste) => "¿A qué sabe tu boca ahora?",
    }
}

fn body_part(part: BodyPart) -> &'static str {
    match part {
        BodyPart::Hands => "Manos",
        BodyPart::Arms => "Brazos",
        BodyPart::Legs => "Piernas",
        BodyPart::Tummy => "Pancita",
    }
}

fn feeling(feeling: Feeling) -> &'static str {
    match feeling {
        Feeling::Happy => "Feliz",
        Feeling::Calm => "En calma",
        Feeling::Sad => "Triste",
        Feeling::Worried => "Con nervios",
        Feeling::Angry => "Con enojo",
        Feeling::Scared => "Con miedo",
        Feeling::Tired => "Con sueño",
        Feeling::Silly => "Con ganas de jugar",
    }
}

fn size(size: u8) -> &'static str {
    match size {
        1 => "Chiquitito",
        2 => "Pequeño",
        3 => "Mediano",
        4 => "Grande",
        _ => "Enorme",
    }
}

fn length(length: Length) -> String {
    match length {
        Length::Breaths(1) => "1 respiración".into(),
        Length::Breaths(n) => format!("{n} respiraciones"),
        Length::Minutes(1) => "1 minuto".into(),
        Length::Minutes(n) => format!("{n} minutos"),
    }
}

fn count(counted: Counted, round: u32, of: u32) -> String {
    match counted {
        Counted::Steps => format!("Paso {round} de {of}"),
        Counted::Taps => format!("Aleteo {round} de {of}"),
        Counted::Squares => format!("Vuelta {round} de {of}"),
        Counted::Breaths => format!("Respiración {round} de {of}"),
    }
}

pub static SPANISH_CALM: CalmStrings = CalmStrings {
    list_intro: "Elijan uno para hacer juntos. Pueden parar cuando quieran.",
    breathing_shelf: "Respiración",
    body_shelf: "Cuerpo y sentidos",
    for_older: "Para niños más grandes y adultos",
    line,
    guide,
    cue,
    body_part,
    length,
    count,

    stop_if_dizzy: "Si alguien siente mareo u hormigueo, paren y respiren como siempre. Se trata de respirar lento y suave, nunca de tomar mucho aire.",
    guide_button: "Para la persona adulta",
    length_label: "¿Cuánto dura?",

    grown_up_first_title: "Primero, la persona adulta",
    grown_up_first_line:
        "Primero calme su propio cuerpo y luego ayude a su niño o niña. Tres respiraciones lentas, solo para usted.",
    check_in_before_title: "Antes de empezar",
    check_in_after_title: "¿Cómo estamos ahora?",
    how_calm: "Para usted: ¿cuánta calma siente?",
    calm_low: "Sin calma",
    calm_high: "Mucha calma",

    start: "Empezar",
    pause: "Pausa",
    keep_going: "Seguir",
    stop: "Parar",
    next: "Siguiente",
    skip: "Saltar",
    done: "Listo",
    back_to_story: "Volver a nuestra historia",
    stop_any_time: "Puedes parar cuando quieras.",
    paused: "En pausa. Seguimos cuando quieran.",
    ready: "Cuando quieran, empezamos",
    breathe_slowly: "Respira despacito",

    ending_completed: "Lo hicimos juntos.",
    ending_stopped: "Paramos cuando lo necesitamos. Saber parar es algo muy bueno.",
    ending_line: "¿Cómo se siente tu cuerpo ahora?",
    saved: "Queda guardado en su progreso, en esta tableta.",

    sound_on: "Con sonido",
    sound_off: "Sin sonido",
};

pub static SPANISH_FEELINGS: FeelingStrings = FeelingStrings {
    feeling,
    size,
    how_feeling: "¿Cómo te sientes?",
    how_big: "¿Qué tan grande es el sentimiento?",
};

pub static SPANISH_CALM_SETTINGS: CalmSettingsStrings = CalmSettingsStrings {
    pace_label: "Ritmo",
    slower: "Más lento",
    faster: "Más rápido",
    pace_names: [
        "Mucho más lento",
        "Un poco más lento",
        "Ritmo normal",
        "Un poco más rápido",
        "Más rápido",
    ],
    length_label: "Duración habitual de una práctica (puede cambiarla cada vez)",
    lengths: ["Corta", "Normal", "Más larga"],
    settings_title: "Calmarnos juntos: cómo los guía",
    setting_grown_up_first:
        "Primero, la persona adulta: tres respiraciones lentas para usted antes de cada práctica",
    setting_chime: "Una campanita suave cuando sea hora de cambiar",
    setting_volume: "Volumen de la campanita",
    setting_speech: "Decir los pasos en voz alta (si esta tableta tiene voz)",
    setting_vibration: "Vibración suave (en los aparatos que la tienen)",
    setting_keep_awake: "Mantener la pantalla encendida durante un ejercicio",
    setting_gentle: "Imágenes tranquilas: nada crece ni se mueve; en su lugar, colores y números",
    quieter: "Más bajo",
    louder: "Más alto",
};
