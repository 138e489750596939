//! The Spanish words of backups ("copias de seguridad").

use super::spanish::month_name;
use super::BackupStrings;
use crate::model::backup::MergeReport;

fn deleted_when(deleted: (u32, u32), until: (u32, u32)) -> String {
    format!(
        "Se borró el {} de {}. Se puede recuperar hasta el {} de {}.",
        deleted.1,
        month_name(deleted.0),
        until.1,
        month_name(until.0)
    )
}

fn bring_back_titled(title: &str) -> String {
    format!("Recuperar “{title}”")
}

fn brought_back(title: &str) -> String {
    format!("“{title}” volvió a Nuestras historias.")
}

fn copy_of(slug: &str) -> &'static str {
    match slug {
        "family" => "Los perfiles de los niños y los planes de la semana",
        "practice-log" => "Las prácticas para calmarse",
        "calm-settings" => "Los ajustes para calmarse",
        "story-index" => "La lista de historias",
        _ if slug.starts_with("story.") => "Una historia",
        _ => "Algo guardado",
    }
}

fn copy_when(month: u32, day: u32, kilobytes: usize) -> String {
    format!(
        "Guardada aparte el {day} de {}, {kilobytes} KB",
        month_name(month)
    )
}

fn copies_total(kilobytes: usize, most: usize) -> String {
    format!("Entre todas ocupan {kilobytes} KB de los {most} KB que pueden usar las copias.")
}

fn summary_from(year: i32, month: u32, day: u32) -> String {
    format!(
        "Una copia de seguridad del {day} de {} de {year}",
        month_name(month)
    )
}

fn summary_children(names: &[String]) -> String {
    let named: Vec<&str> = names
        .iter()
        .map(|n| {
            if n.is_empty() {
                "sin nombre todavía"
            } else {
                n.as_str()
            }
        })
        .collect();
    match named.as_slice() {
        [] => "No hay perfiles de niños".into(),
        [one] => format!("1 niño o niña: {one}"),
        many => format!("{} niños: {}", many.len(), many.join(", ")),
    }
}

fn plural(count: usize, one: &str, other: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {other}")
    }
}

fn summary_stories(stories: usize, pages: usize) -> String {
    format!(
        "{} ({})",
        plural(stories, "historia", "historias"),
        plural(pages, "página", "páginas")
    )
}

fn summary_practices(practices: usize) -> String {
    plural(practices, "práctica de calma", "prácticas de calma")
}

fn summary_recordings(recordings: usize) -> String {
    format!(
        "{} de nuestra propia voz",
        plural(recordings, "grabación", "grabaciones")
    )
}

fn with_recordings(recordings: usize, tenths_of_megabyte: u64) -> String {
    format!(
        "Poner también en el archivo las grabaciones de nuestra propia voz ({}, {},{} MB: un archivo más grande)",
        recordings,
        tenths_of_megabyte / 10,
        tenths_of_megabyte % 10
    )
}

fn recordings_back(recordings: usize) -> String {
    let also = if recordings == 1 {
        "También volvió"
    } else {
        "También volvieron"
    };
    format!("{also} {}.", summary_recordings(recordings))
}

fn added(report: &MergeReport) -> String {
    let mut said = format!(
        "Agregamos {}, {} y {}.",
        plural(report.children_added, "niño o niña", "niños"),
        plural(report.stories_added, "historia", "historias"),
        plural(report.practices_added, "práctica", "prácticas")
    );
    match report.stories_updated {
        0 => {}
        1 => said.push_str(
            " 1 historia tenía cambios más recientes en la copia de seguridad y se actualizó; la versión anterior de esta tableta espera 30 días en “Historias borradas hace poco”.",
        ),
        n => said.push_str(&format!(
            " {n} historias tenían cambios más recientes en la copia de seguridad y se actualizaron; las versiones anteriores de esta tableta esperan 30 días en “Historias borradas hace poco”."
        )),
    }
    match report.stories_kept {
        0 => {}
        1 => said.push_str(
            " 1 historia tenía cambios más recientes en esta tableta y se dejó como estaba.",
        ),
        n => said.push_str(&format!(
            " {n} historias tenían cambios más recientes en esta tableta y se dejaron como estaban."
        )),
    }
    said
}

fn last_backup(days_ago: Option<i64>) -> String {
    match days_ago {
        None => "Todavía no ha guardado una copia de seguridad en esta tableta.".into(),
        Some(days) if days <= 0 => "Última copia de seguridad: hoy.".into(),
        Some(1) => "Última copia de seguridad: ayer.".into(),
        Some(days) => format!("Última copia de seguridad: hace {days} días."),
    }
}

