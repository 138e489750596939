//! Versioned envelopes and migrations: the rules for reading and writing stored data.
//!
//! Every stored value is wrapped in an [`Envelope`] that says which schema version wrote it,
//! when, and which browser tab. Reading runs the aggregate's migrations one step at a time,
//! so data saved by any earlier version of the app still opens.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::value::RawValue;
use serde_json::Value;

/// One migration step: turns the data of schema version N into version N + 1.
pub type Migration = fn(Value) -> Result<Value, String>;

/// Something the app keeps under one storage key (the family, the practice log, a story …).
pub trait Aggregate: Serialize + DeserializeOwned + Default + Clone + PartialEq + 'static {
    /// Steps in order: `MIGRATIONS[0]` turns version 1 into version 2, and so on.
    const MIGRATIONS: &'static [Migration];

    /// The version this build writes: one more than the number of steps behind it.
    fn schema_version() -> u32 {
        Self::MIGRATIONS.len() as u32 + 1
    }

    /// The oldest version whose data reads as today's type as it is (its steps since change
    /// nothing). Data that old or newer is read directly, never through a generic JSON value:
    /// that code then stays out of the app (about 10 KB gzip of every part's first load).
    const READS_AS_IS_FROM: u32 = u32::MAX;
}

/// Who wrote a stored value and when: compared before every write to notice other tabs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// Counts up by one with every write to the key.
    pub revision: u64,
    /// Milliseconds since 1970 when it was written.
    pub saved_at: u64,
    /// A random id of the browser tab that wrote it.
    pub writer: String,
}

/// The stored form of every value: `{"schema", "revision", "saved_at", "writer", "data"}`.
///
/// Plain fields rather than `#[serde(flatten)]`, which would buffer every value twice.
#[derive(Serialize)]
struct Envelope<'a, D> {
    schema: u32,
    revision: u64,
    saved_at: u64,
    writer: &'a str,
    data: &'a D,
}

/// The same, read back with the data left as text until its version is known.
#[derive(Deserialize)]
struct StoredEnvelope<'a> {
    schema: u32,
    revision: u64,
    saved_at: u64,
    writer: String,
    #[serde(borrow)]
    data: &'a RawValue,
}

/// Why stored text could not be turned into the app's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// The text is not JSON at all (cut short, edited by hand, another program's data).
    NotJson(String),
    /// JSON, but not in the envelope shape this app writes.
    NotAnEnvelope(String),
    /// Written by a newer version of the app; this version must not touch it.
    FromNewerApp { schema: u32, newest_known: u32 },
    /// This version's number, but holding a value this build does not know (an exercise or a
    /// feeling added later): a newer build's, so it is never called damaged nor written over.
    UnknownValues(String),
    /// An older version whose update step failed.
    MigrationFailed { from: u32, reason: String },
    /// The envelope is fine but the data inside does not fit.
    DataInvalid(String),
}

impl Unreadable {
    /// Data from a newer app is healthy, just not ours to change; everything else is damaged.
    pub fn is_from_newer_app(&self) -> bool {
        matches!(
            self,
            Unreadable::FromNewerApp { .. } | Unreadable::UnknownValues(_)
        )
    }

    /// A short technical reason, kept with the set-aside copy for whoever helps the family.
    pub fn describe(&self) -> String {
        match self {
            Unreadable::NotJson(e) => format!("not JSON: {e}"),
            Unreadable::NotAnEnvelope(e) => format!("not a Calm Together record: {e}"),
            Unreadable::FromNewerApp {
                schema,
                newest_known,
            } => format!("saved as version {schema}; this app knows up to {newest_known}"),
            Unreadable::UnknownValues(e) => format!("holds values this app does not know: {e}"),
            Unreadable::MigrationFailed { from, reason } => {
                format!("could not update from version {from}: {reason}")
            }
            Unreadable::DataInvalid(e) => format!("data does not fit: {e}"),
        }
    }
}

/// Stored data that was read successfully.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded<A> {
    pub data: A,
    pub stamp: Stamp,
    /// The schema version it was stored as (older than current when it was migrated).
    pub stored_schema: u32,
}

/// Reads only the stamp of stored text, for spotting another tab's write without decoding data.
///
/// The app writes the stamp before the data, so the text before `,"data":` is read alone when
/// it parses (a long story is then not scanned at every save); anything else is read whole.
pub fn read_stamp(raw: &str) -> Option<Stamp> {
    raw.find(",\"data\":")
        .and_then(|end| serde_json::from_str::<Stamp>(&format!("{}}}", &raw[..end])).ok())
        .or_else(|| serde_json::from_str::<Stamp>(raw).ok())
}

