//! The checks of the order fuzz target (fuzz/fuzz_targets/order.rs), shared with the
//! proptest property in tests/classes.rs.

use pgsplit::model::Classified;
use pgsplit::order::{self, Item, Pin, Step};

/// Its first two bytes shuffle the statements of the rest (SQL text): classified and ordered,
/// they must come out as a permutation (every statement exactly once, rewritten or not), or
/// as a reported cycle. Input that is not UTF-8 or does not split is skipped.
pub fn fuzz_order(data: &[u8]) -> Result<(), String> {
    let Some((seed, sql)) = data.split_at_checked(2) else {
        return Ok(());
    };
    let Ok(sql) = std::str::from_utf8(sql) else {
        return Ok(());
    };
    let Ok(mut texts) = pgsplit::split_statements(sql) else {
        return Ok(());
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
        return Ok(()); // a cycle that cannot be broken: reported, not a crash
    };
    let mut seen = vec![0u32; n];
    for step in &plan.steps {
        match step {
            Step::Statement(i) | Step::Rewritten { index: i, .. } => seen[*i] += 1,
            Step::Added { .. } => {}
        }
    }
    let wrong: Vec<(usize, u32)> = seen
        .iter()
        .copied()
        .enumerate()
        .filter(|&(_, c)| c != 1)
        .collect();
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(format!("not a permutation: (statement, times) {wrong:?}"))
    }
}