pub static SPANISH_BACKUP: BackupStrings = BackupStrings {
    title: "Copias de seguridad",
    why: "Todo lo que ustedes hacen se guarda solo en esta tableta. Un archivo de copia de seguridad guarda una copia que puede recuperar aquí o en otra tableta. No se envía nada a ningún lado.",
    save: "Guardar una copia de seguridad",
    saved: "Su navegador debería guardar ahora el archivo de la copia de seguridad. Búsquelo en sus descargas (en un iPad, en la app Archivos). Cuando lo vea ahí, toque “Ya veo el archivo”.",
    i_see_the_file: "Ya veo el archivo",
    backup_counted: "Gracias. Esta copia de seguridad cuenta desde hoy; Inicio le volverá a recordar en dos semanas.",
    share: "Compartir o guardar en Archivos",
    shared: "Listo: la copia de seguridad se fue a donde usted eligió. Cuenta desde hoy.",
    share_cancelled: "No se compartió la copia de seguridad. No cambió nada.",
    share_failed: "Este navegador no pudo compartir el archivo. Puede usar “Guardar una copia de seguridad”.",
    save_failed: "Este navegador no guardó el archivo. Aquí no cambió nada.",
    restore_label: "Recuperar una copia de seguridad: elija el archivo",
    too_big: "Este archivo es demasiado grande para ser una copia de seguridad de Calm Together.",
    too_big_for_browser: "Esta copia de seguridad tiene más de lo que este navegador puede guardar, así que la aplicación no la va a usar. Su terapeuta le puede ayudar a decidir qué guardar.",
    restore_failed: "A este navegador se le acabó el espacio a mitad de camino, así que la aplicación dejó todo como estaba antes. Borrar copias guardadas aparte, o historias borradas hace poco, puede dejar espacio.",
    not_json: "La aplicación no puede leer este archivo como copia de seguridad. Puede estar incompleto o dañado.",
    not_a_backup: "Este archivo no es una copia de seguridad de Calm Together.",
    from_newer_app: "Esta copia de seguridad se hizo con una versión más nueva de Calm Together. Por favor, primero actualice la aplicación.",
    damaged: "Algo dentro de esta copia de seguridad está dañado, así que la aplicación no la va a usar.",
    nothing_changed: "No cambió nada en esta tableta.",
    summary_from,
    summary_children,
    summary_stories,
    summary_practices,
    summary_recordings,
    with_recordings,
    recordings_back,
    recordings_not_back: "Las grabaciones de nuestra propia voz no se pudieron guardar en este navegador; todo lo demás volvió.",
    add: "Agregar a lo que ya hay",
    replace: "Reemplazar lo que hay",
    cancel: "Cancelar",
    replace_warning: "Al reemplazar, la copia de seguridad toma el lugar de todo lo que hay en esta tableta: los niños, las historias y las prácticas que solo están aquí se van a perder. Puede guardar antes una copia de seguridad de lo que hay aquí.",
    save_first: "Guardar antes una copia de seguridad de lo que hay aquí",
    replace_confirm: "Sí, reemplazar todo",
    added,
    replaced: "Listo. Ahora esta tableta tiene lo que había en la copia de seguridad.",
    delete_title: "Empezar de cero",
    delete_everything: "Borrar todo lo que hay en esta tableta",
    delete_warning: "Esto borra los perfiles, las historias y las prácticas de todos los niños en esta tableta, y todas las grabaciones de nuestra propia voz. No se puede deshacer. Puede guardar antes una copia de seguridad.",
    delete_confirm: "Sí, borrar todo",
    delete_failed: "Este navegador no permitió borrar los datos. No cambió nada.",
    last_backup,
    browser_keeps: "Este navegador aceptó guardar sus datos.",
    deleted_lately_title: "Historias borradas hace poco",
    deleted_lately_help: "Una historia que se borra de Nuestras historias se queda aquí 30 días, por si se borró sin querer. Después se borra para siempre.",
    deleted_lately_none: "No se ha borrado ninguna historia en los últimos 30 días.",
    deleted_when,
    bring_back_titled,
    brought_back,
    copies_title: "Copias guardadas aparte",
    copies_help: "Cuando la aplicación encuentra información guardada que no puede leer, o cuando dos ventanas cambian lo mismo, guarda aquí una copia para que no se pierda nada. Puede guardar una copia en un archivo para su terapeuta o para quien le ayude con la tableta. Borre una copia cuando ya no la necesite.",
    copies_none: "No hay copias guardadas aparte.",
    copy_of,
    copy_unreadable: "No se pudo leer",
    copy_other_window: "Cambió en otra ventana",
    copy_when,
    copies_total,
    save_copy: "Guardar en un archivo",
    delete_copy: "Borrar esta copia",
    copy_deleted: "Se borró la copia.",
    copy_delete_failed: "Este navegador no quiso borrar la copia. Sigue guardada.",
    browser_may_clear: "Este navegador puede borrar los datos cuando queda poco espacio o después de un tiempo sin usarse, así que guarde una copia de seguridad de vez en cuando.",
};
