//! Every stored fixture of every past version opens, and the migration machinery runs its
//! steps in order, one version at a time.

use std::fs;
use std::path::Path;

use calm_together::model::family::Family;
use calm_together::model::schema::{decode, migrate, Aggregate, Migration, Unreadable};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// Each fixture file of an aggregate, as (version, text).
fn fixtures(aggregate: &str) -> Vec<(u32, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(aggregate);
    let mut found: Vec<(u32, String)> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.unwrap().path();
            let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
            let version = stem
                .trim_start_matches('v')
                .parse()
                .expect("fixtures are named vN.json");
            (version, fs::read_to_string(&path).unwrap())
        })
        .collect();
    found.sort();
    found
}

/// Opens every fixture of an aggregate in today's app, after checking there is one for
/// every schema version up to today's; returns (version, data) for further checks.
fn every_fixture_opens<A: Aggregate>(aggregate: &str) -> Vec<(u32, A)> {
    let found = fixtures(aggregate);
    let versions: Vec<u32> = found.iter().map(|(v, _)| *v).collect();
    assert_eq!(
        versions,
        (1..=A::schema_version()).collect::<Vec<_>>(),
        "{aggregate}: a fixture per version"
    );
    found
        .into_iter()
        .map(|(version, text)| {
            let decoded =
                decode::<A>(&text).unwrap_or_else(|e| panic!("{aggregate} v{version}: {e:?}"));
            assert_eq!(decoded.stored_schema, version);
            (version, decoded.data)
        })
        .collect()
}

#[test]
fn every_family_fixture_opens_in_todays_app() {
    for (version, family) in every_fixture_opens::<Family>("family") {
        assert_eq!(family.greeting_name(), Some("Mia"), "family v{version}");
        assert_eq!(family.children.len(), 2, "family v{version}");
        // Version 3 knows the baby practices: Leo's plan holds two.
        let leo_plans = family.children[1].plan.items.len();
        assert_eq!(
            leo_plans,
            if version >= 3 { 2 } else { 0 },
            "family v{version}"
        );
    }
}

#[test]
fn every_practice_log_fixture_opens_in_todays_app() {
    use calm_together::model::practice::{Ending, PracticeLog};
    for (version, log) in every_fixture_opens::<PracticeLog>("practice-log") {
        // Version 3 adds a practice with a baby.
        let expected = if version >= 3 { 3 } else { 2 };
        assert_eq!(log.practices.len(), expected, "practice-log v{version}");
        assert_eq!(log.practices[1].ending, Ending::StoppedEarly);
    }
}

#[test]
fn every_calm_settings_fixture_opens_in_todays_app() {
    use calm_together::model::settings::CalmSettings;
    for (version, settings) in every_fixture_opens::<CalmSettings>("calm-settings") {
        assert!(
            !settings.grown_up_first && settings.gentle_visuals,
            "calm-settings v{version}"
        );
    }
}

#[test]
fn every_story_fixture_opens_in_todays_app() {
    use calm_together::model::story::{Chapter, Speaker, Story};
    for (version, story) in every_fixture_opens::<Story>("story") {
        assert_eq!(story.pages.len(), 3, "story v{version}");
        assert_eq!(story.pages[0].pictures[1].rotation, -15);
        assert_eq!(story.pages[0].speaker, Speaker::Child);
        assert_eq!(story.pages[0].strokes[0].points.0.len(), 2);
        assert_eq!(story.pages[2].chapter, Some(Chapter::NowWeAreSafe));
    }
}

#[test]
fn every_story_index_fixture_opens_in_todays_app() {
    use calm_together::model::story::StoryIndex;
    for (version, index) in every_fixture_opens::<StoryIndex>("story-index") {
        assert_eq!(
            index.stories[0].cover.as_deref(),
            Some("teddy-bear"),
            "story-index v{version}"
        );
    }
}

/// A made-up aggregate with three versions, to test the migration machinery itself:
/// v1 `{"name": "Mia Lopez"}` → v2 `{"first": "Mia", "last": "Lopez"}` → v3 adds `"pets": []`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Pretend {
    first: String,
    last: String,
    pets: Vec<String>,
}

fn split_name(mut v: Value) -> Result<Value, String> {
    let name = v
        .get("name")
        .and_then(Value::as_str)
        .ok_or("no name")?
        .to_string();
    let (first, last) = name.split_once(' ').unwrap_or((&name, ""));
    v = json!({ "first": first, "last": last });
    Ok(v)
}

fn add_pets(mut v: Value) -> Result<Value, String> {
    v.as_object_mut()
        .ok_or("not an object")?
        .insert("pets".into(), json!([]));
    Ok(v)
}

impl Aggregate for Pretend {
    const MIGRATIONS: &'static [Migration] = &[split_name, add_pets];
}

fn envelope(schema: u32, data: Value) -> String {
    json!({ "schema": schema, "revision": 1, "saved_at": 5, "writer": "t", "data": data })
        .to_string()
}

#[test]
fn the_schema_version_is_one_more_than_the_steps() {
    assert_eq!(Pretend::schema_version(), 3);
    assert_eq!(Family::schema_version(), 3);
}

#[test]
fn version_one_runs_both_steps() {
    let decoded = decode::<Pretend>(&envelope(1, json!({ "name": "Mia Lopez" }))).unwrap();
    assert_eq!(
        decoded.data,
        Pretend {
            first: "Mia".into(),
            last: "Lopez".into(),
            pets: vec![]
        }
    );
    assert_eq!(decoded.stored_schema, 1);
}

#[test]
fn version_two_runs_only_the_last_step() {
    let decoded = decode::<Pretend>(&envelope(2, json!({ "first": "Leo", "last": "" }))).unwrap();
    assert_eq!(decoded.data.first, "Leo");
    assert_eq!(decoded.stored_schema, 2);
}

#[test]
fn the_current_version_runs_no_step() {
    let data = json!({ "first": "A", "last": "B", "pets": ["cat"] });
    assert_eq!(migrate::<Pretend>(3, data.clone()).unwrap(), data);
}

#[test]
fn a_failing_step_says_which_version_it_could_not_update() {
    let problem = decode::<Pretend>(&envelope(1, json!({ "nom": "x" }))).unwrap_err();
    assert_eq!(
        problem,
        Unreadable::MigrationFailed {
            from: 1,
            reason: "no name".into()
        }
    );
}

/// Data from `READS_AS_IS_FROM` on is read directly: its steps must truly change nothing.
fn reading_as_is_matches_the_steps<A: Aggregate + std::fmt::Debug>(aggregate: &str) {
    for (version, text) in fixtures(aggregate) {
        if version < A::READS_AS_IS_FROM {
            continue;
        }
        let direct = decode::<A>(&text).unwrap().data;
        let envelope: Value = serde_json::from_str(&text).unwrap();
        let stepped = migrate::<A>(version, envelope["data"].clone()).unwrap();
        let through_steps: A = serde_json::from_value(stepped).unwrap();
        assert_eq!(direct, through_steps, "{aggregate} v{version}");
    }
}

#[test]
fn data_read_as_it_is_equals_data_through_every_step() {
    use calm_together::model::practice::PracticeLog;
    use calm_together::model::settings::CalmSettings;
    use calm_together::model::story::{Story, StoryIndex};
    reading_as_is_matches_the_steps::<Family>("family");
    reading_as_is_matches_the_steps::<PracticeLog>("practice-log");
    reading_as_is_matches_the_steps::<CalmSettings>("calm-settings");
    reading_as_is_matches_the_steps::<StoryIndex>("story-index");
    reading_as_is_matches_the_steps::<Story>("story");
}
