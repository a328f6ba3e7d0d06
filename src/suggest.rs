//! Did-you-mean: the closest known name to a mistyped one.

/// The candidate nearest to `input`, if it is near enough to be a likely typo.
///
/// Near enough (edits count a swap of two neighbours as one): within a third of the longer name's length in edits (at least one),
/// or one name contains the other (`高级技工` for `高级工`).
pub fn did_you_mean<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let input_len = input.chars().count();
    candidates
        .into_iter()
        .filter(|c| !c.is_empty() && *c != input)
        .map(|c| {
            let distance = strsim::osa_distance(input, c);
            let longest = input_len.max(c.chars().count());
            let contains = !input.is_empty() && (c.contains(input) || input.contains(c));
            let near = distance <= (longest / 3).max(1) || contains;
            (c, distance, near)
        })
        .filter(|(_, _, near)| *near)
        // The first of equally near candidates: callers list preferred names first.
        .min_by_key(|(_, distance, _)| *distance)
        .map(|(c, _, _)| c)
}

/// `; did you mean 'x'?` or nothing, ready to append to a message.
pub fn hint<'a, I>(input: &str, candidates: I) -> String
where
    I: IntoIterator<Item = &'a str>,
{
    did_you_mean(input, candidates)
        .map(|s| crate::t!("suggest-did-you-mean", name = s))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_names() {
        let grades = ["学徒工", "初级工", "中级工", "高级工", "技师"];
        assert_eq!(did_you_mean("高级技工", grades), Some("高级工"));
        assert_eq!(did_you_mean("colum", ["column", "cap"]), Some("column"));
        assert_eq!(did_you_mean("zzzzzz", ["column", "cap"]), None);
        assert_eq!(hint("capp", ["cap"]), "; did you mean 'cap'?");
        assert_eq!(hint("qqqqqq", ["cap"]), "");
    }
}