/// Turns stored text into current data, running every migration step it needs.
pub fn decode<A: Aggregate>(raw: &str) -> Result<Decoded<A>, Unreadable> {
    let envelope: StoredEnvelope = serde_json::from_str(raw).map_err(|e| match e.classify() {
        Category::Data => Unreadable::NotAnEnvelope(e.to_string()),
        _ => Unreadable::NotJson(e.to_string()),
    })?;
    let current = A::schema_version();
    if envelope.schema == 0 {
        return Err(Unreadable::NotAnEnvelope("schema version 0".into()));
    }
    if envelope.schema > current {
        return Err(Unreadable::FromNewerApp {
            schema: envelope.schema,
            newest_known: current,
        });
    }
    let text = if envelope.schema == current || envelope.schema >= A::READS_AS_IS_FROM {
        std::borrow::Cow::Borrowed(envelope.data.get())
    } else {
        let old: Value = serde_json::from_str(envelope.data.get())
            .map_err(|e| Unreadable::NotJson(e.to_string()))?;
        // Back to text, so data is only ever read one way (a smaller app than from_value).
        std::borrow::Cow::Owned(migrate::<A>(envelope.schema, old)?.to_string())
    };
    let data = serde_json::from_str(&text).map_err(|e| {
        let reason = e.to_string();
        // serde's words for a value no variant of an enum has.
        if reason.starts_with("unknown variant") {
            Unreadable::UnknownValues(reason)
        } else {
            Unreadable::DataInvalid(reason)
        }
    })?;
    Ok(Decoded {
        data,
        stamp: Stamp {
            revision: envelope.revision,
            saved_at: envelope.saved_at,
            writer: envelope.writer,
        },
        stored_schema: envelope.schema,
    })
}

/// The step from version 1 to 2 of every aggregate: the data reads as it is.
///
/// Version 1 gained fields with defaults (crisis contacts, a plan, text size …) without a new
/// number, so a build from before could drop them. Version 2 is the first whose shape is
/// snapshot-tested (tests/model/shapes.rs): every build that writes it knows every field, and
/// older builds see a newer version and leave it alone.
pub fn version_1_reads_as_it_is(data: Value) -> Result<Value, String> {
    Ok(data)
}

/// The step from version 2 to 3 of the family and the practice log: the data reads as it is.
/// Version 3 knows the baby practices (a planned one, a practice done): a build from before
/// sees the newer version and leaves it alone, rather than failing on an exercise it does not
/// know.
pub fn version_2_reads_as_it_is(data: Value) -> Result<Value, String> {
    Ok(data)
}

/// What a newer build wrote, read as far as this build understands it, to be shown and never
/// written: fields this build does not know are passed over. `None` when even that fails (a
/// value it does not know, or a shape that has changed).
pub fn read_newer_as_far_as_known<A: Aggregate>(raw: &str) -> Option<A> {
    let envelope: StoredEnvelope = serde_json::from_str(raw).ok()?;
    serde_json::from_str(envelope.data.get()).ok()
}

/// Runs the steps from `from` up to the current version, one at a time.
pub fn migrate<A: Aggregate>(from: u32, mut data: Value) -> Result<Value, Unreadable> {
    for (index, step) in A::MIGRATIONS.iter().enumerate().skip(from as usize - 1) {
        let version = index as u32 + 1;
        data = step(data).map_err(|reason| Unreadable::MigrationFailed {
            from: version,
            reason,
        })?;
    }
    Ok(data)
}

/// Turns current data into stored text.
pub fn encode<A: Aggregate>(data: &A, stamp: Stamp) -> String {
    let envelope = Envelope {
        schema: A::schema_version(),
        revision: stamp.revision,
        saved_at: stamp.saved_at,
        writer: &stamp.writer,
        data,
    };
    serde_json::to_string(&envelope).expect("plain data always serialises to JSON")
}

/// The same, from data already turned into text by [`data_fingerprint`] (a save serialises
/// once), of schema version `schema`. The fields are joined as text in the order [`Envelope`]
/// writes them (tested to match).
pub fn encode_as_version(schema: u32, data_json: &str, stamp: &Stamp) -> String {
    let writer = serde_json::to_string(&stamp.writer).expect("a string always serialises");
    format!(
        "{{\"schema\":{schema},\"revision\":{},\"saved_at\":{},\"writer\":{writer},\"data\":{data_json}}}",
        stamp.revision, stamp.saved_at,
    )
}

/// The data part alone, to tell whether anything changed since the last write.
pub fn data_fingerprint<A: Aggregate>(data: &A) -> String {
    serde_json::to_string(data).expect("plain data always serialises to JSON")
}
