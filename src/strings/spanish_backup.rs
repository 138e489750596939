//! The Spanish words of backups ("copias de seguridad").

use super::spanish::month_name;
use super::BackupStrings;
use crate::model::backup::MergeReport;

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
            " 1 historia tenía cambios más recientes en la copia de seguridad y se actualizó.",
        ),
        n => said.push_str(&format!(
            " {n} historias tenían cambios más recientes en la copia de seguridad y se actualizaron."
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
    saved: "Su navegador debería guardar ahora el archivo de la copia de seguridad. Búsquelo en sus descargas (en un iPad, en la app Archivos) antes de contar con él.",
    save_failed: "Este navegador no guardó el archivo. Aquí no cambió nada.",
    restore_label: "Recuperar una copia de seguridad: elija el archivo",
    too_big: "Este archivo es demasiado grande para ser una copia de seguridad de Calm Together.",
    not_json: "La aplicación no puede leer este archivo como copia de seguridad. Puede estar incompleto o dañado.",
    not_a_backup: "Este archivo no es una copia de seguridad de Calm Together.",
    from_newer_app: "Esta copia de seguridad se hizo con una versión más nueva de Calm Together. Por favor, primero actualice la aplicación.",
    damaged: "Algo dentro de esta copia de seguridad está dañado, así que la aplicación no la va a usar.",
    nothing_changed: "No cambió nada en esta tableta.",
    summary_from,
    summary_children,
    summary_stories,
    summary_practices,
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
    delete_warning: "Esto borra los perfiles, las historias y las prácticas de todos los niños en esta tableta. No se puede deshacer. Puede guardar antes una copia de seguridad.",
    delete_confirm: "Sí, borrar todo",
    delete_failed: "Este navegador no permitió borrar los datos. No cambió nada.",
    last_backup,
    browser_keeps: "Este navegador aceptó guardar sus datos.",
    browser_may_clear: "Este navegador puede borrar los datos cuando queda poco espacio o después de un tiempo sin usarse, así que guarde una copia de seguridad de vez en cuando.",
};
