//! The picture library the build extracts (pictures/catalog.json): big enough, browsable by
//! category, with the gentle "things that happen" and the abstract hard-thing shapes.

use std::collections::{BTreeMap, HashSet};

use calm_together::model::pictures::{split_skin_tone, PictureCategory, SkinTone};

/// The catalog the build writes (`library.rs` checks the built-in books against it too).
pub(super) fn catalog() -> serde_json::Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/pictures/catalog.json"
    ))
    .expect("pictures/catalog.json");
    serde_json::from_str(&text).expect("the catalog is JSON")
}

pub(super) fn story_categories() -> BTreeMap<String, Vec<String>> {
    serde_json::from_value(catalog()["groups"]["story"].clone()).expect("categories of names")
}

#[test]
fn the_story_library_has_at_least_150_pictures_in_its_categories() {
    let categories = story_categories();
    let names: Vec<&String> = categories.values().flatten().collect();
    let unique: HashSet<&String> = names.iter().copied().collect();
    assert!(unique.len() >= 150, "{} pictures", unique.len());
    // The tray shows exactly the catalog's categories and the app's own shapes (added by
    // scripts/pictures.mjs as `story_shapes_category`): none missing, none it cannot name.
    let mut in_tray: Vec<&str> = PictureCategory::IN_TRAY_ORDER
        .iter()
        .map(|c| c.key())
        .collect();
    let shapes = catalog()["story_shapes_category"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(shapes, PictureCategory::HardThings.key());
    let mut in_catalog: Vec<&str> = categories.keys().map(String::as_str).collect();
    in_catalog.push(&shapes);
    in_catalog.sort_unstable();
    in_tray.sort_unstable();
    assert_eq!(in_tray, in_catalog);
    assert!(categories["feelings"].len() >= 12, "at least twelve faces");
}

#[test]
fn people_come_in_every_skin_tone_and_many_family_forms() {
    let people = &story_categories()["people"];
    for person in [
        "baby",
        "girl",
        "boy",
        "child",
        "woman",
        "man",
        "person",
        "older-person",
        "pregnant-woman",
    ] {
        for tone in ["light", "medium-light", "medium", "medium-dark", "dark"] {
            let name = format!("{person}-{tone}");
            assert!(people.contains(&name), "{name}");
        }
    }
}

#[test]
fn things_that_happen_are_there_to_be_shown_gently() {
    let happenings = &story_categories()["happenings"];
    for wanted in [
        "cloud-with-lightning-and-rain",
        "fire",
        "ambulance",
        "police-car",
        "fire-engine",
        "bed",
        "derelict-house",
        "speaker-high-volume",
        "luggage",
        "waving-hand",
    ] {
        assert!(happenings.contains(&wanted.to_string()), "{wanted}");
    }
}

#[test]
fn every_abstract_shape_and_scene_is_an_original_file_in_the_repository() {
    let root = env!("CARGO_MANIFEST_DIR");
    let shapes: Vec<String> = serde_json::from_value(catalog()["shapes"].clone()).unwrap();
    for shape in ["scribble", "dark-cloud", "blob"] {
        assert!(shapes.contains(&shape.to_string()), "{shape}");
    }
    for shape in &shapes {
        let svg = std::fs::read_to_string(format!("{root}/pictures/shapes/{shape}.svg")).unwrap();
        assert!(svg.starts_with("<svg"), "{shape}");
    }
    for scene in [
        "home", "bedroom", "outside", "street", "car", "school", "clinic", "night",
    ] {
        let svg = std::fs::read_to_string(format!("{root}/pictures/scenes/{scene}.svg")).unwrap();
        assert!(
            svg.starts_with("<svg") && !svg.contains("<script"),
            "{scene}"
        );
    }
}

/// Every picture the app can show, by name: each group, the story categories and the shapes.
fn every_picture() -> Vec<String> {
    let catalog = catalog();
    let mut names: Vec<String> = serde_json::from_value(catalog["shapes"].clone()).unwrap();
    for group in catalog["groups"].as_object().expect("groups").values() {
        let lists: Vec<Vec<String>> = match group.as_object() {
            Some(categories) => categories
                .values()
                .map(|list| serde_json::from_value(list.clone()).unwrap())
                .collect(),
            None => vec![serde_json::from_value(group.clone()).unwrap()],
        };
        names.extend(lists.into_iter().flatten());
    }
    names.sort();
    names.dedup();
    names
}

#[test]
fn every_picture_has_its_own_spanish_name() {
    use calm_together::strings::spanish_picture_name;
    let pictures = every_picture();
    assert!(pictures.len() >= 150, "{} pictures", pictures.len());
    let mut said = HashSet::new();
    for picture in &pictures {
        let name = spanish_picture_name(picture)
            .unwrap_or_else(|| panic!("{picture} has no Spanish name"));
        assert!(
            said.insert(name.clone()),
            "{picture}: “{name}” names two pictures"
        );
    }
    assert_eq!(
        spanish_picture_name("woman-medium-dark").as_deref(),
        Some("Mujer, piel morena oscura")
    );
    assert_eq!(
        spanish_picture_name("man-feeding-baby-medium-dark").as_deref(),
        Some("Hombre alimentando a un bebé, piel morena oscura")
    );
    assert_eq!(
        spanish_picture_name("older-person-light").as_deref(),
        Some("Persona mayor, piel clara")
    );
    assert_eq!(
        spanish_picture_name("dark-cloud").as_deref(),
        Some("Una nube oscura")
    );
    assert_eq!(spanish_picture_name("not-a-picture"), None);
}

#[test]
fn every_exercise_is_shown_by_a_picture_of_the_set() {
    use calm_together::model::exercise::Exercise;
    let pictures = every_picture();
    for exercise in Exercise::ALL {
        assert!(
            pictures.iter().any(|name| name == exercise.picture()),
            "{:?}: {}",
            exercise,
            exercise.picture()
        );
    }
}

#[test]
fn a_skin_tone_is_read_off_the_end_of_a_name_longest_first() {
    assert_eq!(
        split_skin_tone("woman-medium-dark"),
        ("woman", Some(SkinTone::MediumDark))
    );
    assert_eq!(split_skin_tone("man-dark"), ("man", Some(SkinTone::Dark)));
    assert_eq!(
        split_skin_tone("baby-medium-light"),
        ("baby", Some(SkinTone::MediumLight))
    );
    assert_eq!(split_skin_tone("teddy-bear"), ("teddy-bear", None));
    // A name that only is a tone word, or ends in one without a dash, is not a tone.
    assert_eq!(split_skin_tone("dark"), ("dark", None));
    assert_eq!(split_skin_tone("dark-cloud"), ("dark-cloud", None));
    assert_eq!(split_skin_tone("moonlight"), ("moonlight", None));
    // Every person in the set with a tone is read back to its base and tone.
    for name in every_picture() {
        if let (base, Some(tone)) = split_skin_tone(&name) {
            assert_eq!(format!("{base}-{}", tone.key()), name);
        }
    }
}

#[test]
fn every_exercise_counts_its_rounds_in_what_it_does() {
    use calm_together::model::exercise::{Counted, Exercise};
    assert_eq!(Exercise::ButterflyHug.counted_in(), Counted::Taps);
    assert_eq!(Exercise::BoxBreathing.counted_in(), Counted::Squares);
    assert_eq!(Exercise::FiveSenses.counted_in(), Counted::Steps);
    use calm_together::model::exercise::Shelf;
    for exercise in Exercise::ALL {
        if exercise.shelf() == Shelf::Breathing && exercise != Exercise::BoxBreathing {
            assert_eq!(exercise.counted_in(), Counted::Breaths, "{exercise:?}");
        }
    }
}
