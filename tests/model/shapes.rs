//! Every stored type's shape, traced from its serde derives, against the snapshot of the shape
//! each schema version has. A stored type that changes shape (a field, an enum value) without a
//! new schema version fails here: an older build in another tab would drop what it cannot read.
//!
//! After adding the version (and its migration and fixture), `WRITE_FIXTURES=1 cargo test
//! --test model shapes` writes the snapshot again; it refuses while the version is unchanged.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use calm_together::model::checkin::Feeling;
use calm_together::model::child::AgeBand;
use calm_together::model::exercise::Exercise;
use calm_together::model::family::{Family, TextSize};
use calm_together::model::language::Language;
use calm_together::model::pacing::{Length, PaceBand};
use calm_together::model::plan::Activity;
use calm_together::model::practice::{Ending, PracticeLog};
use calm_together::model::schema::Aggregate;
use calm_together::model::settings::CalmSettings;
use calm_together::model::settings::LengthPreference;
use calm_together::model::story::{Background, Chapter, Speaker, Template};
use calm_together::model::story::{Story, StoryIndex};
use serde::{Deserialize, Serialize};
use serde_reflection::{ContainerFormat, Format, Registry, Tracer, TracerConfig, VariantFormat};

/// One aggregate's recorded shape: the schema version that writes it, every type inside, and
/// the words of any value stored as one word (a plan's activities), which tracing sees as text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Recorded {
    schema: u32,
    shape: Registry,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    words: Vec<String>,
}

fn traced<A: Aggregate>(words: Vec<String>) -> Recorded {
    // Values stored as checked text (an activity, a stroke's points) are traced through a
    // word they accept; the empty text does for strokes.
    let sample_text = words.first().cloned().unwrap_or_default();
    let config = TracerConfig::default()
        .is_human_readable(true)
        .default_string_value(sample_text);
    let mut tracer = Tracer::new(config);
    let (root, _) = tracer
        .trace_simple_type::<A>()
        .expect("every stored type can be traced");
    every_stored_enum(&mut tracer);
    let everything = tracer
        .registry()
        .expect("every enum's variants were reached (add a missing one to every_stored_enum)");
    Recorded {
        schema: A::schema_version(),
        shape: reachable_from(&root, &everything),
        words,
    }
}

/// Tracing an aggregate walks only the first variant of enums inside it: each enum is traced
/// on its own too (the registry names any that was missed), and kept where it is reached.
fn every_stored_enum(tracer: &mut Tracer) {
    tracer.trace_simple_type::<AgeBand>().unwrap();
    tracer.trace_simple_type::<Language>().unwrap();
    tracer.trace_simple_type::<TextSize>().unwrap();
    tracer.trace_simple_type::<Ending>().unwrap();
    tracer.trace_simple_type::<Exercise>().unwrap();
    tracer.trace_simple_type::<Feeling>().unwrap();
    tracer.trace_simple_type::<PaceBand>().unwrap();
    tracer.trace_simple_type::<Length>().unwrap();
    tracer.trace_simple_type::<LengthPreference>().unwrap();
    tracer.trace_simple_type::<Chapter>().unwrap();
    tracer.trace_simple_type::<Template>().unwrap();
    tracer.trace_simple_type::<Background>().unwrap();
    tracer.trace_simple_type::<Speaker>().unwrap();
}

/// The types a root type holds, directly or further in.
fn reachable_from(root: &Format, everything: &Registry) -> Registry {
    let mut kept = Registry::new();
    let mut waiting = vec![root.clone()];
    while let Some(format) = waiting.pop() {
        match format {
            Format::TypeName(name) => {
                if kept.contains_key(&name) {
                    continue;
                }
                let container = everything[&name].clone();
                waiting.extend(formats_in_container(&container));
                kept.insert(name, container);
            }
            Format::Option(inner) | Format::Seq(inner) => waiting.push(*inner),
            Format::Map { key, value } => waiting.extend([*key, *value]),
            Format::Tuple(items) => waiting.extend(items),
            Format::TupleArray { content, .. } => waiting.push(*content),
            _ => {}
        }
    }
    kept
}

