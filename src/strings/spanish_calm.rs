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
        Exercise::ChestToChest => "Pecho con pecho",
        Exercise::RockAndSway => "Mecer despacio",
        Exercise::HumALullaby => "Canción de cuna",
        Exercise::SayWhatTheyFeel => "Decir lo que siente su bebé",
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
        Exercise::ChestToChest => "Abrace a su bebé y respire despacio por los dos",
        Exercise::RockAndSway => "Mézanse despacio, de un lado a otro",
        Exercise::HumALullaby => "Tararee bajito una canción que su bebé conoce",
        Exercise::SayWhatTheyFeel => "Ponga en palabras lo que siente su bebé",
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
        Exercise::ChestToChest => "Siéntese cómodamente y sostenga a su bebé derecho contra su pecho, con la cabeza girada hacia un lado para que la nariz y la boca queden libres, y rodéelo con los brazos. Siga el dibujo: tome aire por la nariz y suéltelo largo y despacio. Su bebé siente cómo su pecho sube y baja y su cuerpo se afloja, y toma prestada su calma. Diga bajito las palabras de la pantalla, o las suyas.",
        Exercise::RockAndSway => "Abrace a su bebé con una mano detrás de la cabeza y el cuello. Balancéese despacio de un lado a otro, o mézase en una silla: hacia un lado cuando el dibujo se inclina y de vuelta cuando regresa, más o menos un balanceo cada dos o tres segundos. Que los movimientos sean pequeños, suaves y tranquilos. Si quiere, tararee o diga “shh” con cada balanceo.",
        Exercise::HumALullaby => "Abrace a su bebé y tararee o cante una canción que conozca: una canción de cuna o una canción de su familia, siempre la misma. Use una voz baja, suave y lenta, y bájela aún más a medida que su bebé se calma. Si grabó su canción en Nuestra propia voz, suena al comienzo de cada medio minuto y puede tararear con ella.",
        Exercise::SayWhatTheyFeel => "Los bebés sienten las cosas que asustan antes de tener palabras para ellas. Sostenga a su bebé, mírele la cara y diga bajito lo que cree que siente: “Te asustaste. Aquí estoy. Conmigo estás a salvo”. Sus palabras y su voz tranquila le dicen a su bebé que los sentimientos grandes se pueden compartir, y que usted está ahí. Después respiren despacio juntos.",
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
        (Exercise::ChestToChest, Cue::BreatheIn) => "Tome aire despacio",
        (Exercise::ChestToChest, Cue::BreatheOut) => "Suelte el aire largo y despacio",
        (Exercise::SayWhatTheyFeel, Cue::BreatheIn) => "Abrace a su bebé: tome aire",
        (Exercise::SayWhatTheyFeel, Cue::BreatheOut) => "Suelte el aire despacio",
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
        (_, Cue::Sway) => "Hacia este lado",
        (_, Cue::SwayBack) => "Y de vuelta",
        (_, Cue::Hum) => "Tararee su canción bajito",
        (_, Cue::KeepHumming) => "Más bajito y más lento",
        (_, Cue::LookAtBaby) => "Mire la carita de su bebé",
        (_, Cue::NameFeeling) => "Diga: “Te asustaste”.",
        (_, Cue::ImHere) => "Diga: “Aquí estoy”.",
        (_, Cue::SafeWithMe) => "Diga: “Conmigo estás a salvo”.",
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
        Counted::Sways => format!("Balanceo {round} de {of}"),
        Counted::Verses => format!("Estrofa {round} de {of}"),
    }
}

fn baby_safety(exercise: Exercise) -> Option<&'static str> {
    match exercise {
        Exercise::ChestToChest => Some("No se duerma mientras su bebé está sobre su pecho. Si le da sueño, acueste a su bebé boca arriba en su propia cuna. Nunca se duerma con su bebé en un sofá o un sillón."),
        Exercise::RockAndSway => Some("Siempre con suavidad: sostenga la cabeza de su bebé y nunca sacuda a un bebé. Si siente enojo o que ya no puede más, acueste a su bebé boca arriba en su cuna, aléjese unos minutos para calmarse y luego vuelva."),
        Exercise::HumALullaby | Exercise::SayWhatTheyFeel => Some("Si su bebé se duerme, acuéstelo boca arriba en su propia cuna."),
        _ => None,
    }
}

fn soft_words(exercise: Exercise, round: u32) -> Option<&'static str> {
    const HOLDING: [&str; 4] = [
        "“Te tengo”.",
        "“Conmigo estás a salvo”.",
        "“Aquí estoy”.",
        "“Respiramos despacio juntos”.",
    ];
    const SWAYING: [&str; 3] = ["“Shh… shh…”", "“Te tengo”.", "“Despacito”."];
    let pick = |words: &[&'static str]| words[(round.max(1) as usize - 1) % words.len()];
    match exercise {
        Exercise::ChestToChest => Some(pick(&HOLDING)),
        Exercise::RockAndSway => Some(pick(&SWAYING)),
        _ => None,
    }
}

pub static SPANISH_CALM: CalmStrings = CalmStrings {
    list_intro: "Elijan uno para hacer juntos. Pueden parar cuando quieran.",
    baby_shelf: "Con un bebé (0 a 2 años)",
    baby_shelf_intro: "Para la persona adulta que sostiene al bebé: su bebé se calma con su cuerpo y con su voz.",
    breathing_shelf: "Respiración",
    body_shelf: "Cuerpo y sentidos",
    for_older: "Para niños más grandes y adultos",
    line,
    guide,
    cue,
    body_part,
    length,
    count,

    baby_safety,
    soft_words,
    say_softly: "Diga bajito:",
    how_baby_seems: "¿Cómo se ve su bebé?",
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
