//! The Spanish words of Our stories.

use super::spanish::month_name;
use super::spanish_pictures::spanish_picture_name;
use super::StoryStrings;
use crate::model::pictures::PictureCategory;
use crate::model::story::{Background, Chapter, Template};

fn template_name(template: Template) -> &'static str {
    match template {
        Template::OurStory => "Nuestra historia",
        Template::AllAboutMe => "Todo sobre mí",
        Template::Blank => "Un libro en blanco",
    }
}

fn template_line(template: Template) -> &'static str {
    match template {
        Template::OurStory => {
            "Mejor empezarla con su terapeuta. Cinco capítulos, de “Así somos” a un final a salvo"
        }
        Template::AllAboutMe => "Yo, mi familia, lo que me gusta, mi lugar seguro",
        Template::Blank => "Una página en blanco para empezar",
    }
}

fn page_count(pages: u32) -> String {
    if pages == 1 {
        "1 página".into()
    } else {
        format!("{pages} páginas")
    }
}

fn chapter_name(chapter: Chapter) -> &'static str {
    match chapter {
        Chapter::ThisIsUs => "Así somos",
        Chapter::SomethingHard => "Pasó algo difícil",
        Chapter::HowWeFelt => "Cómo se sentían nuestros cuerpos y nuestras caras",
        Chapter::WhatHelped => "Lo que nos ayudó, quién nos protegió",
        Chapter::NowWeAreSafe => "Ahora estamos a salvo",
        Chapter::Me => "Yo",
        Chapter::MyFamily => "Mi familia",
        Chapter::WhatILike => "Lo que me gusta",
        Chapter::MySafePlace => "Mi lugar seguro",
    }
}

fn chapter_prompt(chapter: Chapter) -> &'static str {
    match chapter {
        Chapter::ThisIsUs => "¿Quiénes son parte de nuestra familia? ¿Cómo era un día normal?",
        Chapter::SomethingHard => "Muéstrelo con toda la suavidad que quiera: basta con una imagen, una forma o un color. Pueden decir “hoy no”.",
        Chapter::HowWeFelt => "¿Cómo se sentían nuestras caras y nuestros cuerpos? ¿Qué tan grandes eran los sentimientos?",
        Chapter::WhatHelped => "¿Quién nos ayudó? ¿Qué hicimos? ¿Dónde estábamos a salvo?",
        Chapter::NowWeAreSafe => "¿Qué es diferente ahora? Digan lo que es verdad: “Ahora estamos a salvo”, “Ahora estamos más seguros” o “Hago todo lo que puedo para cuidarte”.",
        Chapter::Me => "Aquí estoy yo. ¿Cómo me veo?",
        Chapter::MyFamily => "¿Quiénes son parte de mi familia?",
        Chapter::WhatILike => "¿Qué me gusta hacer, comer y jugar?",
        Chapter::MySafePlace => "¿Dónde me siento a salvo y a gusto?",
    }
}

/// A picture's Spanish name; a picture not in the set (never one the app offers) is read as
/// its name with spaces.
fn picture_name(name: &str) -> String {
    spanish_picture_name(name).unwrap_or_else(|| name.replace('-', " "))
}

fn category_name(category: PictureCategory) -> &'static str {
    match category {
        PictureCategory::People => "Personas y familia",
        PictureCategory::Feelings => "Sentimientos",
        PictureCategory::Places => "Lugares",
        PictureCategory::Happenings => "Cosas que pasan",
        PictureCategory::Comfort => "Ayuda y consuelo",
        PictureCategory::Animals => "Animales",
        PictureCategory::Nature => "Naturaleza",
        PictureCategory::HardThings => "Formas para lo difícil",
    }
}

/// Spanish writes months in lower case in a date ("el 3 de noviembre").
fn changed_when(days_ago: i64, month: u32, day: u32) -> String {
    match days_ago {
        0 => "Último cambio: hoy".into(),
        1 => "Último cambio: ayer".into(),
        _ => format!(
            "Último cambio: el {day} de {}",
            month_name(month).to_lowercase()
        ),
    }
}

fn copy_title(title: &str) -> String {
    format!("{title} (copia)")
}

fn deleted(title: &str) -> String {
    format!("Se borró “{title}”. Durante 30 días, los adultos todavía pueden recuperarla.")
}

fn page_of(index: usize, count: usize) -> String {
    format!("Página {} de {count}", index + 1)
}

fn colour_name(colour: u8) -> &'static str {
    match colour {
        0 => "Rojo",
        1 => "Naranja",
        2 => "Amarillo",
        3 => "Verde",
        4 => "Azul",
        _ => "Morado",
    }
}

