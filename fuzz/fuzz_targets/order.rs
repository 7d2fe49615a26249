//! Statements into the classifier and `pgsplit order`: never a panic; the order is a
//! permutation of the input (every statement exactly once, rewritten or not; nothing
//! dropped or duplicated), or a reported cycle.
//!
//! The first two bytes shuffle the statements (seeded from the corpus, the rest is SQL).
#![no_main]

use libfuzzer_sys::fuzz_target;
use pgsplit::model::Classified;
use pgsplit::order::{self, Item, Pin, Step};

fuzz_target!(|data: &[u8]| {
    let Some((seed, sql)) = data.split_at_checked(2) else {
        return;
    };
    let Ok(sql) = std::str::from_utf8(sql) else {
        return;
    };
    let Ok(mut texts) = pgsplit::split_statements(sql) else {
        return;
    };
    // a small deterministic shuffle
    let mut s = u16::from_le_bytes([seed[0], seed[1]]) as usize;
    for i in (1..texts.len()).rev() {
        s = s.wrapping_mul(1103515245).wrapping_add(12345);
        texts.swap(i, (s >> 8) % (i + 1));
    }
    let mut items: Vec<Item> = texts
        .into_iter()
        .map(|text| Item {
            class: Classified::default(),
            text,
            search_path: Vec::new(),
            pin: Pin::Free,
        })
        .collect();
    pgsplit::classify::classify_each(
        &mut items,
        &pgsplit::classify::Context::default(),
        |it| Some(it.text.as_str()),
        |it| &mut it.class,
        |it, path| it.search_path = path.to_vec(),
    );
    let n = items.len();
    let Ok(plan) = order::order(items) else {
        return; // a cycle that cannot be broken: reported, not a crash
    };
    let mut seen = vec![0u32; n];
    for step in &plan.steps {
        match step {
            Step::Statement(i) | Step::Rewritten { index: i, .. } => seen[*i] += 1,
            Step::Added { .. } => {}
        }
    }
    assert!(
        seen.iter().all(|&c| c == 1),
        "not a permutation: {:?}",
        seen.iter()
            .enumerate()
            .filter(|(_, &c)| c != 1)
            .collect::<Vec<_>>()
    );
});
