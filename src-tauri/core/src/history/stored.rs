//! A history row's stored JSON text written into an export without building a `Value` first:
//! its tokens go straight from serde_json's parser to the export's serializer. Parsing ~100,000
//! rows into maps only to print them again was most of the export's reading time.
//!
//! The bytes are the same as through `Value`, whose maps sort their keys: every writer stores
//! serde_json's text of a `Value`, so keys are already sorted; text whose keys are not (or that
//! is not JSON) takes the `Value` path, so the output never depends on which path ran.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{self, Serialize, SerializeMap, SerializeSeq, Serializer};

/// Stored JSON text, serialized as the `Value` it holds would be.
pub(crate) struct StoredJson(pub String);

impl Serialize for StoredJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if keys_sorted(&self.0) {
            let mut de = serde_json::Deserializer::from_str(&self.0);
            let done = de
                .deserialize_any(Transcode(serializer))
                .map_err(ser::Error::custom)?;
            de.end().map_err(ser::Error::custom)?;
            Ok(done)
        } else {
            serde_json::from_str::<serde_json::Value>(&self.0)
                .map_err(ser::Error::custom)?
                .serialize(serializer)
        }
    }
}

/// Whether `text` is one JSON value whose objects list their keys in strictly increasing
/// order (as a `Value` map prints them: byte order, no key twice).
fn keys_sorted(text: &str) -> bool {
    serde_json::from_str::<Sorted>(text).is_ok()
}

/// Checks key order while skipping everything else; fails on the first key out of order.
struct Sorted;

impl<'de> de::Deserialize<'de> for Sorted {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(SortedVisitor)
    }
}

struct SortedVisitor;

impl<'de> Visitor<'de> for SortedVisitor {
    type Value = Sorted;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Sorted, E> {
        Ok(Sorted)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Sorted, E> {
        Ok(Sorted)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Sorted, E> {
        Ok(Sorted)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Sorted, E> {
        Ok(Sorted)
    }
    fn visit_str<E>(self, _: &str) -> Result<Sorted, E> {
        Ok(Sorted)
    }
    fn visit_unit<E>(self) -> Result<Sorted, E> {
        Ok(Sorted)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Sorted, A::Error> {
        while seq.next_element::<Sorted>()?.is_some() {}
        Ok(Sorted)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Sorted, A::Error> {
        let mut last: Option<Key<'de>> = None;
        while let Some(key) = map.next_key::<Key<'de>>()? {
            if last.as_ref().is_some_and(|l| l.text() >= key.text()) {
                return Err(de::Error::custom("keys out of order"));
            }
            map.next_value::<Sorted>()?;
            last = Some(key);
        }
        Ok(Sorted)
    }
}

/// A key, borrowed from the text unless it holds an escape.
enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Key<'_> {
    fn text(&self) -> &str {
        match self {
            Key::Borrowed(s) => s,
            Key::Owned(s) => s,
        }
    }
}

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v.to_string()))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// Feeds every token the parser visits to the serializer `S`.
struct Transcode<S>(S);

impl<'de, S: Serializer> Visitor<'de> for Transcode<S> {
    type Value = S::Ok;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<S::Ok, E> {
        self.0.serialize_bool(v).map_err(E::custom)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<S::Ok, E> {
        self.0.serialize_i64(v).map_err(E::custom)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<S::Ok, E> {
        self.0.serialize_u64(v).map_err(E::custom)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<S::Ok, E> {
        self.0.serialize_f64(v).map_err(E::custom)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<S::Ok, E> {
        self.0.serialize_str(v).map_err(E::custom)
    }
    fn visit_unit<E: de::Error>(self) -> Result<S::Ok, E> {
        self.0.serialize_unit().map_err(E::custom)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<S::Ok, A::Error> {
        let mut out = self
            .0
            .serialize_seq(seq.size_hint())
            .map_err(de::Error::custom)?;
        while seq.next_element_seed(Element(&mut out))?.is_some() {}
        out.end().map_err(de::Error::custom)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<S::Ok, A::Error> {
        let mut out = self
            .0
            .serialize_map(map.size_hint())
            .map_err(de::Error::custom)?;
        while let Some(key) = map.next_key::<Key<'de>>()? {
            out.serialize_key(key.text()).map_err(de::Error::custom)?;
            map.next_value_seed(Entry(&mut out))?;
        }
        out.end().map_err(de::Error::custom)
    }
}

/// One array element: transcoded when the array serializer asks for it.
struct Element<'a, T>(&'a mut T);

impl<'de, T: SerializeSeq> DeserializeSeed<'de> for Element<'_, T> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.0
            .serialize_element(&Pending(RefCell::new(Some(d))))
            .map_err(de::Error::custom)
    }
}

/// One object value, likewise.
struct Entry<'a, T>(&'a mut T);

impl<'de, T: SerializeMap> DeserializeSeed<'de> for Entry<'_, T> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.0
            .serialize_value(&Pending(RefCell::new(Some(d))))
            .map_err(de::Error::custom)
    }
}

/// A value not parsed yet: serializing it parses it (once) into that serializer.
struct Pending<D>(RefCell<Option<D>>);

impl<'de, D: Deserializer<'de>> Serialize for Pending<D> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let d = self
            .0
            .borrow_mut()
            .take()
            .ok_or_else(|| ser::Error::custom("a stored value was serialized twice"))?;
        d.deserialize_any(Transcode(serializer))
            .map_err(ser::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(text: &str) -> (String, String) {
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        let through_value = serde_json::to_string_pretty(&value).unwrap();
        let direct = serde_json::to_string_pretty(&StoredJson(text.to_string())).unwrap();
        (through_value, direct)
    }

    #[test]
    fn same_text_as_through_a_value() {
        for text in [
            r#"{"a":1,"b":[1,-2,3.5,1e300,-0.0,null,true,false],"c":{},"d":[],"e":"x\"\\\n\u00e9\u0001/"}"#,
            r#"{"id":7,"nested":{"x":[{"k":"v"},{}],"y":null},"z":18446744073709551615}"#,
            r#"[{"a":{"b":{"c":[[],[[]]]}}},"s",0]"#,
            r#""just a string""#,
            "42",
            "null",
            // Out of order, a repeated key and an escaped key: the Value path decides.
            r#"{"b":1,"a":2}"#,
            r#"{"a":1,"a":2}"#,
            r#"{"\u0062":1,"a":2}"#,
            r#"{"a":{"d":1,"c":2},"b":0}"#,
        ] {
            let (through_value, direct) = both(text);
            assert_eq!(direct, through_value, "{text}");
        }
    }

    #[test]
    fn only_sorted_unique_keys_are_transcoded() {
        assert!(keys_sorted(r#"{"a":1,"b":{"c":[{"d":1,"e":2}]}}"#));
        assert!(!keys_sorted(r#"{"b":1,"a":2}"#));
        assert!(!keys_sorted(r#"{"a":1,"a":2}"#));
        assert!(!keys_sorted(r#"{"a":{"d":1,"c":2},"b":0}"#));
        assert!(!keys_sorted("{not json"));
    }

    #[test]
    fn text_that_is_not_json_is_an_error() {
        assert!(serde_json::to_string(&StoredJson("{not json".into())).is_err());
        assert!(serde_json::to_string(&StoredJson("1 2".into())).is_err());
    }
}