fn scene_name(background: Background) -> &'static str {
    match background {
        Background::HomeInside => "Casa",
        Background::Bedroom => "Cuarto",
        Background::Outside => "Afuera",
        Background::Street => "Calle",
        Background::Car => "En el carro",
        Background::School => "Escuela",
        Background::Clinic => "Clínica",
        Background::NightSky => "Cielo de noche",
        Background::Plain(0) => "Crema",
        Background::Plain(1) => "Menta",
        Background::Plain(2) => "Durazno",
        Background::Plain(3) => "Lila",
        Background::Plain(4) => "Verde lima",
        Background::Plain(_) => "Rosa",
    }
}

fn page_label(index: usize) -> String {
    format!("Página {}", index + 1)
}

pub static SPANISH_STORY: StoryStrings = StoryStrings {
    shelf_intro: "Libros con imágenes que hacen juntos y leen juntos.",
    shelf_empty: "Todavía no hay historias. “Todo sobre mí” es una buena historia para hacer juntos en casa; “Nuestra historia” es mejor empezarla con su terapeuta.",
    new_story: "Nueva historia",
    choose_template: "¿Cómo quieren empezar?",
    template_name,
    template_line,
    page_count,
    open: "Abrir",
    read: "Leer juntos",
    not_found: "No encontramos esta historia en esta tableta.",
    changed_when,
    more: "Más",
    rename: "Cambiar el título",
    save_title: "Guardar el título",
    make_copy: "Hacer una copia",
    copy_title,
    delete_story: "Borrar esta historia",
    hold_hint: "Mantenga presionado durante 2 segundos",
    deleted,
    bring_back: "Recuperarla",
    back_to_shelf: "Nuestras historias",

    chapter_name,
    chapter_prompt,
    picture_name,
    category_name,

    title_label: "Título",
    undo: "Deshacer",
    redo: "Rehacer",
    page_label,
    pages_label: "Páginas",
    add_page: "Agregar una página",
    duplicate_page: "Copiar esta página",
    delete_page: "Quitar esta página",
    delete_page_confirm: "Sí, quitarla",
    keep_page: "Conservarla",
    move_earlier: "Mover antes",
    move_later: "Mover después",
    must_end_safe: "“Nuestra historia” siempre termina con “Ahora estamos a salvo”, por eso esa página se queda al final.",

    pictures_tab: "Imágenes",
    words_tab: "Palabras",
    feeling_tab: "Sentimiento",
    draw_tab: "Dibujar",
    scene_tab: "Escena",
    picture_tools: "La imagen elegida",
    bigger: "Más grande",
    smaller: "Más pequeña",
    turn_left: "Girar a la izquierda",
    turn_right: "Girar a la derecha",
    flip: "Voltear",
    forward: "Al frente",
    backward: "Al fondo",
    remove_picture: "Quitar",
    canvas_label: "La página",
    tap_to_add: "Toque una imagen para ponerla en la página. Arrástrela con un dedo para moverla.",
    picture_keys: "Las flechas del teclado la mueven, y las teclas de más y menos la hacen más grande o más pequeña.",

    draw_help: "Dibuje en la página con un dedo. Las imágenes no se mueven mientras dibuja.",
    colours: "Color",
    colour_name,
    line_size: "Línea",
    thin: "Delgada",
    thick: "Gruesa",
    eraser: "Borrador",
    clear_drawing: "Borrar todo el dibujo",
    scene_title: "¿Dónde estamos en esta página?",
    scene_name,

    words_label: "Palabras para esta página",
    words_help: "Hasta 500 letras. Escriba lo que dice su niño o niña, tal como lo dice.",
    words_by: "¿De quién son las palabras?",
    child_words: "Las palabras del niño o la niña",
    grown_up_words: "Las palabras de la persona adulta",
    no_feeling: "Ningún sentimiento",
    saved: "Guardado",
    saving: "Guardando…",
    not_saved: "Todavía sin guardar",
    not_kept: "No se guarda",

    previous_page: "Página anterior",
    next_page: "Página siguiente",
    read_aloud: "Leer las palabras en voz alta",
    the_end: "Fin",
    end_safe_title: "Terminemos en un lugar seguro",
    end_safe_line: "Las historias terminan a salvo. ¿Agregamos juntos una página de “Ahora estamos a salvo”?",
    add_safe_page: "Agregar una página de “Ahora estamos a salvo”",
    edit_story: "Cambiar la historia",
    print_story: "Imprimir",
    print: "Imprimir",
    print_help: "Cada página de la historia en su propia hoja. Llévela a su terapeuta o guárdela en un lugar privado, donde solo la vea su familia.",
    back_to_story: "Volver a la historia",
    page_of,
    calm_break: "Pausa para calmarnos",
    quick_hide: "Ocultar rápido",
    books_title: "Libros para leer juntos",
    books_intro: "Libros cortos que vienen con Calm Together, sobre los sentimientos grandes y sentirse a salvo. Léanlos juntos, o hagan una copia a su manera.",
    make_it_ours: "Hacerlo nuestro",
    try_exercise: |name| format!("Probémoslo juntos: {name}"),
    hold_to_show: "Mantenga presionado aquí un momento para volver a ver la historia",
};