fn formats_in_container(container: &ContainerFormat) -> Vec<Format> {
    match container {
        ContainerFormat::UnitStruct => vec![],
        ContainerFormat::NewTypeStruct(inner) => vec![(**inner).clone()],
        ContainerFormat::TupleStruct(items) => items.clone(),
        ContainerFormat::Struct(fields) => fields.iter().map(|f| f.value.clone()).collect(),
        ContainerFormat::Enum(variants) => variants
            .values()
            .flat_map(|variant| match &variant.value {
                VariantFormat::NewType(inner) => vec![(**inner).clone()],
                VariantFormat::Tuple(items) => items.clone(),
                VariantFormat::Struct(fields) => fields.iter().map(|f| f.value.clone()).collect(),
                _ => vec![],
            })
            .collect(),
    }
}

/// Every word a planned activity can be stored as (a story's id aside).
fn activity_words() -> Vec<String> {
    let mut words = vec![String::from(Activity::ReadStory(None))];
    words.extend(Exercise::ALL.map(|e| String::from(Activity::Exercise(e))));
    words.push(String::from(Activity::ReadStory(Some(17))));
    words
}

/// Today's shapes, by the fixture folder name of each aggregate.
fn todays_shapes() -> BTreeMap<&'static str, Recorded> {
    BTreeMap::from([
        ("family", traced::<Family>(activity_words())),
        ("practice-log", traced::<PracticeLog>(vec![])),
        ("calm-settings", traced::<CalmSettings>(vec![])),
        ("story-index", traced::<StoryIndex>(vec![])),
        ("story", traced::<Story>(vec![])),
    ])
}

fn snapshot_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/shapes.json")
}

fn recorded_shapes() -> BTreeMap<String, Recorded> {
    let text = fs::read_to_string(snapshot_path()).expect("tests/fixtures/shapes.json exists");
    serde_json::from_str(&text).expect("the snapshot is the JSON this test writes")
}

/// The problems with today's shapes against the snapshot, one line each.
fn differences(
    today: &BTreeMap<&'static str, Recorded>,
    recorded: &BTreeMap<String, Recorded>,
) -> Vec<String> {
    let mut problems = vec![];
    for (name, now) in today {
        let Some(before) = recorded.get(*name) else {
            problems.push(format!("{name}: not in the snapshot"));
            continue;
        };
        let same_shape = before.shape == now.shape && before.words == now.words;
        match (same_shape, now.schema.cmp(&before.schema)) {
            (true, std::cmp::Ordering::Equal) => {}
            (false, std::cmp::Ordering::Equal) => problems.push(format!(
                "{name}: its stored shape changed but it is still schema {}; add version {} with a \
                 migration and a fixture (tests/fixtures/{name}/v{}.json), then write the snapshot",
                now.schema,
                now.schema + 1,
                now.schema + 1
            )),
            (_, std::cmp::Ordering::Less) => problems.push(format!(
                "{name}: schema {} is older than the snapshot's {}",
                now.schema, before.schema
            )),
            (_, std::cmp::Ordering::Greater) => problems.push(format!(
                "{name}: now schema {}; write the snapshot again (WRITE_FIXTURES=1)",
                now.schema
            )),
        }
    }
    problems
}

#[test]
fn every_stored_shape_matches_its_schema_versions_snapshot() {
    let today = todays_shapes();
    let recorded = if snapshot_path().exists() {
        recorded_shapes()
    } else {
        BTreeMap::new()
    };
    let problems = differences(&today, &recorded);
    if std::env::var_os("WRITE_FIXTURES").is_some() {
        let refused: Vec<&String> = problems
            .iter()
            .filter(|p| p.contains("still schema") || p.contains("is older"))
            .collect();
        assert!(refused.is_empty(), "not written: {refused:#?}");
        let text = serde_json::to_string_pretty(&today).unwrap() + "\n";
        fs::write(snapshot_path(), text).unwrap();
        return;
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_new_field_or_enum_value_without_a_new_version_is_caught() {
    let today = todays_shapes();
    let mut recorded: BTreeMap<String, Recorded> = today
        .iter()
        .map(|(name, shape)| (name.to_string(), shape.clone()))
        .collect();
    assert!(differences(&today, &recorded).is_empty());
    // The snapshot as it would be had today's family shape gained nothing since: remove a type
    // from it, as if a field holding it had just been added.
    let family = recorded.get_mut("family").unwrap();
    let first_type = family.shape.keys().next().cloned().unwrap();
    family.shape.remove(&first_type);
    let problems = differences(&today, &recorded);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].contains("still schema"), "{problems:#?}");
}
