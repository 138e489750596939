use calm_together::model::child::{AgeBand, ChildId};
use calm_together::model::family::{ChildProfile, Family};
use calm_together::model::schema::{decode, encode, read_stamp, Aggregate, Stamp, Unreadable};
use proptest::prelude::*;

fn stamp(revision: u64) -> Stamp {
    Stamp {
        revision,
        saved_at: 1_764_115_200_000,
        writer: "tab-a".into(),
    }
}

fn family_strategy() -> impl Strategy<Value = Family> {
    let band = prop_oneof![
        Just(None),
        Just(Some(AgeBand::Toddler)),
        Just(Some(AgeBand::Preschool)),
        Just(Some(AgeBand::EarlySchool)),
    ];
    let child =
        ("[a-z0-9-]{1,20}", "\\PC{0,40}", band).prop_map(|(id, nickname, age_band)| ChildProfile {
            nickname,
            age_band,
            ..ChildProfile::named(ChildId(id), "")
        });
    (
        prop::collection::vec(child, 0..6),
        prop::option::of("[a-z0-9-]{1,20}"),
    )
        .prop_map(|(children, current)| Family {
            children,
            current_child: current.map(ChildId),
            ..Family::default()
        })
}

#[test]
fn an_envelope_names_its_schema_stamp_and_data() {
    let text = encode(&Family::default(), stamp(7));
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["schema"], Family::schema_version());
    assert_eq!(json["revision"], 7);
    assert_eq!(json["writer"], "tab-a");
    assert!(json["data"].is_object());
    assert_eq!(read_stamp(&text), Some(stamp(7)));
}

#[test]
fn text_that_is_not_json_is_unreadable_not_a_panic() {
    assert!(matches!(
        decode::<Family>("{\"schema\":1,"),
        Err(Unreadable::NotJson(_))
    ));
    assert!(matches!(decode::<Family>(""), Err(Unreadable::NotJson(_))));
}

#[test]
fn json_in_another_shape_is_not_an_envelope() {
    assert!(matches!(
        decode::<Family>("{\"children\":[]}"),
        Err(Unreadable::NotAnEnvelope(_))
    ));
    assert!(matches!(
        decode::<Family>("[1,2,3]"),
        Err(Unreadable::NotAnEnvelope(_))
    ));
    assert!(matches!(
        decode::<Family>(
            "{\"schema\":0,\"revision\":1,\"saved_at\":1,\"writer\":\"x\",\"data\":{}}"
        ),
        Err(Unreadable::NotAnEnvelope(_))
    ));
}

#[test]
fn data_from_a_newer_app_is_recognised_as_such() {
    let text = "{\"schema\":99,\"revision\":1,\"saved_at\":1,\"writer\":\"x\",\"data\":{\"whatever\":true}}";
    let problem = decode::<Family>(text).unwrap_err();
    assert!(problem.is_from_newer_app());
    assert!(problem.describe().contains("99"));
}

#[test]
fn an_envelope_with_data_of_the_wrong_shape_is_invalid_data() {
    let text =
        "{\"schema\":1,\"revision\":1,\"saved_at\":1,\"writer\":\"x\",\"data\":{\"children\":7}}";
    assert!(matches!(
        decode::<Family>(text),
        Err(Unreadable::DataInvalid(_))
    ));
}

proptest! {
    #[test]
    fn every_family_round_trips_exactly(family in family_strategy(), revision in 0u64..1_000_000) {
        let decoded = decode::<Family>(&encode(&family, stamp(revision))).unwrap();
        prop_assert_eq!(decoded.data, family);
        prop_assert_eq!(decoded.stamp, stamp(revision));
        prop_assert_eq!(decoded.stored_schema, Family::schema_version());
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let _ = decode::<Family>(&text);
        let _ = read_stamp(&text);
    }

    #[test]
    fn cut_short_envelopes_are_unreadable(family in family_strategy(), cut in 0usize..400) {
        let text = encode(&family, stamp(1));
        let cut = cut.min(text.len().saturating_sub(1));
        if text.is_char_boundary(cut) {
            prop_assert!(decode::<Family>(&text[..cut]).is_err());
        }
    }
}

#[test]
fn the_stamp_is_read_in_any_field_order_and_never_from_inside_the_data() {
    let stamp = Stamp {
        revision: 4,
        saved_at: 99,
        writer: "ab".into(),
    };
    let ours = "{\"schema\":1,\"revision\":4,\"saved_at\":99,\"writer\":\"ab\",\"data\":{\"x\":1}}";
    assert_eq!(read_stamp(ours), Some(stamp.clone()));
    let reordered = "{\"data\":{\"w\":\",\\\"data\\\":\"},\"writer\":\"ab\",\"saved_at\":99,\"revision\":4,\"schema\":1}";
    assert_eq!(read_stamp(reordered), Some(stamp));
    assert_eq!(read_stamp("{\"schema\":1,\"data\":{}}"), None);
}

proptest! {
    /// A save joins the envelope as text; it must be exactly what serde writes.
    #[test]
    fn an_envelope_joined_as_text_is_the_one_serde_writes(
        names in prop::collection::vec("\\PC{0,12}", 0..4),
        revision in any::<u64>(),
        saved_at in any::<u64>(),
        writer in "\\PC{0,10}",
    ) {
        let mut family = Family::default();
        for (i, name) in names.iter().enumerate() {
            family.children.push(ChildProfile { nickname: name.clone(), ..ChildProfile::named(ChildId(format!("c{i}")), "") });
        }
        let stamp = Stamp { revision, saved_at, writer };
        let joined = calm_together::model::schema::encode_as_version(
            <Family as calm_together::model::schema::Aggregate>::schema_version(),
            &calm_together::model::schema::data_fingerprint(&family),
            &stamp,
        );
        prop_assert_eq!(&joined, &encode(&family, stamp));
        prop_assert_eq!(decode::<Family>(&joined).unwrap().data, family);
    }
}
