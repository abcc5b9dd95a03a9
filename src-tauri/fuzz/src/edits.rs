//! Edits to a valid export drawn from fuzz bytes: a value replaced (by a value known to trip
//! parsers, an arbitrary one, or a value taken from elsewhere in the file), a field or a record
//! removed, a record repeated. Keeps most of the file valid, so the checks behind the parser run.

use arbitrary::{Result, Unstructured};
use serde_json::{Number, Value};

/// Values that have broken importers before: impossible dates, out-of-range and huge numbers,
/// empty and blank text, markup, control characters, wrong shapes.
const TRICKY: &[&str] = &[
    "null",
    "true",
    "0",
    "-1",
    "1",
    "4",
    "5",
    "256",
    "-9223372036854775808",
    "9223372036854775807",
    "18446744073709551615",
    "1.5",
    "-0.0",
    "1e300",
    "\"\"",
    "\"  \"",
    "\"2026-02-30\"",
    "\"2026-02-29\"",
    "\"2024-02-29\"",
    "\"0000-01-01\"",
    "\"9999-12-31\"",
    "\"+262142-12-31\"",
    "\"-262143-01-01\"",
    "\"2026-06-15T09:00:00Z\"",
    "\"2026-06-15T25:61:00Z\"",
    "\"ada@example.org\"",
    "\"<script>alert(1)</script>\"",
    "\"#set page(width: 1pt)\"",
    "\"\\u0000\"",
    "\"\\u202e\"",
    "\"x\\ny\"",
    "\"EUR\"",
    "[]",
    "[1]",
    "[1,1]",
    "{}",
];

/// Applies one to `max` edits drawn from `u`; edits that find nothing to change are skipped.
pub fn apply(root: &mut Value, u: &mut Unstructured, max: u32) -> Result<()> {
    let pool = root.clone();
    let count = u.int_in_range(1..=max)?;
    for _ in 0..count {
        edit(root, &pool, u)?;
    }
    Ok(())
}

fn edit(root: &mut Value, pool: &Value, u: &mut Unstructured) -> Result<()> {
    let Some(list) = pick_list(root, u)? else {
        return Ok(());
    };
    let index = u.choose_index(list.len())?;
    match u.int_in_range(0..=9u8)? {
        0 => {
            list.remove(index);
        }
        1 => {
            let copy = list[index].clone();
            list.push(copy);
        }
        _ => {
            let new = value(pool, u)?;
            replace(&mut list[index], new, u)?;
        }
    }
    Ok(())
}

/// One of the file's non-empty lists of records.
fn pick_list<'a>(root: &'a mut Value, u: &mut Unstructured) -> Result<Option<&'a mut Vec<Value>>> {
    let Some(object) = root.as_object_mut() else {
        return Ok(None);
    };
    let keys: Vec<String> = object
        .iter()
        .filter(|(_, v)| v.as_array().is_some_and(|a| !a.is_empty()))
        .map(|(k, _)| k.clone())
        .collect();
    if keys.is_empty() {
        return Ok(None);
    }
    let key = u.choose(&keys)?;
    Ok(object.get_mut(key).and_then(Value::as_array_mut))
}

/// Walks down from `at` to a field or an element and replaces it with `new`, or removes it.
fn replace(at: &mut Value, new: Value, u: &mut Unstructured) -> Result<()> {
    match at {
        Value::Object(map) if !map.is_empty() => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = u.choose(&keys)?.clone();
            let descend = u.ratio(1, 4)?;
            match map.get_mut(&key) {
                Some(inner) if descend && (inner.is_object() || inner.is_array()) => {
                    replace(inner, new, u)
                }
                _ if u.ratio(1, 10)? => {
                    map.remove(&key);
                    Ok(())
                }
                Some(inner) => {
                    *inner = new;
                    Ok(())
                }
                None => Ok(()),
            }
        }
        Value::Array(items) if !items.is_empty() && u.ratio(3, 4)? => {
            let index = u.choose_index(items.len())?;
            replace(&mut items[index], new, u)
        }
        other => {
            *other = new;
            Ok(())
        }
    }
}

fn value(pool: &Value, u: &mut Unstructured) -> Result<Value> {
    Ok(match u.int_in_range(0..=5u8)? {
        0 => {
            let text = u.choose(TRICKY)?;
            serde_json::from_str(text).unwrap_or(Value::Null)
        }
        1 => Value::String(u.arbitrary()?),
        2 => Value::from(u.arbitrary::<i64>()?),
        3 => Number::from_f64(u.arbitrary()?).map_or(Value::Null, Value::Number),
        4 => Value::String("x".repeat(u.int_in_range(150..=300_000)?)),
        _ => leaf(pool, u)?,
    })
}

/// A value from elsewhere in the file: another record's id, an enum word, a date.
fn leaf(pool: &Value, u: &mut Unstructured) -> Result<Value> {
    let mut at = pool;
    loop {
        at = match at {
            Value::Object(map) if !map.is_empty() => {
                let values: Vec<&Value> = map.values().collect();
                u.choose(&values)?
            }
            Value::Array(items) if !items.is_empty() => u.choose(items)?,
            leaf => return Ok(leaf.clone()),
        };
    }
}
